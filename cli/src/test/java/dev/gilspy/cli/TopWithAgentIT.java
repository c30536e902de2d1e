package dev.gilspy.cli;

import dev.gilspy.cli.testapp.GilspyJar;
import dev.gilspy.cli.testapp.PythonApp;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code top} against the real agent measuring real Python: {@code countdown_pair.py} (two CPU-bound
 * threads) on gilspy's interpreter in a child JVM, with the agent from start-up, or loaded by
 * {@code top} itself into a JVM started without it.
 */
class TopWithAgentIT {
    /**
     * Only hang guards: top's JVM start, attach and snapshots took 20-30 s of the 60 and 90 s these were in a
     * loaded CI run (2026-12-06), and a JVM start alone takes 10-30 s at load 40 on 2 cores. The pair, which
     * the test kills when done, counts down longer than top may take.
     */
    private static final long TOP_HANG_SECONDS = 300;
    private static final long PAIR_SECONDS = 600;

    @Test
    void aCpuBoundPairStartedWithTheAgentShowsContentionAbove80Percent() throws Exception {
        try (PythonApp pair = PythonApp.start(true, PythonApp.sample("countdown_pair.py"), Long.toString(PAIR_SECONDS))) {
            assertContended(GilspyJar.run(TOP_HANG_SECONDS, "top", "--batch", "-n", "3", Long.toString(pair.pid())));
        }
    }

    @Test
    void topLoadsTheAgentIntoAJvmStartedWithoutIt() throws Exception {
        try (PythonApp pair = PythonApp.start(false, PythonApp.sample("countdown_pair.py"), Long.toString(PAIR_SECONDS))) {
            // the first snapshot covers the agent's first window, which began when top loaded it
            GilspyJar.Result r = GilspyJar.run(TOP_HANG_SECONDS, "top", "--batch", "-n", "4", Long.toString(pair.pid()));
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("gil      mode=on  switch-interval=5.00ms  interpreter=0  threads=3");
            String last = r.out().substring(r.out().lastIndexOf("gilspy top #4"));
            assertContention(last, 1);
        }
    }

    private static void assertContended(GilspyJar.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("gilspy top #")).count()).isEqualTo(3);
        assertContention(r.out(), 3);
        assertThat(r.out()).containsPattern("(?m)^verdict  CPU-bound threads are taking turns")
                .containsPattern("(?m)^holder   \\S+  countdown \\(\\S*countdown_pair.py:\\d+\\)$");
    }

    /** Every snapshot in {@code out}: held and contention above 80%, one thread or more waiting. */
    private static void assertContention(String out, int snapshots) {
        Matcher m = Pattern.compile("load     held=([0-9.]+)%  contention=([0-9.]+)%  waiters=([0-9.]+)  knock=(\\S+)")
                .matcher(out);
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(Double.parseDouble(m.group(1))).as("held").isBetween(80.0, 100.0);
            assertThat(Double.parseDouble(m.group(2))).as("contention").isBetween(80.0, 100.0);
            // one counter always waits; MainThread, polling in join(), adds a little
            assertThat(Double.parseDouble(m.group(3))).as("waiters").isBetween(0.8, 2.0);
            // the knocker is opt-in (knock=1ms): without it there is no estimate to show
            assertThat(m.group(4)).as("knock ratio").isEqualTo("-");
        }
        assertThat(n).isEqualTo(snapshots);
    }
}
