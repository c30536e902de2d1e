package dev.gilspy.agent.targets.graalpy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GraalPy's release interval: read from the scheduler's constant, else measured from its release actions. */
class ReleaseIntervalTest {
    /** Stands in for GraalPy's AsyncHandler, with a delay that is not GraalPy 25's 50 ms. */
    static final class Handler70 {
        @SuppressWarnings("unused")
        private static final int GIL_RELEASE_DELAY = 70;
    }

    /** A GraalPy whose scheduler keeps its delay somewhere else. */
    static final class HandlerWithoutDelay {}

    @Test
    void readsTheSchedulersDelayFromTheClass() {
        ReleaseInterval i = ReleaseInterval.of(Handler70.class).forContext();
        assertThat(i.read()).isTrue();
        assertThat(i.micros()).isEqualTo(70_000);
        assertThat(i.source()).isEqualTo("read from GraalPy: AsyncHandler.GIL_RELEASE_DELAY = 70 ms");
        i.releaseAction(0);
        i.releaseAction(10_000_000);
        assertThat(i.micros()).as("a value read is not overridden by measurement").isEqualTo(70_000);
    }

    @Test
    void withoutTheFieldItIsAssumedUntilMeasuredFromTheReleaseActions() {
        ReleaseInterval i = ReleaseInterval.of(HandlerWithoutDelay.class).forContext();
        assertThat(i.read()).isFalse();
        assertThat(i.micros()).isEqualTo(ReleaseInterval.ASSUMED_MICROS);
        assertThat(i.source()).startsWith("assumed 50 ms, not yet measured (cannot read GIL_RELEASE_DELAY");
        long t = 1_000_000_000L;
        long[] gaps = {101, 99, 100, 250, 100, 98}; // ms; one tick delivered late
        i.releaseAction(t);
        for (long g : gaps) {
            t += g * 1_000_000L;
            i.releaseAction(t);
        }
        assertThat(i.micros()).isEqualTo(100_000);
        assertThat(i.source()).startsWith("measured: median gap between GraalPy's forced releases");
        // a pause with nobody waiting is no scheduler period
        i.releaseAction(t + 60_000_000_000L);
        assertThat(i.micros()).isEqualTo(100_000);
    }

    @Test
    void noGraalPyOnTheLoaderIsAssumed() {
        ReleaseInterval i = ReleaseInterval.resolve(ReleaseIntervalTest.class.getClassLoader());
        assertThat(i.micros()).isEqualTo(50_000);
        assertThat(i.source()).contains("no com.oracle.graal.python.runtime.AsyncHandler");
    }
}
