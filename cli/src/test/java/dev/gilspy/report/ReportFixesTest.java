package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17's report items: each failed before its fix. */
class ReportFixesTest {
    @TempDir static Path dir;
    static Path countdown;

    @BeforeAll
    static void record() throws Exception {
        countdown = Scenarios.countdownPair(dir.resolve("countdown.jfr"));
    }

    @Test
    void aMissingOutputDirectoryIsNamedAsTheReason() {
        Commands.Result r = Commands.report(countdown.toString(), "-q", "-o", "/no/such/dir/x.svg");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot write /no/such/dir/x.svg: no such directory /no/such/dir").hasLineCount(1);
    }

    @Test
    void includeIsRefusedForAJfrCopyInsteadOfIgnored() {
        Commands.Result r = Commands.report(countdown.toString(), "-q", "--include", "nothing", "-o", dir.resolve("f.jfr").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("a .jfr output is a copy of the whole recording");
        assertThat(dir.resolve("f.jfr")).doesNotExist();
    }

    @Test
    void threadsThatShareANameAreRowsOfTheirOwn() throws Exception {
        JfrFixture f = new JfrFixture();
        for (int t = 1; t <= 3; t++) {
            f.onJavaThread(t).hold("echo", t * 10, t * 10 + 5, "serve (echo.py:4)");
        }
        Path jfr = f.write(dir.resolve("echo.jfr"));
        Commands.Result r = Commands.report(jfr.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("echo #"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).doesNotContain("735").containsPattern("5\\.00 ms +\\d+\\.\\d%"));
    }

    @Test
    void eventsUnderTheThresholdAreSaidToBeMissingAndEmptyPercentilesAreDashes() throws Exception {
        GilRecording plain = RecordingReader.standard().read(countdown);
        GilRecording thresholded = new GilRecording(plain.source(), plain.events(), 0, List.of(), List.of(),
                Map.of(EventNames.GIL_WAIT, 1_000_000L, EventNames.GIL_HOLD, 1_000_000L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Summary(thresholded).print(new PrintStream(out, true, StandardCharsets.UTF_8), 10);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("note: waits and holds shorter than 1.00 ms are not in this recording");
        String summary = Commands.report(countdown.toString()).out();
        assertThat(summary).doesNotContain("note:");
        // MainThread only joins (samples): no waits or holds, so its percentiles are unknown, not 0 ns
        assertThat(summary.lines().filter(l -> l.contains(" 0 ns"))).isEmpty();
    }

    @Test
    void holdsWithoutAPythonFrameAreNamedNotAnEmptyLine() throws Exception {
        Path jfr = new JfrFixture().hold("T", 0, 5, "").hold("T", 5, 10, "f (x.py:1)").write(dir.resolve("empty.jfr"));
        Path out = dir.resolve("empty.collapsed");
        Commands.Result r = Commands.report(jfr.toString(), "-q", "--mode", "hold", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("counts are microseconds: flamegraph.pl --countname us");
        assertThat(Files.readAllLines(out)).containsExactly("[no Python frame] 5000", "f (x.py:1) 5000");
    }
}
