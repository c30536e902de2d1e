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
        gil.dropEnd(a, false, 600);
        gil.takeEnd(b, 100, 700, true);       // b waited 600, holds from 700
        gil.dropBegin(b, 1000, false);
        gil.dropEnd(b, false, 1000);
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
        gil.takeBegin(a, 0);
        gil.takeEnd(a, 0, 0, true);
        gil.takeBegin(b, 0);
        gil.dropRequested();
        gil.dropBegin(a, 100, true);          // forced: a waits for the hand-off
        gil.takeEnd(b, 0, 300, true);
        gil.dropEnd(a, true, 400);
        Counters c = gil.counters(400);
        assertThat(c.forcedDrops()).isEqualTo(1);
        assertThat(c.dropRequests()).isEqualTo(1);
        assertThat(c.contended()).isEqualTo(400);     // b from 0, then a from 100 to 400
        assertThat(c.waitArea()).isEqualTo(300 + 300);
        assertThat(gil.totals(a, 400).forcedDrops()).isEqualTo(1);
    }

    @Test
    void aDropWithoutAMeasuredTakeIsIgnored() {
        gil.dropBegin(a, 100, false);
        gil.dropEnd(a, false, 100);
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
        assertThat(w.held1m()).isEqualTo(1.0);
        assertThat(Double.isNaN(w.knockRatio())).isTrue();
    }
}
