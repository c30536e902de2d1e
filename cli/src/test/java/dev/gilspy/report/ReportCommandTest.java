package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gilspy report}: the summary, the outputs, and one clear line for every bad input. */
class ReportCommandTest {
    @TempDir static Path dir;
    static Path countdown;

    @BeforeAll
    static void record() throws Exception {
        countdown = Scenarios.countdownPair(dir.resolve("countdown.jfr"));
    }

    @Test
    void summaryHasThreadsPercentilesTopFunctionsAndBlame() {
        Commands.Result r = Commands.report(countdown.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("countdown.jfr: 21 gilspy events over 20.00 ms")
                .containsPattern("Thread-1 +10\\.00 ms +50\\.0% +10\\.00 ms +50\\.0% \\| +5\\.00 ms +5\\.00 ms +5\\.00 ms \\| +5\\.00 ms")
                .contains("Top functions by GIL wait:", "20.00 ms 100.0%  countdown (x.py:2)")
                .contains("Top functions by GIL hold:", "20.00 ms 100.0%  countdown (x.py:3)")
                .contains("Blame: of 20.00 ms waited, 20.00 ms (100.0%) overlapped another thread's hold:")
                .containsPattern("10\\.00 ms +50\\.0% +Thread-1 +countdown \\(x\\.py:2\\) +<- Thread-2 +countdown \\(x\\.py:3\\)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void speedscopeJsonParsesBackWithWeights() throws Exception {
        Path out = dir.resolve("c.json");
        Commands.Result r = Commands.report(countdown.toString(), "-q", "--threads", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + out);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(Files.readString(out));
        assertThat(json.get("$schema")).isEqualTo("https://www.speedscope.app/file-format-schema.json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> frames = (List<Map<String, Object>>) ((Map<String, Object>) json.get("shared")).get("frames");
        assertThat(frames).contains(Map.of("name", "countdown", "file", "x.py", "line", 2.0), Map.of("name", "[GIL wait]"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> profiles = ((List<Map<String, Object>>) json.get("profiles")).stream()
                .filter(p -> p.get("type").equals("sampled")).toList(); // the evented ones: TimelineFormatsTest
        assertThat(profiles).extracting(p -> p.get("name")).containsExactly("Thread-2", "Thread-1");
        for (Map<String, Object> p : profiles) {
            assertThat(p).containsEntry("type", "sampled").containsEntry("unit", "nanoseconds").containsEntry("endValue", 1.0e7);
            assertThat(p.get("weights")).isEqualTo(List.of(1.0e7));
            assertThat(p.get("samples")).isEqualTo(List.of(List.of(0.0, 1.0)));
        }
    }

    @Test
    void jfrOutputIsACopy() throws Exception {
        Path out = dir.resolve("copy.jfr");
        assertThat(Commands.report(countdown.toString(), "-q", "-o", out.toString()).exit()).isZero();
        assertThat(Files.mismatch(countdown, out)).isEqualTo(-1);
    }

    @Test
    void diffShowsWhatGrewAndWhatShrank() throws Exception {
        JfrFixture a = new JfrFixture();
        a.waitEvent("T1", 0, 8, "slow (x.py:1)", "T2").waitEvent("T1", 8, 10, "fast (x.py:2)", "T2");
        JfrFixture b = new JfrFixture();
        b.waitEvent("T1", 0, 2, "slow (x.py:1)", "T2").waitEvent("T1", 2, 10, "fast (x.py:2)", "T2");
        Path before = a.write(dir.resolve("before.jfr"));
        Path after = b.write(dir.resolve("after.jfr"));
        Path svg = dir.resolve("diff.svg");
        Commands.Result r = Commands.report("--diff", before.toString(), after.toString(), "-o", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("2\\.00 ms +20\\.0% +8\\.00 ms +80\\.0% +\\+60\\.0pp +fast \\(x\\.py:2\\)")
                .containsPattern("8\\.00 ms +80\\.0% +2\\.00 ms +20\\.0% +-60\\.0pp +slow \\(x\\.py:1\\)");
        var doc = SvgConverterTest.parse(svg);
        var groups = doc.getElementsByTagName("g");
        String fastFill = null;
        String slowFill = null;
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (org.w3c.dom.Element) groups.item(i);
            var title = g.getElementsByTagName("title");
            if (title.getLength() != 1 || g.getElementsByTagName("g").getLength() > 0) continue;
            String fill = ((org.w3c.dom.Element) g.getElementsByTagName("rect").item(0)).getAttribute("fill");
            if (title.item(0).getTextContent().startsWith("fast")) fastFill = fill;
            if (title.item(0).getTextContent().startsWith("slow")) slowFill = fill;
        }
        assertThat(fastFill).isEqualTo("rgb(255,0,0)");
        assertThat(slowFill).isEqualTo("rgb(0,0,255)");

        Path folded = dir.resolve("diff.collapsed");
        assertThat(Commands.report("-q", "--diff", before.toString(), after.toString(), "-o", folded.toString()).exit()).isZero();
        assertThat(Files.readString(folded)).isEqualTo(
                "fast (x.py:2);[GIL wait] 2000 8000\nslow (x.py:1);[GIL wait] 8000 2000\n");
    }

    @Test
    void truncatedRecording() throws Exception {
        byte[] whole = Files.readAllBytes(countdown);
        Path half = Files.write(dir.resolve("half.jfr"), java.util.Arrays.copyOf(whole, whole.length / 2));
        expectFailure(half, "truncated or corrupt JFR recording");
    }

    @Test
    void notAJfrFile() throws Exception {
        expectFailure(Files.writeString(dir.resolve("notes.jfr"), "def f():\n    pass\n"), "not a JFR recording");
    }

    @Test
    void emptyFile() throws Exception {
        expectFailure(Files.write(dir.resolve("empty.jfr"), new byte[0]), "the file is empty");
    }

    @Test
    void missingFile() {
        expectFailure(dir.resolve("nope.jfr"), "no such file");
    }

    @Test
    void emptyRecording() throws Exception {
        Path file = dir.resolve("nothing.jfr");
        try (Recording r = new Recording()) {
            r.start();
            r.stop();
            r.dump(file);
        }
        expectFailure(file, "the recording is empty");
    }

    @Test
    void recordingWithoutGilspyEvents() throws Exception {
        Path file = dir.resolve("jdk-only.jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.ThreadSleep").withThreshold(Duration.ZERO);
            r.start();
            Thread.sleep(2);
            r.stop();
            r.dump(file);
        }
        expectFailure(file, "no gilspy events in the recording");
    }

    @Test
    void recordingWithOnlyGilStats() throws Exception {
        Path file = dir.resolve("stats-only.jfr");
        try (Recording r = new Recording()) {
            r.enable(dev.gilspy.agent.jfr.GilStatsEvent.class);
            r.start();
            new dev.gilspy.agent.jfr.GilStatsEvent().commit();
            r.stop();
            r.dump(file);
        }
        expectFailure(file, "only 1 gilspy.GilStats events: no Python thread ran while recording");
    }

    @Test
    void aModeWithNothingToDraw() throws Exception {
        JfrFixture f = new JfrFixture().hold("T1", 0, 1, "f (x.py:1)");
        Path file = f.write(dir.resolve("holds-only.jfr"));
        Commands.Result r = Commands.report(file.toString(), "-q", "--mode", "cpu", "-o", dir.resolve("x.svg").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nothing to draw for --mode cpu").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--mode=slow", "--minwidth=abc", "--include=(", "-f=png", "--parser=xml", "--top=0", "--nope",
            "--diff"})
    void badOptionsExitWithUsage(String option) {
        Commands.Result r = Commands.report(countdown.toString(), option, "-o", dir.resolve("o.svg").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    private static void expectFailure(Path file, String message) {
        Commands.Result r = Commands.report(file.toString(), "-o", dir.resolve("out.svg").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(message).hasLineCount(1).doesNotContain("Exception");
    }
}
