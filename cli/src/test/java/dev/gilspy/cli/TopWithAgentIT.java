package dev.gilspy.cli;

import dev.gilspy.cli.testapp.ChildJvm;
import dev.gilspy.cli.testapp.GilspyJar;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code top} against the real agent: a GIL-busy pair of Java threads drives the real GIL in a child
 * JVM, measured by gilspy.jar's agent, loaded at start-up or attached later by {@code top} itself.
 */
@Disabled("needs the agent merge: the agent on this branch registers no MXBean yet")
class TopWithAgentIT {

    @Test
    void aCpuBoundPairStartedWithTheAgentShowsContentionAbove80Percent() throws Exception {
        try (ChildJvm pair = ChildJvm.start(ChildJvm.defaultJava(), List.of("-javaagent:" + GilspyJar.path()), "2")) {
            Thread.sleep(1500); // a full measuring window before the first snapshot
            assertContended(GilspyJar.run(60, "top", "--batch", "-n", "3", Long.toString(pair.pid())));
        }
    }

    @Test
    void topLoadsTheAgentIntoAJvmStartedWithoutIt() throws Exception {
        try (ChildJvm pair = ChildJvm.start(ChildJvm.defaultJava(), List.of(), "2")) {
            GilspyJar.Result r = GilspyJar.run(60, "top", "--batch", "-n", "4", Long.toString(pair.pid()));
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("gil      mode=on");
        }
    }

    private static void assertContended(GilspyJar.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("gilspy top #")).count()).isGreaterThanOrEqualTo(3);
        Matcher m = Pattern.compile("load     held=([0-9.]+)%  contention=([0-9.]+)%  waiters=([0-9.]+)").matcher(r.out());
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(Double.parseDouble(m.group(1))).as("held").isBetween(80.0, 100.0);
            assertThat(Double.parseDouble(m.group(2))).as("contention").isBetween(80.0, 100.0);
            assertThat(Double.parseDouble(m.group(3))).as("waiters").isBetween(0.7, 1.3);
        }
        assertThat(n).isGreaterThanOrEqualTo(3);
    }
}
