package dev.gilspy.ui.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TopModelTest {
    private final TopModel model = new TopModel(Samples.TARGET, Duration.ofSeconds(1));

    private List<Long> order() {
        return model.rows().stream().map(ThreadRow::ident).toList();
    }

    @Test
    void firstSampleUsesTheMxBeanWindowThenRatesComeFromTheCounters() {
        model.accept(Optional.of(Samples.pairAt(10)), 0);
        Snapshot first = model.snapshot().orElseThrow();
        assertThat(first.held()).isEqualTo(0.99);
        assertThat(first.switchesPerSecond()).isEqualTo(200);

        model.accept(Optional.of(Samples.pairAt(12)), 2000);
        Snapshot second = model.snapshot().orElseThrow();
        assertThat(second.held()).isCloseTo(0.99, within(1e-9));
        assertThat(second.waiters()).isCloseTo(1.0, within(1e-9));
        assertThat(second.forcedDropsPerSecond()).isCloseTo(199, within(1e-9));
        ThreadRow pair0 = second.rows().get(0);
        assertThat(pair0.acquisitionsPerSecond()).isCloseTo(100, within(1e-9));
        assertThat(pair0.avgWaitMillis()).isCloseTo(5.0, within(1e-9)); // 1 s waited over 200 acquisitions
        assertThat(pair0.waitHistogram().total()).isEqualTo(200);
        assertThat(second.contention()).isCloseTo(0.97, within(1e-9));
        assertThat(second.history()).hasSize(2).allSatisfy(c -> assertThat(c).isCloseTo(0.97, within(1e-9)));
    }

    /** A wait that ended in this window was counted whole here, beside a hold: held% + wait% stays within 100%. */
    @Test
    void aThreadsHeldAndWaitSharesNeverExceedTheWindow() {
        GilSample a = Samples.pairAt(10);
        GilSample b = Samples.pairAt(11);
        ThreadSample t0 = b.threads().get(0);
        // in this 1 s window thread 1's totals grew by 0.5 s held and 0.9 s waited (a wait begun in the last window)
        ThreadSample straddling = Samples.thread(1, t0.name(), t0.status(), 0.5, 0.9,
                a.threads().get(0).heldSecondsTotal() + 0.5, a.threads().get(0).waitSecondsTotal() + 0.9, t0.acquisitionsTotal());
        java.util.List<ThreadSample> threads = new java.util.ArrayList<>(b.threads());
        threads.set(0, straddling);
        model.accept(Optional.of(a), 0);
        model.accept(Optional.of(withThreads(b, threads)), 1000);
        ThreadRow row = model.snapshot().orElseThrow().rows().stream().filter(r -> r.ident() == 1).findFirst().orElseThrow();
        assertThat(row.held() + row.waiting()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(row.waiting() / row.held()).isCloseTo(0.9 / 0.5, within(1e-9)); // the proportion is kept
    }

    private static GilSample withThreads(GilSample g, List<ThreadSample> threads) {
        return new GilSample(g.interpreterId(), g.mode(), g.switchIntervalSeconds(), g.uptimeMillis(), g.held(), g.contention(),
                g.waiters(), g.knockRatio(), g.switchesPerSecond(), g.forcedDropsPerSecond(), g.dropRequestsPerSecond(),
                g.contention1m(), g.contention5m(), g.contention15m(), g.waitP50Millis(), g.waitP99Millis(), g.waitMaxMillis(),
                g.holdP99Millis(), g.holdMaxMillis(), g.holderThread(), g.holderFunction(), g.heldSecondsTotal(),
                g.waitSecondsTotal(), g.acquisitionsTotal(), g.switchesTotal(), g.forcedDropsTotal(), g.contendedSecondsTotal(),
                g.wallSecondsTotal(), threads);
    }

    @Test
    void withoutWallAndContendedTotalsTheAgentsUptimeAndWindowAreUsed() {
        GilSample a = Samples.pairAt(10);
        GilSample b = Samples.pairAt(12);
        model.accept(Optional.of(withoutNewTotals(a)), 0);
        model.accept(Optional.of(withoutNewTotals(b)), 2000);
        Snapshot s = model.snapshot().orElseThrow();
        assertThat(s.held()).isCloseTo(0.99, within(1e-9)); // from uptime: 2 s
        assertThat(s.contention()).isEqualTo(b.contention());
    }

    private static GilSample withoutNewTotals(GilSample g) {
        return new GilSample(g.interpreterId(), g.mode(), g.switchIntervalSeconds(), g.uptimeMillis(), g.held(),
                g.contention(), g.waiters(), g.knockRatio(), g.switchesPerSecond(), g.forcedDropsPerSecond(),
                g.dropRequestsPerSecond(), g.contention1m(), g.contention5m(), g.contention15m(), g.waitP50Millis(),
                g.waitP99Millis(), g.waitMaxMillis(), g.holdP99Millis(), g.holdMaxMillis(), g.holderThread(),
                g.holderFunction(), g.heldSecondsTotal(), g.waitSecondsTotal(), g.acquisitionsTotal(), g.switchesTotal(),
                g.forcedDropsTotal(), Double.NaN, Double.NaN, g.threads());
    }

    @Test
    void aCounterThatWentBackwardsFallsBackToTheWindowInsteadOfNegativeRates() {
        model.accept(Optional.of(Samples.pairAt(10)), 0);
        model.accept(Optional.of(Samples.pairAt(5)), 1000);
        assertThat(model.snapshot().orElseThrow().switchesPerSecond()).isEqualTo(200);
    }

    @Test
    void sortsByWaitFirstAndAColumnKeyPressedTwiceReverses() {
        model.accept(Optional.of(Samples.pairAt(10)), 0);
        assertThat(model.sortColumn()).isEqualTo(Column.WAIT);
        assertThat(order()).containsExactly(1L, 2L, 3L); // equal waits tie-break on TID

        model.sortBy(Column.forKey('4'));
        assertThat(model.sortColumn()).isEqualTo(Column.HELD);
        assertThat(order()).containsExactly(1L, 2L, 3L);
        model.sortBy(Column.HELD);
        assertThat(order()).containsExactly(3L, 2L, 1L);

        model.sortBy(Column.NAME);
        assertThat(order()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void angleBracketsWalkTheColumnsAndWrap() {
        model.sortPrevious();
        assertThat(model.sortColumn()).isEqualTo(Column.HELD);
        for (int i = 0; i < 7; i++) {
            model.sortNext();
        }
        assertThat(model.sortColumn()).isEqualTo(Column.TID);
        assertThat(Column.forKey('0')).isEqualTo(Column.FUNCTION);
        assertThat(Column.forKey('1')).isEqualTo(Column.TID);
    }

    @Test
    void selectionFollowsTheThreadAcrossResortsAndDetailOpensIt() {
        model.accept(Optional.of(Samples.pairAt(10)), 0);
        model.moveSelection(2);
        assertThat(model.selected().orElseThrow().name()).isEqualTo("reader");
        model.sortBy(Column.TID);
        model.sortBy(Column.TID);
        assertThat(model.selected().orElseThrow().name()).isEqualTo("reader");
        model.openDetail();
        assertThat(model.view()).isEqualTo(TopModel.View.DETAIL);
        model.back();
        assertThat(model.view()).isEqualTo(TopModel.View.TABLE);
    }

    @Test
    void historyKeepsSixtySecondsAndResetClearsIt() {
        TopModel fast = new TopModel(Samples.TARGET, Duration.ofMillis(500));
        for (int t = 1; t <= 130; t++) {
            fast.accept(Optional.of(Samples.pairAt(t)), t * 500L);
        }
        assertThat(fast.snapshot().orElseThrow().history()).hasSize(120);
        fast.reset();
        fast.accept(Optional.of(Samples.pairAt(131)), 131 * 500L);
        assertThat(fast.snapshot().orElseThrow().history()).hasSize(1);
    }

    @Test
    void anEmptyReadMeansNoGilYetAndGoneKeepsTheLastFigures() {
        model.accept(Optional.empty(), 0);
        assertThat(model.snapshot()).isEmpty();
        model.accept(Optional.of(Samples.pairAt(3)), 1000);
        model.targetGone("target PID 4242 exited");
        assertThat(model.snapshot()).isPresent();
        assertThat(model.goneMessage()).contains("target PID 4242 exited");
    }

    /** An agent that counts each wait: the detail histogram is those counts, and {@code r} restarts them. */
    @Test
    void theWaitHistogramIsTheAgentsCountOfEachWaitAndRestartsOnReset() {
        model.accept(Optional.of(Samples.exactPairAt(10)), 0);
        WaitHistogram first = model.rows().stream().filter(r -> r.ident() == 1).findFirst().orElseThrow().waitHistogram();
        assertThat(first.exact()).isTrue();
        assertThat(first.total()).isEqualTo(1000);
        assertThat(first.label(first.firstUsed())).isEqualTo("2.5-5ms");
        assertThat(first.label(first.lastUsed())).isEqualTo("5-7.5ms");

        model.reset();
        model.accept(Optional.of(Samples.exactPairAt(12)), 2000);
        WaitHistogram since = model.rows().stream().filter(r -> r.ident() == 1).findFirst().orElseThrow().waitHistogram();
        assertThat(since.total()).as("the waits of the two seconds after r").isEqualTo(200);
        assertThat(since.count(6)).isEqualTo(120);
        assertThat(since.count(7)).isEqualTo(80);
    }
}
