package dev.gilspy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void progressLineShowsTimeLeftAndEvents() {
        assertThat(ProgressBar.line("recording pid 7", 10_000_000_000L, 30_000_000_000L, 1234))
                .isEqualTo("recording pid 7 [##########--------------------] 20s left, 1,234 events (Ctrl-C stops and keeps the recording)");
        assertThat(ProgressBar.line("recording x.py", 61_000_000_000L, 0, -1))
                .isEqualTo("recording x.py 1m01s elapsed (Ctrl-C stops and keeps the recording)");
    }

    /** The script's output must not land on the progress line: the line is cleared first, and not drawn mid-line. */
    @Test
    void theScriptsOutputGoesAboveTheProgressLine() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream tty = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar(tty, true, 0);
        bar.update("recording x.py", -1);
        byte[] partial = "tick".getBytes(StandardCharsets.UTF_8);
        bar.above(tty, partial, partial.length);
        bar.update("recording x.py", -1); // mid-line: not drawn after "tick"
        byte[] rest = " done\n".getBytes(StandardCharsets.UTF_8);
        bar.above(tty, rest, rest.length);
        bar.update("recording x.py", -1);
        String screen = terminal.toString(StandardCharsets.UTF_8);
        // what a terminal shows: every \r returns to the line start, so the script's line is whole
        assertThat(screen).contains("\rtick done\n");
        assertThat(screen.substring(screen.indexOf("tick"), screen.indexOf("done"))).doesNotContain("recording");
        assertThat(screen).endsWith("(Ctrl-C stops and keeps the recording)");
    }
}
