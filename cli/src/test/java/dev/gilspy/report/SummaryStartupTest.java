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

    private static GilEvent waitEvent(String thread, long threadId, long fromMs, long toMs) {
        return new GilEvent(GilEvent.Kind.WAIT, 0, fromMs * MS, (toMs - fromMs) * MS, thread,
                PyStack.parse(Scenarios.COUNTDOWN_WHILE), null, "MainThread", thread, threadId, false);
    }

    @Test
    void theFirstThreadsHoldsBeforeASecondThreadWaitsOrHoldsAreStartUp() {
        // countdown_pair.py: imports and starting both threads (they wait meanwhile), then the join drops
        GilEvent startup = hold("MainThread", 1, 0, 360, JOIN);
        GilEvent w1 = waitEvent("Thread-1", 2, 300, 360);
        GilEvent t1 = hold("Thread-1", 2, 360, 365, Scenarios.COUNTDOWN_LOOP);
        GilEvent main = hold("MainThread", 1, 365, 366, JOIN);
        assertThat(Summary.startupHolds(List.of(t1, w1, startup, main))).containsExactly(startup);
    }

    @Test
    void twoThreadsAlternatingFromTheStartHaveNoStartUp() {
        GilEvent first = hold("Thread-1", 1, 0, 5, Scenarios.COUNTDOWN_LOOP);
        GilEvent waiting = waitEvent("Thread-2", 2, 0, 5);
        GilEvent second = hold("Thread-2", 2, 5, 10, Scenarios.COUNTDOWN_LOOP);
        assertThat(Summary.startupHolds(List.of(first, waiting, second))).isEmpty();
    }

    @Test
    void oneThreadAllAlongIsTheSteadyState() {
        GilEvent a = hold("MainThread", 1, 0, 1_500, JOIN);
        GilEvent b = hold("MainThread", 1, 1_600, 3_000, JOIN);
        assertThat(Summary.startupHolds(List.of(a, b))).isEmpty();
    }

    @Test
    void threadsThatShareANameAreToldApartById() {
        GilEvent first = hold("worker", 1, 0, 200, JOIN);
        GilEvent other = hold("worker", 2, 200, 205, Scenarios.COUNTDOWN_LOOP);
        assertThat(Summary.startupHolds(List.of(first, other))).containsExactly(first);
    }

    @Test
    void reportListsTheStartUpHoldUnderItsOwnLabel(@TempDir Path dir) throws Exception {
        JfrFixture f = new JfrFixture();
        f.hold("MainThread", 0, 360, JOIN);
        f.waitEvent("Thread-1", 300, 360, Scenarios.COUNTDOWN_WHILE, "MainThread");
        f.hold("Thread-1", 360, 365, Scenarios.COUNTDOWN_LOOP);
        Commands.Result r = Commands.report(f.write(dir.resolve("startup.jfr")).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Top functions by GIL hold:", "360.00 ms  98.6%  start-up (before the 2nd thread)")
                .containsPattern("Thread-1 +countdown \\(x\\.py:2\\) +<- MainThread +start-up \\(before the 2nd thread\\)")
                .doesNotContain("wait (threading.py:327)");
    }
}
