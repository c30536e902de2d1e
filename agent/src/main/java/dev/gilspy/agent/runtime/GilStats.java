package dev.gilspy.agent.runtime;

import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Exact accounting for one GIL.
 *
 * <p>Every transition (a thread starts or stops waiting, starts or stops holding) happens under
 * this object's monitor with a timestamp clamped to be no earlier than the previous one. Between
 * two transitions the waiter and holder counts are constant, so integrating them gives Σ wait
 * (waiters), the time with at least one waiter (contention) and the time with a holder (held)
 * exactly, in-flight waits and holds included, and every counter is monotonic.
 *
 * <p>The monitor is nearly uncontended: take-exit and drop-enter run on the GIL holder, which
 * the GIL itself serialises; only take-enter of a new waiter can meet them.
 */
final class GilStats {
    static final long MAX_MICROS = 3_600_000_000L;
    private static final int RING_SLOTS = 12;
    private static final int SECONDS_PER_SLOT = 5;

    final Object gil;
    final int interpreterId;
    final long startNanos;
    final ConcurrentHashMap<Object, ThreadRecord> threads = new ConcurrentHashMap<>();

    // Guarded by this.
    private long lastT;
    private int waiters;
    private int holders;
    private long waitArea;
    private long contended;
    private long held;
    private long acquisitions;
    private long switches;
    private long forcedDrops;
    private long dropRequests;
    private ThreadRecord lastHolder;
    /**
     * Upper bounds of the cumulative wait and hold histograms that the metrics endpoint exports,
     * around the 5 ms switch interval; a last bucket takes the rest (+Inf).
     */
    static final long[] BUCKET_NANOS = {50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000,
            7_500_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000, 1_000_000_000,
            2_500_000_000L, 10_000_000_000L};
    private final long[] waitBuckets = new long[BUCKET_NANOS.length + 1];
    private final long[] holdBuckets = new long[BUCKET_NANOS.length + 1];
    private long waitSum;
    private long holdSum;
    private IntCountsHistogram windowWaits = histogram();
    private IntCountsHistogram windowHolds = histogram();

    // Written by the knocker thread only.
    volatile long knockWait;
    volatile long knockTime;
    /** The knock ratio of the last complete sampling window (gilknocker's own figure), -1 before one. */
    volatile double knockWindowRatio = GilWindow.NO_KNOCK;

    // Guarded by ringLock: the ticker and resetWindows. Each histogram is 7 KB (13 KB at most, see
    // histogram()): a slot is made when first used (one every 5 s) and the window's and the minute's
    // are reused, not made every tick, so a new GIL's first event (on an application thread) allocates
    // 2 histograms, not 26, and the young collections that follow copy a few KB until it is tenured.
    private final Object ringLock = new Object();
    private final IntCountsHistogram[] waitRing = new IntCountsHistogram[RING_SLOTS];
    private final IntCountsHistogram[] holdRing = new IntCountsHistogram[RING_SLOTS];
    private IntCountsHistogram spareWaits;
    private IntCountsHistogram spareHolds;
    private IntCountsHistogram minuteWaits;
    private IntCountsHistogram minuteHolds;
    private long ticks;
    private Counters previous;
    private final Ewma held1 = new Ewma(60), held5 = new Ewma(300), held15 = new Ewma(900);
    private final Ewma cont1 = new Ewma(60), cont5 = new Ewma(300), cont15 = new Ewma(900);
    private final Ewma wait1 = new Ewma(60), wait5 = new Ewma(300), wait15 = new Ewma(900);
    volatile GilWindow window = GilWindow.EMPTY;

