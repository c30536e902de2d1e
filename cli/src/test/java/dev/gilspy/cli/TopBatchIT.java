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
    @Test
    void withoutATerminalTopPrintsBatchSnapshotsAndStopsAfterN() throws Exception {
        try (PythonApp pair = PythonApp.start(true, PythonApp.sample("countdown_pair.py"), "120")) {
            GilspyJar.Result r = GilspyJar.run(60, "top", "-n", "3", Long.toString(pair.pid()));
            assertThat(r.err()).isEmpty();
            assertThat(r.exitCode()).isZero();
            assertThat(r.out().lines().filter(l -> l.startsWith("gilspy top #"))).hasSize(3);
            assertThat(r.out()).containsPattern("(?m)^verdict  \\S")
                    .containsPattern("(?m)^load     held=[0-9.]+%  contention=[0-9.]+%  waiters=[0-9.]+  knock=-$");

            GilspyJar.Result list = GilspyJar.run(60, "list");
            assertThat(list.out()).containsPattern("(?m)^\\s*" + pair.pid() + "  yes     yes    \\S+ +\\S*gilspy.jar run \\S*countdown_pair.py 120$");
        }
    }

    @Test
    void badInputThroughTheJarIsOneLineAndTheDocumentedCode() throws Exception {
        GilspyJar.Result usage = GilspyJar.run(30, "top", "--interval=soon", "1");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err().lines()).hasSize(2);
        GilspyJar.Result missing = GilspyJar.run(30, "top", "999999999");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("gilspy top: no process with PID 999999999\n");
    }
}
