package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each wait is attributed to the other threads' holds that overlap it, to the nanosecond. */
class BlameTest {
    private static final long MS = 1_000_000;
    private final List<GilEvent> events = new ArrayList<>();

    private void hold(String t, long from, long to, String fn) {
        events.add(new GilEvent(GilEvent.Kind.HOLD, 0, from * MS, (to - from) * MS, t, PyStack.parse(fn), null, null));
    }

    private void waitFor(String t, long from, long to, String fn) {
        events.add(new GilEvent(GilEvent.Kind.WAIT, 0, from * MS, (to - from) * MS, t, PyStack.parse(fn), null, null));
    }

    @Test
    void overlapsAreAttributedToTheHolderStacks() {
        hold("T1", 0, 10, "a (x.py:1)");
        hold("T3", 10, 14, "c (x.py:5)");
        waitFor("T2", 2, 12, "b (x.py:2)");   // 8 ms under T1, 2 ms under T3
        waitFor("T3", 0, 10, "c (x.py:4)");   // 10 ms under T1
        waitFor("T1", 11, 13, "a (x.py:2)");  // 2 ms under T3
        hold("T2", 20, 25, "b (x.py:9)");
        waitFor("T2", 21, 22, "b (x.py:3)");  // its own hold: nobody to blame
        events.add(new GilEvent(GilEvent.Kind.HOLD, 1, 0, 30 * MS, "T9", PyStack.parse("z (y.py:1)"), null, null)); // another GIL

        Summary s = new Summary(new GilRecording(Path.of("x.jfr"), events, 0, List.of()));

        assertThat(s.totalWait()).isEqualTo(23 * MS);
        assertThat(s.blamedWait()).isEqualTo(22 * MS);
        assertThat(s.blame()).containsExactly(
                new Summary.BlameRow("T3", "c (x.py:4)", "T1", "a (x.py:1)", 10 * MS),
                new Summary.BlameRow("T2", "b (x.py:2)", "T1", "a (x.py:1)", 8 * MS),
                new Summary.BlameRow("T1", "a (x.py:2)", "T3", "c (x.py:5)", 2 * MS),
                new Summary.BlameRow("T2", "b (x.py:2)", "T3", "c (x.py:5)", 2 * MS));
    }

    @Test
    void aLongWaitSeesEveryHoldInsideIt() {
        for (int i = 0; i < 1000; i++) hold("H" + (i % 3), i, i + 1, "f (x.py:" + i % 3 + ")");
        waitFor("W", 100, 900, "w (x.py:1)");
        List<Blame.Overlap> overlaps = Blame.overlaps(events);
        assertThat(overlaps).hasSize(800);
        assertThat(overlaps.stream().mapToLong(Blame.Overlap::nanos).sum()).isEqualTo(800 * MS);
    }

    @Test
    void percentilesAreNearestRank() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) v[i] = i + 1;
        assertThat(Summary.percentile(v, 50)).isEqualTo(50);
        assertThat(Summary.percentile(v, 99)).isEqualTo(99);
        assertThat(Summary.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Summary.percentile(new long[0], 50)).isZero();
    }
}
