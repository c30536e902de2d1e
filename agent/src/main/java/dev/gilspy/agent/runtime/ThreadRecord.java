package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import org.HdrHistogram.IntCountsHistogram;

/** What the recorder keeps for one Python thread state on one GIL. */
final class ThreadRecord {
    final Object ts;
    final GilStats gil;

    // Guarded by the GilStats monitor. Times are the GilStats clock (clamped, monotonic).
    boolean waiting;
    boolean holding;
    /** The thread is in a forced drop: see {@link GilStats#dropBegin}. */
    boolean waitFromDrop;
    long waitStart;
    long waitStartExact;
    /** The exact time spent in the last forced drop, added to the next take's wait. */
    long handoffNanos;
    /** Who asked this holder to drop during its current hold: the knocker's probe, a program thread. */
    boolean probeRequest;
    boolean programRequest;
    long holdStart;
    long holdStartExact;
    long waitNanos;
    long heldNanos;
    long acquisitions;
    long forcedDrops;
    final IntCountsHistogram windowWaits = GilStats.histogram();
    /**
     * The sum of the values {@link #windowWaits} recorded (µs): the window's mean wait without
     * {@code getMean()}, which walks every bucket up to the largest with HdrHistogram's iterator.
     */
    long windowWaitMicros;
    /** Every wait of this thread since measuring began, counted in {@link GilStats#BUCKET_NANOS}' buckets. */
    final long[] waitBuckets = new long[GilStats.BUCKET_NANOS.length + 1];
    long windowMaxHold;

    // Ticker only.
    long prevWait;
    long prevHeld;
    long prevAcquisitions;
    volatile ThreadWindow window = ThreadWindow.EMPTY;

    // Owner thread only: the JFR events in flight.
    GilWaitEvent pendingWait;
    GilHoldEvent pendingHold;

    boolean onlyProbeRequested() {
        return probeRequest && !programRequest;
    }

    ThreadRecord(Object ts, GilStats gil) {
        this.ts = ts;
        this.gil = gil;
    }

    /** The last window's figures for one thread. */
    record ThreadWindow(double held, double waiting, double acquisitionsPerSecond, double avgWaitMillis,
                        double p99WaitMillis, double maxHoldMillis) {
        static final ThreadWindow EMPTY = new ThreadWindow(0, 0, 0, 0, 0, 0);
    }

    /** Cumulative totals, in-flight wait or hold included. */
    record Totals(long heldNanos, long waitNanos, long acquisitions, long forcedDrops) {}
}