    GilStats(Object gil, int interpreterId, long now) {
        this.gil = gil;
        this.interpreterId = interpreterId;
        this.startNanos = now;
        this.lastT = now;
        this.previous = new Counters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** What a histogram covers before it first grows: waits and holds up to a second need no resize. */
    static final long PRESIZED_MICROS = 1_000_000;

    /**
     * A histogram of 1 µs to a second at 2 digits (7 KB) that grows when a longer value comes, up
     * to {@link #MAX_MICROS} (13 KB, the size every histogram had before). Made at 13 KB up front,
     * the dozen histograms made when measuring starts (this GIL's, one per thread, the first ring
     * slot and the minute's) survived every young collection and were copied between the survivor
     * spaces 15 times before they were tenured (agent/README.md). A resize happens under the same
     * lock as every other use of the histogram. Why not smaller and grown on demand: the growth is
     * HdrHistogram's catch of an index out of bounds in {@code recordValue}, which in C2's code of a
     * hook whose profile never saw one is an uncommon trap (a deoptimization); at a second, the
     * waits and holds of a contended program (the switch interval, 5 ms) never reach it.
     */
    static IntCountsHistogram histogram() {
        IntCountsHistogram h = new IntCountsHistogram(1, PRESIZED_MICROS, 2);
        h.setAutoResize(true);
        return h;
    }

    /** Ring slot {@code i}, made on first use. */
    private static IntCountsHistogram slot(IntCountsHistogram[] ring, int i) {
        IntCountsHistogram h = ring[i];
        if (h == null) {
            h = histogram();
            ring[i] = h;
        }
        return h;
    }

    /**
     * The record of thread state {@code ts}, made on its first event. Not {@code computeIfAbsent}
     * with a lambda: the lambda would be spun on the application thread of the first event.
     */
    ThreadRecord record(Object ts) {
        ThreadRecord r = threads.get(ts);
        if (r != null) {
            return r;
        }
        ThreadRecord made = new ThreadRecord(ts, this);
        ThreadRecord raced = threads.putIfAbsent(ts, made);
        return raced != null ? raced : made;
    }

    private long advance(long t) {
        if (t < lastT) {
            t = lastT;
        }
        long dt = t - lastT;
        if (waiters > 0) {
            contended += dt;
            waitArea += waiters * dt;
        }
        if (holders > 0) {
            held += dt;
        }
        lastT = t;
        return t;
    }

    synchronized void takeBegin(ThreadRecord r, long t) {
        t = advance(t);
        if (!r.waiting) {
            r.waiting = true;
            r.waitFromDrop = false;
            r.waitStart = t;
            r.waitStartExact = t;
            waiters++;
        }
    }

    synchronized void takeEnd(ThreadRecord r, long t0, long t1, boolean acquired) {
        long t = advance(t1);
        if (r.waiting) {
            r.waiting = false;
            waiters--;
            r.waitNanos += t - r.waitStart;
        }
        if (!acquired) {
            return;
        }
        long exactWait = Math.max(0, t1 - t0) + r.handoffNanos;
        r.handoffNanos = 0;
        windowWaits.recordValue(Math.min(MAX_MICROS, exactWait / 1000));
        waitBuckets[bucket(exactWait)]++;
        waitSum += exactWait;
        long waitMicros = Math.min(MAX_MICROS, exactWait / 1000);
        r.windowWaits.recordValue(waitMicros);
        r.windowWaitMicros += waitMicros;
        r.waitBuckets[bucket(exactWait)]++;
        if (!r.holding) {
            r.holding = true;
            holders++;
        }
        r.holdStart = t;
        r.holdStartExact = t1;
        acquisitions++;
        r.acquisitions++;
        if (lastHolder != r) {
            lastHolder = r;
            switches++;
        }
    }

    /**
     * A hold ends. When a drop request is pending the drop is a forced switch, and the thread
     * counts as waiting until the drop returns: like CPython's eval breaker handler, it blocks in
     * drop until another thread has taken the GIL, then takes it straight back. Counting only its
     * time inside take would hide that hand-off, which a loaded machine stretches to
     * milliseconds, and two CPU-bound threads would not look contended. The wait ends when the
     * drop returns, so a thread that exits after a forced drop is never left waiting.
     */
    synchronized void dropBegin(ThreadRecord r, long t0, boolean forcedLikely) {
        long t = advance(t0);
        forcedLikely &= !r.onlyProbeRequested();
        if (forcedLikely && !r.waiting) {
            r.waiting = true;
            r.waitFromDrop = true;
            r.waitStart = t;
            r.waitStartExact = t0;
            waiters++;
        }
        if (!r.holding) {
            return; // it took the GIL before the agent started measuring
        }
        r.holding = false;
        holders--;
        r.heldNanos += t - r.holdStart;
        long exactHold = Math.max(0, t0 - r.holdStartExact);
        windowHolds.recordValue(Math.min(MAX_MICROS, exactHold / 1000));
        holdBuckets[bucket(exactHold)]++;
        holdSum += exactHold;
        if (exactHold > r.windowMaxHold) {
            r.windowMaxHold = exactHold;
        }
    }

    synchronized void dropEnd(ThreadRecord r, boolean forced) {
        forced &= !r.onlyProbeRequested();
        r.probeRequest = false;
        r.programRequest = false;
        if (r.waiting && r.waitFromDrop) {
            long t1 = System.nanoTime(); // only here: the common voluntary drop needs no clock read
            long t = advance(t1);
            r.waiting = false;
            r.waitFromDrop = false;
            waiters--;
            r.waitNanos += t - r.waitStart;
            r.handoffNanos = forced ? Math.max(0, t1 - r.waitStartExact) : 0;
        }
        if (forced) {
            forcedDrops++;
            r.forcedDrops++;
        }
    }

    /** A program thread asked {@code holder} (null when unknown) to drop. */
    synchronized void dropRequested(ThreadRecord holder) {
        dropRequests++;
        if (holder != null) {
            holder.programRequest = true;
        }
    }

    /**
     * The knocker's probe asked {@code holder} to drop: no drop request of the program, and the
     * drop that answers it alone is neither a forced drop nor a hand-off wait of the program.
     */
    synchronized void probeRequested(ThreadRecord holder) {
        if (holder != null) {
            holder.probeRequest = true;
        }
    }

    /** Seeds a thread that already holds the GIL when measuring starts. */
    synchronized void seedHolder(ThreadRecord r, long t) {
        t = advance(t);
        if (!r.holding) {
            r.holding = true;
            r.holdStart = t;
            r.holdStartExact = t;
            holders++;
            lastHolder = r;
        }
    }

    static int bucket(long nanos) {
        for (int i = 0; i < BUCKET_NANOS.length; i++) {
            if (nanos <= BUCKET_NANOS[i]) {
                return i;
            }
        }
        return BUCKET_NANOS.length;
    }

    /** Cumulative histograms of every wait and every hold since measuring began: per-bucket counts, sums in nanoseconds. */
    record Histograms(long[] waitCounts, long waitSumNanos, long[] holdCounts, long holdSumNanos) {}

    /** One thread's cumulative wait counts, in {@link #BUCKET_NANOS}' buckets. */
    synchronized long[] waitCounts(ThreadRecord r) {
        return r.waitBuckets.clone();
    }

    synchronized Histograms histograms() {
        return new Histograms(waitBuckets.clone(), waitSum, holdBuckets.clone(), holdSum);
    }

    ThreadRecord lastHolder() {
        return lastHolder; // racy read: only used for a label in a JFR event
    }

    synchronized Counters counters(long now) {
        advance(now);
        return new Counters(lastT - startNanos, held, waitArea, contended, acquisitions, switches, forcedDrops,
                dropRequests, knockWait, knockTime);
    }

    synchronized ThreadRecord.Totals totals(ThreadRecord r, long now) {
        advance(now);
        long h = r.heldNanos + (r.holding ? lastT - r.holdStart : 0);
        long w = r.waitNanos + (r.waiting ? lastT - r.waitStart : 0);
        return new ThreadRecord.Totals(h, w, r.acquisitions, r.forcedDrops);
    }

    /** Closes the current window: called by the ticker about once a second. */
    void tick(long now) {
        synchronized (ringLock) {
            tickLocked(now);
        }
    }

    private void tickLocked(long now) {
        Counters c;
        IntCountsHistogram waits;
        IntCountsHistogram holds;
        IntCountsHistogram freshWaits = spareWaits != null ? spareWaits : histogram();
        IntCountsHistogram freshHolds = spareHolds != null ? spareHolds : histogram();
        synchronized (this) {
            c = counters(now);
            waits = windowWaits;
            holds = windowHolds;
            windowWaits = freshWaits;
            windowHolds = freshHolds;
        }
        spareWaits = null;
        spareHolds = null;
        Counters p = previous;
        previous = c;
        double wall = (c.wall() - p.wall()) / 1e9;
        if (wall <= 0) {
            return;
        }
        tickThreads(now, wall);
        int slot = (int) ((ticks++ / SECONDS_PER_SLOT) % RING_SLOTS);
        if (ticks > 1 && (ticks - 1) % SECONDS_PER_SLOT == 0) {
            resetIfAny(waitRing[slot]);
            resetIfAny(holdRing[slot]);
        }
        addIfAny(slot(waitRing, slot), waits);
        addIfAny(slot(holdRing, slot), holds);
        spareWaits = resetIfAny(waits);
        spareHolds = resetIfAny(holds);
        IntCountsHistogram minuteWaits = this.minuteWaits != null ? resetIfAny(this.minuteWaits) : histogram();
        IntCountsHistogram minuteHolds = this.minuteHolds != null ? resetIfAny(this.minuteHolds) : histogram();
        this.minuteWaits = minuteWaits;
        this.minuteHolds = minuteHolds;
        for (int i = 0; i < RING_SLOTS; i++) {
            addIfAny(minuteWaits, waitRing[i]);
            addIfAny(minuteHolds, holdRing[i]);
        }
        double heldNow = Math.min(1, (c.held() - p.held()) / 1e9 / wall);
        double contentionNow = Math.min(1, (c.contended() - p.contended()) / 1e9 / wall);
        double waitersNow = (c.waitArea() - p.waitArea()) / 1e9 / wall;
        long knockSpan = c.knockTime() - p.knockTime();
        double knock = knockSpan > 0 ? Math.min(1, (double) (c.knockWait() - p.knockWait()) / knockSpan) : GilWindow.NO_KNOCK;
        update(wall, heldNow, held1, held5, held15);
        update(wall, contentionNow, cont1, cont5, cont15);
        update(wall, waitersNow, wait1, wait5, wait15);
        window = new GilWindow(wall, heldNow, contentionNow, waitersNow, knock,
                (c.switches() - p.switches()) / wall, (c.forcedDrops() - p.forcedDrops()) / wall,
                (c.dropRequests() - p.dropRequests()) / wall,
                held1.value(), held5.value(), held15.value(), cont1.value(), cont5.value(), cont15.value(),
                wait1.value(), wait5.value(), wait15.value(),
                percentileMillis(minuteWaits, 50), percentileMillis(minuteWaits, 99),
                millis(minuteWaits.getMaxValue()), percentileMillis(minuteHolds, 50),
                percentileMillis(minuteHolds, 99), millis(minuteHolds.getMaxValue()));
    }

    /**
     * {@code into.add(h)} unless {@code h} is empty: an add walks all the counts of the
     * histogram even when they are zeros, and most of the ring is empty in a JVM's first minute
     * (the ticker's first ticks were 5-10 ms of CPU, mostly this, and C1/C2 compiling it).
     */
    private static void addIfAny(IntCountsHistogram into, IntCountsHistogram h) {
        if (h != null && h.getTotalCount() != 0) {
            into.add(h);
        }
    }

    /** {@code h} reset, without walking its counts when it is empty (or absent); returns {@code h}. */
    private static IntCountsHistogram resetIfAny(IntCountsHistogram h) {
        if (h != null && h.getTotalCount() != 0) {
            h.reset();
        }
        return h;
    }

    private void tickThreads(long now, double wall) {
        for (ThreadRecord r : threads.values()) {
            ThreadRecord.Totals t;
            double avgWait;
            double p99;
            double maxHold;
            synchronized (this) {
                t = totals(r, now);
                long n = r.windowWaits.getTotalCount();
                avgWait = n == 0 ? 0 : (double) r.windowWaitMicros / n / 1000;
                p99 = percentileMillis(r.windowWaits, 99);
                maxHold = Math.max(r.windowMaxHold, r.holding ? lastT - r.holdStart : 0) / 1e6;
                resetIfAny(r.windowWaits);
                r.windowWaitMicros = 0;
                r.windowMaxHold = 0;
            }
            r.window = new ThreadRecord.ThreadWindow(
                    Math.min(1, (t.heldNanos() - r.prevHeld) / 1e9 / wall),
                    Math.min(1, (t.waitNanos() - r.prevWait) / 1e9 / wall),
                    (t.acquisitions() - r.prevAcquisitions) / wall, avgWait, p99, maxHold);
            r.prevHeld = t.heldNanos();
            r.prevWait = t.waitNanos();
            r.prevAcquisitions = t.acquisitions();
        }
    }

    private static void update(double wall, double v, Ewma a, Ewma b, Ewma c) {
        a.update(v, wall);
        b.update(v, wall);
        c.update(v, wall);
    }

    /** A percentile in ms; 0 for an empty histogram without walking its counts (which HdrHistogram does). */
    private static double percentileMillis(IntCountsHistogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : millis(h.getValueAtPercentile(percentile));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }

    /** Clears windows, histograms and averages; never the monotonic counters. */
    void resetWindows() {
        synchronized (ringLock) {
            resetLocked();
        }
    }

    private void resetLocked() {
        for (int i = 0; i < RING_SLOTS; i++) {
            resetIfAny(waitRing[i]);
            resetIfAny(holdRing[i]);
        }
        for (Ewma e : new Ewma[] {held1, held5, held15, cont1, cont5, cont15, wait1, wait5, wait15}) {
            e.reset();
        }
        window = GilWindow.EMPTY;
    }
}
