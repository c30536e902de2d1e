package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hold table's start-up row: the main thread's single-threaded imports and set-up are one hold
 * that ends at its first wait (the join), and were listed under that wait's function.
 */
class SummaryStartupTest {
    private static final long MS = 1_000_000L;
    private static final String JOIN = "wait (threading.py:327)\njoin (threading.py:1119)\n<module> (x.py:9)";

    private static GilEvent hold(String thread, long threadId, long fromMs, long toMs, String stack) {
        return new GilEvent(GilEvent.Kind.HOLD, 0, fromMs * MS, (toMs - fromMs) * MS, thread, PyStack.parse(stack),
                null, null, thread, threadId, false);
    }

    @Test
    void theFirstThreadsHoldsBeforeASecondThreadAreStartUp() {
        GilEvent startup = hold("MainThread", 1, 0, 1_200, JOIN);
        GilEvent t1 = hold("Thread-1", 2, 1_200, 1_205, Scenarios.COUNTDOWN_LOOP);
        GilEvent main = hold("MainThread", 1, 1_205, 1_206, JOIN);
        assertThat(Summary.startupHolds(List.of(t1, startup, main), 2_000 * MS)).containsExactly(startup);
    }

    @Test
    void aShortStartIsTheSteadyState() {
        // two threads alternating from the start, or a start under a second or a tenth of the recording
        GilEvent first = hold("Thread-1", 1, 0, 5, Scenarios.COUNTDOWN_LOOP);
        GilEvent second = hold("Thread-2", 2, 5, 10, Scenarios.COUNTDOWN_LOOP);
        assertThat(Summary.startupHolds(List.of(first, second), 10 * MS)).isEmpty();
        GilEvent longFirst = hold("MainThread", 1, 0, 1_100, JOIN);
        GilEvent late = hold("Thread-1", 2, 1_100, 1_105, Scenarios.COUNTDOWN_LOOP);
        assertThat(Summary.startupHolds(List.of(longFirst, late), 20_000 * MS)).isEmpty();
    }

    @Test
    void oneThreadAllAlongIsTheSteadyState() {
        GilEvent a = hold("MainThread", 1, 0, 1_500, JOIN);
        GilEvent b = hold("MainThread", 1, 1_600, 3_000, JOIN);
        assertThat(Summary.startupHolds(List.of(a, b), 3_000 * MS)).isEmpty();
    }

    @Test
    void threadsThatShareANameAreToldApartById() {
        GilEvent first = hold("worker", 1, 0, 1_200, JOIN);
        GilEvent other = hold("worker", 2, 1_200, 1_205, Scenarios.COUNTDOWN_LOOP);
        assertThat(Summary.startupHolds(List.of(first, other), 1_300 * MS)).containsExactly(first);
    }

    @Test
    void reportListsTheStartUpHoldUnderItsOwnLabel(@TempDir Path dir) throws Exception {
        JfrFixture f = new JfrFixture();
        f.hold("MainThread", 0, 1_200, JOIN);
        f.hold("Thread-1", 1_200, 1_205, Scenarios.COUNTDOWN_LOOP);
        f.waitEvent("Thread-1", 1_100, 1_200, Scenarios.COUNTDOWN_WHILE, "MainThread");
        Commands.Result r = Commands.report(f.write(dir.resolve("startup.jfr")).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Top functions by GIL hold:", "1.20 s  99.6%  start-up (before the 2nd thread)")
                .containsPattern("Thread-1 +countdown \\(x\\.py:2\\) +<- MainThread +start-up \\(before the 2nd thread\\)")
                .doesNotContain("wait (threading.py:327)");
    }
}
