package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.gilspy.cli.testapp.GilspyJar;
import dev.gilspy.cli.testapp.PythonApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code record -p} against a live JVM that keeps running, with gilspy in another working directory
 * and temp folder than the target: the recording comes back over JMX, so the target never needs to
 * write into gilspy's private folder (it used to, and "exited during the recording" was printed
 * against healthy targets whenever it could not).
 */
class RecordAttachIT {
    @TempDir Path dir;

    @Test
    void recordingALiveJvmSaysNothingAboutItExitingAndLeavesItRunning() throws Exception {
        Path otherTmp = Files.createDirectories(dir.resolve("gilspy-tmp"));
        Path out = dir.resolve("live.collapsed");
        try (PythonApp pair = PythonApp.start(true, PythonApp.sample("countdown_pair.py"), "120")) {
            GilspyJar.Result r = GilspyJar.run(120, List.of("-Djava.io.tmpdir=" + otherTmp), "record", "-p",
                    Long.toString(pair.pid()), "-d", "3s", "-o", out.toString(), "--keep-jfr", dir.resolve("live.jfr").toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("exited").contains("wrote " + out);
            assertThat(Files.readString(out)).contains("[GIL wait]");
            assertThat(pair.process().isAlive()).as("the target keeps running").isTrue();
            try (var left = Files.list(otherTmp)) {
                assertThat(left.filter(p -> p.getFileName().toString().startsWith("gilspy-record-"))).as("work folders left").isEmpty();
            }
        }
    }
}
