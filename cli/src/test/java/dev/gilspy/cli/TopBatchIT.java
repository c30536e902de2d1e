package dev.gilspy.cli;

import dev.gilspy.cli.testapp.GilspyJar;
import dev.gilspy.cli.testapp.PythonApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar end to end: {@code java -jar gilspy.jar top PID} with no terminal attached falls back
 * to batch mode by itself, and {@code list} sees the target.
 */
class TopBatchIT {
    /**
     * Only hang guards: this class's first test took 38.6 s in a loaded CI run (2026-12-06) against two
     * 60 s limits and the target's start, and a JVM start alone takes 10-30 s at load 40 on 2 cores. The
     * pair, which the test kills when done, counts down longer than all of that may take.
     */
    private static final long HANG_SECONDS = 300;
    private static final long PAIR_SECONDS = 600;

    @Test
    void withoutATerminalTopPrintsBatchSnapshotsAndStopsAfterN() throws Exception {
        try (PythonApp pair = PythonApp.start(true, PythonApp.sample("countdown_pair.py"), Long.toString(PAIR_SECONDS))) {
            GilspyJar.Result r = GilspyJar.run(HANG_SECONDS, "top", "-n", "3", Long.toString(pair.pid()));
            assertThat(r.err()).isEmpty();
            assertThat(r.exitCode()).isZero();
            assertThat(r.out().lines().filter(l -> l.startsWith("gilspy top #"))).hasSize(3);
            assertThat(r.out()).containsPattern("(?m)^verdict  \\S")
                    .containsPattern("(?m)^load     held=[0-9.]+%  contention=[0-9.]+%  waiters=[0-9.]+  knock=-$");

            GilspyJar.Result list = GilspyJar.run(HANG_SECONDS, "list");
            assertThat(list.out()).containsPattern("(?m)^\\s*" + pair.pid() + "  yes     yes    \\S+ +\\S*gilspy.jar run \\S*countdown_pair.py " + PAIR_SECONDS + "$");
        }
    }

    @Test
    void badInputThroughTheJarIsOneLineAndTheDocumentedCode() throws Exception {
        GilspyJar.Result usage = GilspyJar.run(HANG_SECONDS, "top", "--interval=soon", "1");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err().lines()).hasSize(2);
        GilspyJar.Result missing = GilspyJar.run(HANG_SECONDS, "top", "999999999");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("gilspy top: no process with PID 999999999\n");
    }
}
