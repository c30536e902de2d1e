package dev.gilspy.ui.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitHistogramTest {
    private static final double[] BOUNDS = {0.5, 5, 1000, 2500};

    @Test
    void theAgentsCountsAreKeptAsTheyCameAndSaySoExact() {
        WaitHistogram h = WaitHistogram.of(BOUNDS, new long[] {1, 2, 3, 4, 5});
        assertThat(h.exact()).isTrue();
        assertThat(h.buckets()).isEqualTo(5);
        assertThat(h.total()).isEqualTo(15);
        assertThat(h.count(4)).isEqualTo(5);
        assertThat(h.plus(3, 100).total()).as("refresh means never mix into real counts").isEqualTo(15);
    }

    @Test
    void countsThatDoNotFitTheBoundsAreRefusedNotMisread() {
        assertThat(WaitHistogram.of(BOUNDS, new long[] {1, 2})).isSameAs(WaitHistogram.empty());
        assertThat(WaitHistogram.of(null, new long[] {1})).isSameAs(WaitHistogram.empty());
        assertThat(WaitHistogram.of(BOUNDS, null)).isSameAs(WaitHistogram.empty());
    }

    @Test
    void minusGivesTheWaitsSinceAnEarlierReadAndIgnoresAnIncomparableOne() {
        WaitHistogram before = WaitHistogram.of(BOUNDS, new long[] {1, 2, 3, 0, 0});
        WaitHistogram now = WaitHistogram.of(BOUNDS, new long[] {1, 5, 3, 1, 0});
        WaitHistogram since = now.minus(before);
        assertThat(since.total()).isEqualTo(4);
        assertThat(since.count(1)).isEqualTo(3);
        assertThat(since.firstUsed()).isEqualTo(1);
        assertThat(since.lastUsed()).isEqualTo(3);
        // an agent restarted (counts went down) or another agent's bounds: the newer counts as they are
        assertThat(before.minus(now)).isSameAs(before);
        assertThat(now.minus(WaitHistogram.of(new double[] {1, 2, 3, 4}, new long[5]))).isSameAs(now);
        assertThat(now.minus(WaitHistogram.empty())).isSameAs(now);
    }

    @Test
    void labelsReadAsDurations() {
        WaitHistogram h = WaitHistogram.of(BOUNDS, new long[5]);
        assertThat(h.label(0)).isEqualTo("< 0.5ms");
        assertThat(h.label(1)).isEqualTo("0.5-5ms");
        assertThat(h.label(2)).isEqualTo("5ms-1s");
        assertThat(h.label(3)).isEqualTo("1-2.5s");
        assertThat(h.label(4)).isEqualTo(">= 2.5s");
        assertThat(h.firstUsed()).isEqualTo(-1);
    }

    @Test
    void withoutTheAgentsCountsEachRefreshsMeanIsWeightedByItsAcquisitions() {
        WaitHistogram h = WaitHistogram.empty().plus(5.2, 100).plus(0.05, 3).plus(Double.NaN, 7);
        assertThat(h.exact()).isFalse();
        assertThat(h.total()).isEqualTo(103);
        assertThat(h.label(h.lastUsed())).isEqualTo("5-10ms");
        assertThat(h.count(h.lastUsed())).isEqualTo(100);
    }
}
