package dev.gilspy.ui.model;

import java.util.Arrays;

/**
 * How long one thread waits per GIL acquisition, in power-of-two buckets from under 0.1 ms to
 * over 100 ms. The MXBean exposes no per-thread histogram, so each refresh adds its mean wait per
 * acquisition (Δwait / Δacquisitions), weighted by the acquisitions it covers: a coarse but honest
 * picture of where this thread's waits fall over the session. Immutable.
 */
public final class WaitHistogram {
    /** Upper bounds in milliseconds; the last bucket is open-ended. */
    private static final double[] BOUNDS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
    private static final WaitHistogram EMPTY = new WaitHistogram(new long[BOUNDS.length + 1]);

    private final long[] counts;

    private WaitHistogram(long[] counts) {
        this.counts = counts;
    }

    public static WaitHistogram empty() {
        return EMPTY;
    }

    public WaitHistogram plus(double meanWaitMillis, long acquisitions) {
        if (acquisitions <= 0 || Double.isNaN(meanWaitMillis)) {
            return this;
        }
        long[] next = counts.clone();
        next[bucketOf(meanWaitMillis)] += acquisitions;
        return new WaitHistogram(next);
    }

    static int bucketOf(double ms) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (ms < BOUNDS[i]) {
                return i;
            }
        }
        return BOUNDS.length;
    }

    public int buckets() {
        return counts.length;
    }

    public long count(int bucket) {
        return counts[bucket];
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** {@code < 0.1ms}, {@code 0.1-0.2ms}, ..., {@code >= 100ms}. */
    public String label(int bucket) {
        if (bucket == 0) {
            return "< " + trim(BOUNDS[0]) + "ms";
        }
        if (bucket == BOUNDS.length) {
            return ">= " + trim(BOUNDS[BOUNDS.length - 1]) + "ms";
        }
        return trim(BOUNDS[bucket - 1]) + "-" + trim(BOUNDS[bucket]) + "ms";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
