package dev.gilspy.ui.model;

import java.util.Arrays;

/**
 * How long one thread waited per GIL acquisition: counts of waits in buckets with upper bounds in
 * milliseconds, the last bucket open-ended. From an agent that counts each wait ({@link #of}, the
 * {@code waitBucketCountsTotal} of a thread's MXBean row) it is the real distribution of individual
 * waits; {@link #minus} turns the agent's cumulative counts into the waits since top attached. From an
 * older agent without those counts, {@link #plus} adds each refresh's mean wait per acquisition,
 * weighted by its acquisitions: coarse, and {@link #exact()} says so. Immutable.
 */
public final class WaitHistogram {
    /** The coarse buckets of {@link #plus}: upper bounds in milliseconds. */
    private static final double[] MEAN_BOUNDS = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
    private static final WaitHistogram EMPTY = new WaitHistogram(MEAN_BOUNDS, new long[MEAN_BOUNDS.length + 1], false);

    private final double[] bounds;
    private final long[] counts;
    private final boolean exact;

    private WaitHistogram(double[] bounds, long[] counts, boolean exact) {
        this.bounds = bounds;
        this.counts = counts;
        this.exact = exact;
    }

    public static WaitHistogram empty() {
        return EMPTY;
    }

    /**
     * The agent's counts of individual waits; {@link #empty()} when they are missing or do not fit the
     * bounds (an older agent, a foreign MXBean).
     */
    public static WaitHistogram of(double[] boundsMillis, long[] counts) {
        if (boundsMillis == null || counts == null || counts.length != boundsMillis.length + 1) {
            return EMPTY;
        }
        return new WaitHistogram(boundsMillis.clone(), counts.clone(), true);
    }

    /** Whether the counts are of individual waits (from the agent), not of refresh means. */
    public boolean exact() {
        return exact;
    }

    /**
     * The waits counted here but not in {@code earlier} (the same thread's counts at an earlier
     * refresh); this histogram itself when the two are not comparable (another agent, a reset).
     */
    public WaitHistogram minus(WaitHistogram earlier) {
        if (!exact || !earlier.exact || !Arrays.equals(bounds, earlier.bounds)) {
            return this;
        }
        long[] d = new long[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i] - earlier.counts[i];
            if (d[i] < 0) {
                return this;
            }
        }
        return new WaitHistogram(bounds, d, true);
    }

    public WaitHistogram plus(double meanWaitMillis, long acquisitions) {
        if (exact || acquisitions <= 0 || Double.isNaN(meanWaitMillis)) {
            return this;
        }
        long[] next = counts.clone();
        next[bucketOf(bounds, meanWaitMillis)] += acquisitions;
        return new WaitHistogram(bounds, next, false);
    }

    static int bucketOf(double[] bounds, double ms) {
        for (int i = 0; i < bounds.length; i++) {
            if (ms < bounds[i]) {
                return i;
            }
        }
        return bounds.length;
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

    /** The first and last bucket holding a count, for a view that shows only the used range; -1 when empty. */
    public int firstUsed() {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    public int lastUsed() {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code < 0.05ms}, {@code 0.05-0.1ms}, ..., {@code 1-2.5s}, {@code >= 10s}. */
    public String label(int bucket) {
        if (bucket == 0) {
            return "< " + duration(bounds[0]);
        }
        if (bucket == bounds.length) {
            return ">= " + duration(bounds[bounds.length - 1]);
        }
        double lo = bounds[bucket - 1];
        double hi = bounds[bucket];
        return lo >= 1000 || hi < 1000 ? trim(lo >= 1000 ? lo / 1000 : lo) + "-" + duration(hi)
                : duration(lo) + "-" + duration(hi);
    }

    private static String duration(double ms) {
        return ms >= 1000 ? trim(ms / 1000) + "s" : trim(ms) + "ms";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
