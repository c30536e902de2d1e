package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The agent's own {@code jfr=} recording: totals at the end, private, and no secrets in it. */
class JfrIT {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aShortRunEndsWithItsTotalsAndKeepsSecretsOut(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("short.jfr");
        // Shorter than one statistics period after the warm-up: only the final GilStats can carry totals.
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of(ChildJvm.agentArg("quiet,jfr=" + jfr)),
                "CpuPair", "500")).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GILSPY_TEST_API_TOKEN", "hunter2-in-the-environment");
        Process p = pb.start();
        String out = ChildJvm.text(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Files.getPosixFilePermissions(jfr)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
        List<RecordedEvent> finals = events.stream().filter(e -> e.getEventType().getName().equals("gilspy.GilStats")
                && e.getBoolean("atChunkEnd")).toList();
        assertThat(finals).as("a final gilspy.GilStats").isNotEmpty();
        RecordedEvent last = finals.get(finals.size() - 1);
        assertThat(last.getLong("acquisitionsTotal")).isPositive();
        assertThat(last.getDuration("heldTotal")).isPositive();
        assertThat(last.getDuration("wallTotal")).isGreaterThanOrEqualTo(last.getDuration("heldTotal"));
        assertThat(last.getDuration("switchInterval")).isEqualTo(Duration.ofMillis(5));
        assertThat(events).extracting(e -> e.getEventType().getName())
                .doesNotContain("jdk.InitialEnvironmentVariable", "jdk.InitialSystemProperty")
                .contains("jdk.CPULoad");
        assertThat(Files.readString(jfr, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("hunter2-in-the-environment");
    }
}
