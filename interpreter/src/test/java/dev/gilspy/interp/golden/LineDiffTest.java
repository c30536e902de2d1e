package dev.gilspy.interp.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void showsChangedLinesWithContext() {
        String diff = LineDiff.unified("a\nb\nc\nd\n", "a\nB\nc\nd\n");
        assertThat(diff).contains("-b\n+B\n").contains(" a\n").contains(" c\n");
    }

    @Test
    void marksMissingFinalNewlineAndExtraLines() {
        assertThat(LineDiff.unified("x\n", "x")).contains("-x\n").contains("+x\\ (no newline at end)");
        assertThat(LineDiff.unified("", "extra\n")).contains("+extra\n");
    }

    @Test
    void separatesDistantHunks() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            a.append(i).append('\n');
            b.append(i == 1 || i == 18 ? "changed" : String.valueOf(i)).append('\n');
        }
        String diff = LineDiff.unified(a.toString(), b.toString());
        assertThat(diff).contains("@@").doesNotContain(" 10\n");
    }
}
