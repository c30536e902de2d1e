package dev.gilspy.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The exact accounting, driven with explicit timestamps (nanoseconds from 0). */
class GilStatsTest {
    private final GilStats gil = new GilStats(new Object(), 0, 0);
    private final ThreadRecord a = new ThreadRecord("a", gil);
    private final ThreadRecord b = new ThreadRecord("b", gil);

    @Test
    void heldContentionAndWaitersIntegrateTheCounts() {
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 0, true);           // a holds from 0
        gil.takeBegin(b, 100);                // b waits from 100
        gil.dropBegin(a, 600, false);         // a holds 600
        gil.dropEnd(a, false);
        gil.takeEnd(b, 100, 700, true);       // b waited 600, holds from 700
        gil.dropBegin(b, 1000, false);
        gil.dropEnd(b, false);
        Counters c = gil.counters(1000);
        assertThat(c.wall()).isEqualTo(1000);
        assertThat(c.held()).isEqualTo(900);          // 0..600 and 700..1000
        assertThat(c.contended()).isEqualTo(600);     // 100..700
        assertThat(c.waitArea()).isEqualTo(600);
        assertThat(c.acquisitions()).isEqualTo(2);
        assertThat(c.switches()).isEqualTo(2);
        assertThat(gil.totals(a, 1000).heldNanos()).isEqualTo(600);
        assertThat(gil.totals(b, 1000).waitNanos()).isEqualTo(600);
    }

    /** Each thread's own histogram counts each of its waits once, by its exact length (what top's detail view draws). */
    @Test
    void eachThreadCountsEachOfItsWaitsInItsOwnHistogram() {
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 30_000, true);              // a waited 30 us
        gil.takeBegin(b, 40_000);
        gil.dropBegin(a, 5_000_000, false);
        gil.dropEnd(a, false);
        gil.takeEnd(b, 40_000, 5_040_000, true);      // b waited 5 ms
        gil.takeBegin(a, 5_100_000);
        gil.dropBegin(b, 8_000_000, false);
        gil.dropEnd(b, false);
        gil.takeEnd(a, 5_100_000, 8_100_000, true);   // a waited 3 ms
        long[] ofA = gil.waitCounts(a);
        long[] ofB = gil.waitCounts(b);
        assertThat(ofA).hasSize(GilStats.BUCKET_NANOS.length + 1);
        assertThat(ofA[GilStats.bucket(30_000)]).isEqualTo(1);
        assertThat(ofA[GilStats.bucket(3_000_000)]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(ofA).sum()).isEqualTo(gil.totals(a, 9_000_000).acquisitions()).isEqualTo(2);
        assertThat(ofB[GilStats.bucket(5_000_000)]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(ofB).sum()).isEqualTo(1);
        ofA[0] = 99;
        assertThat(gil.waitCounts(a)[0]).as("a copy, not the live counts").isEqualTo(1);
    }

    /** A thread's window reports the exact mean of its waits (µs), and a window without waits 0. */
    @Test
    void eachThreadsWindowHasTheMeanOfItsWaits() {
        gil.threads.put("a", a);                      // as GilRecorder registers a thread's record
        gil.threads.put("b", b);
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 30_000, true);              // a waited 30 us
        gil.takeBegin(b, 40_000);
        gil.dropBegin(a, 5_000_000, false);
        gil.dropEnd(a, false);
        gil.takeEnd(b, 40_000, 5_040_000, true);      // b waited 5 ms
        gil.takeBegin(a, 5_100_000);
        gil.dropBegin(b, 8_000_000, false);
        gil.dropEnd(b, false);
        gil.takeEnd(a, 5_100_000, 8_100_000, true);   // a waited 3 ms
        gil.tick(9_000_000);
        assertThat(a.window.avgWaitMillis()).isEqualTo(1.515);
        assertThat(b.window.avgWaitMillis()).isEqualTo(5.0);
        gil.tick(10_000_000);
        assertThat(a.window.avgWaitMillis()).isZero();
        assertThat(b.window.avgWaitMillis()).isZero();
    }

    @Test
    void inFlightHoldsAndWaitsCountAndNeverGoBackwards() {
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 0, true);
        gil.takeBegin(b, 0);
        Counters mid = gil.counters(500);
        assertThat(mid.held()).isEqualTo(500);
        assertThat(mid.waitArea()).isEqualTo(500);
        // A drop stamped before the snapshot is clamped to it: the totals stay monotonic.
        gil.dropBegin(a, 400, false);
        Counters after = gil.counters(450);
        assertThat(after.held()).isEqualTo(500);
        assertThat(after.wall()).isEqualTo(500);
        assertThat(gil.totals(a, 450).heldNanos()).isEqualTo(500);
    }

    @Test
    void aForcedDropWaitsUntilItReturnsAndIsCounted() {
        long t = System.nanoTime();
        gil.takeBegin(a, t);
        gil.takeEnd(a, t, t, true);
        gil.takeBegin(b, t);
        gil.dropRequested(a);
        gil.dropBegin(a, t + 100, true);      // forced: a waits for the hand-off
        gil.takeEnd(b, t, t + 300, true);
        gil.dropEnd(a, true);                 // at the real clock, which is later
        long end = System.nanoTime();
        Counters c = gil.counters(end);
        assertThat(c.forcedDrops()).isEqualTo(1);
        assertThat(c.dropRequests()).isEqualTo(1);
        assertThat(c.contended()).isBetween(300L, end - t);  // b from t, then a from t+100 until its drop returned
        assertThat(c.waitArea()).isBetween(300 + 200L, 300 + (end - t));
        assertThat(gil.totals(a, end).forcedDrops()).isEqualTo(1);
    }

    @Test
    void aDropWithoutAMeasuredTakeIsIgnored() {
        gil.dropBegin(a, 100, false);
        gil.dropEnd(a, false);
        assertThat(gil.counters(200).held()).isZero();
        gil.seedHolder(b, 200);
        assertThat(gil.counters(300).held()).isEqualTo(100);
    }

    @Test
    void windowsReportFractionsOfWallTime() {
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 0, true);
        gil.tick(1_000_000_000L);
        GilWindow w = gil.window;
        assertThat(w.held()).isEqualTo(1.0);
        assertThat(w.contention()).isZero();
        // Like the load average, the 1m figure starts at 0 and moves by 1 - exp(-1/60) per second.
        assertThat(w.held1m()).isCloseTo(1 - Math.exp(-1.0 / 60), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(w.knockRatio()).as("knocker off: -1, never NaN").isEqualTo(-1);
    }

    @Test
    void theKnockersProbeMakesNoDropRequestAndForcesNoDropOfTheProgram() {
        long t = System.nanoTime();
        gil.takeBegin(a, t);
        gil.takeEnd(a, t, t, true);
        gil.probeRequested(a);                // the probe waits and asks a to drop
        gil.dropBegin(a, t + 100, true);
        gil.dropEnd(a, true);
        Counters c = gil.counters(t + 200);
        assertThat(c.dropRequests()).isZero();
        assertThat(c.forcedDrops()).isZero();
        assertThat(c.contended()).as("no hand-off wait for a").isZero();
        // A program thread's request in the same hold makes it a forced drop again.
        gil.takeBegin(a, t + 300);
        gil.takeEnd(a, t + 300, t + 300, true);
        gil.probeRequested(a);
        gil.dropRequested(a);
        gil.dropBegin(a, t + 400, true);
        gil.dropEnd(a, true);
        c = gil.counters(System.nanoTime());
        assertThat(c.dropRequests()).isEqualTo(1);
        assertThat(c.forcedDrops()).isEqualTo(1);
    }

    /** The last minute's percentiles keep a second's waits through the empty seconds after it, then let them go. */
    @Test
    void theMinuteFiguresSurviveEmptySecondsAndExpireAfterAMinute() {
        long s = 1_000_000_000L;
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 3_000_000, true);             // a waited 3 ms
        gil.takeBegin(b, 3_000_000);
        gil.dropBegin(a, 8_000_000, false);
        gil.dropEnd(a, false);
        gil.takeEnd(b, 3_000_000, 8_000_000, true);     // b waited 5 ms
        gil.dropBegin(b, 9_000_000, false);
        gil.dropEnd(b, false);
        gil.threads.put("a", a);
        gil.threads.put("b", b);
        gil.tick(s);
        GilWindow first = gil.window;
        assertThat(first.waitMaxMillis()).isBetween(4.9, 5.1);
        assertThat(first.waitP50Millis()).isBetween(2.9, 3.1);
        assertThat(b.window.p99WaitMillis()).isBetween(4.9, 5.1);
        for (int k = 2; k <= 59; k++) {
            gil.tick(k * s);                             // nothing happens in these seconds
        }
        GilWindow later = gil.window;
        assertThat(later.waitMaxMillis()).isEqualTo(first.waitMaxMillis());
        assertThat(later.waitP50Millis()).isEqualTo(first.waitP50Millis());
        assertThat(later.waitP99Millis()).isEqualTo(first.waitP99Millis());
        assertThat(b.window.p99WaitMillis()).as("an empty window's p99").isZero();
        for (int k = 60; k <= 70; k++) {
            gil.tick(k * s);
        }
        assertThat(gil.window.waitMaxMillis()).as("a minute later").isZero();
        assertThat(gil.window.waitP99Millis()).isZero();
        assertThat(gil.window.holdP50Millis()).isZero();
    }
    /**
     * The histograms start small and grow to what they are given (GilStats.histogram): an hour's
     * wait after waits of microseconds is kept, in the thread's p99 and the minute's max and p50.
     */
    @Test
    void aWaitOfAnHourAfterShortOnesGrowsTheHistograms() {
        long s = 1_000_000_000L;
        long hour = 3_600 * s;
        gil.threads.put("a", a);
        gil.threads.put("b", b);
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 50_000, true);                 // a waited 50 us
        gil.takeBegin(b, 60_000);
        gil.dropBegin(a, 100_000, false);
        gil.dropEnd(a, false);
        gil.takeEnd(b, 60_000, 100_000, true);           // b waited 40 us
        gil.dropBegin(b, 200_000, false);
        gil.dropEnd(b, false);
        gil.tick(s);
        gil.takeBegin(b, s);
        gil.takeEnd(b, s, s + 100_000, true);            // b waited 100 us and holds
        gil.takeBegin(a, s + 200_000);
        gil.dropBegin(b, s + 2 * hour, false);
        gil.dropEnd(b, false);
        gil.takeEnd(a, s + 200_000, s + 2 * hour, true); // a waited two hours (counted as the cap, an hour)
        gil.tick(2 * s + 2 * hour);
        double hourMillis = 3_600_000.0;
        assertThat(a.window.p99WaitMillis()).isBetween(hourMillis * 0.99, hourMillis * 1.01);
        assertThat(gil.window.waitMaxMillis()).isBetween(hourMillis * 0.99, hourMillis * 1.01);
        assertThat(gil.window.waitP50Millis()).as("of 40 us, 50 us, 100 us and an hour").isBetween(0.049, 0.101);
        assertThat(gil.window.holdMaxMillis()).as("b held two hours: the cap").isBetween(hourMillis * 0.99, hourMillis * 1.01);
    }
}
