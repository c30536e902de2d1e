package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 64 threads with {@code jfr=FILE} and thresholds at zero: invariants, and every hold is an event. */
class SoakIT {
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void invariantsHoldAndEveryAcquisitionIsAHoldEvent(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("soak.jfr");
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,threshold=0,jfr=" + jfr)), "Soak64", "2000");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("violations")).as(r.toString()).isZero();
        assertThat(v.get("polls")).as(r.toString()).isGreaterThan(10);
        assertThat(v.get("held")).as(r.toString()).isLessThanOrEqualTo(1.0).isGreaterThan(0.5);

        Map<String, Integer> counts = new HashMap<>();
        boolean holdWithStack = false;
        boolean sampleWithStack = false;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String name = e.getEventType().getName();
            counts.merge(name, 1, Integer::sum);
            if (name.equals("gilspy.GilHold") && e.getString("pythonStack").startsWith("countdown (workload.py:")
                    && e.getString("pythonStack").endsWith("\n<module> (workload.py:20)")) {
                holdWithStack = true;
            }
            if (name.equals("gilspy.GilSample") && e.getString("pythonStack").contains("sleep (time.py:1)\nsleeper (workload.py:12)")) {
                sampleWithStack = true;
            }
        }
        assertThat(counts.getOrDefault("gilspy.GilHold", 0).longValue())
                .as("acquisitions counted == GilHold events seen")
                .isEqualTo(v.get("acquisitions_total").longValue());
        assertThat(counts).containsKeys("gilspy.GilWait", "gilspy.GilStats", "gilspy.GilDropRequest", "jdk.CPULoad");
        assertThat(holdWithStack).as("a GilHold with the countdown stack").isTrue();
        assertThat(sampleWithStack).as("a GilSample of a sleeper inside time.sleep").isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void jfrPrintShowsTheStacks(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("pair.jfr");
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,jfr=" + jfr)), "CpuPair", "1000");
        assertThat(r.exit()).as(r.toString()).isZero();
        Path tool = Path.of(System.getProperty("java.home"), "bin", "jfr");
        Process p = new ProcessBuilder(tool.toString(), "print", "--events", "gilspy.*", jfr.toString())
                .redirectErrorStream(true).start();
        String out = ChildJvm.text(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("gilspy.GilHold", "gilspy.GilWait", "gilspy.GilStats", "gilspy.GilSample");
        assertThat(out).contains("countdown (workload.py:4)");
        assertThat(Files.size(jfr)).isPositive();
    }
}
