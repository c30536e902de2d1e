package dev.gilspy.agent.jmx;

import java.beans.ConstructorProperties;

/**
 * One Python thread's GIL figures, as an MXBean composite value. Fractions are of wall time over
 * the last window; {@code ...Total} values are cumulative and monotonic.
 */
public final class ThreadGilStats {
    private final long ident;
    private final String name;
    private final String state;
    private final double held;
    private final double wait;
    private final double acquisitionsPerSecond;
    private final double avgWaitMillis;
    private final double p99WaitMillis;
    private final double maxHoldMillis;
    private final String function;
    private final String[] stack;
    private final double heldSecondsTotal;
    private final double waitSecondsTotal;
    private final long acquisitionsTotal;
    private final long forcedDropsTotal;
    private final double[] waitBucketBoundsMillis;
    private final long[] waitBucketCountsTotal;

    @ConstructorProperties({"ident", "name", "state", "held", "wait", "acquisitionsPerSecond", "avgWaitMillis",
            "p99WaitMillis", "maxHoldMillis", "function", "stack", "heldSecondsTotal", "waitSecondsTotal",
            "acquisitionsTotal", "forcedDropsTotal", "waitBucketBoundsMillis", "waitBucketCountsTotal"})
    public ThreadGilStats(long ident, String name, String state, double held, double wait,
                          double acquisitionsPerSecond, double avgWaitMillis, double p99WaitMillis,
                          double maxHoldMillis, String function, String[] stack, double heldSecondsTotal,
                          double waitSecondsTotal, long acquisitionsTotal, long forcedDropsTotal,
                          double[] waitBucketBoundsMillis, long[] waitBucketCountsTotal) {
        this.ident = ident;
        this.name = name;
        this.state = state;
        this.held = held;
        this.wait = wait;
        this.acquisitionsPerSecond = acquisitionsPerSecond;
        this.avgWaitMillis = avgWaitMillis;
        this.p99WaitMillis = p99WaitMillis;
        this.maxHoldMillis = maxHoldMillis;
        this.function = function;
        this.stack = stack;
        this.heldSecondsTotal = heldSecondsTotal;
        this.waitSecondsTotal = waitSecondsTotal;
        this.acquisitionsTotal = acquisitionsTotal;
        this.forcedDropsTotal = forcedDropsTotal;
        this.waitBucketBoundsMillis = waitBucketBoundsMillis.clone();
        this.waitBucketCountsTotal = waitBucketCountsTotal.clone();
    }

    /** {@code threading.get_ident()} of the thread. */
    public long getIdent() { return ident; }
    public String getName() { return name; }
    /** {@code HOLD}, {@code WAIT}, {@code IO}, {@code NATIVE} or {@code IDLE}. */
    public String getState() { return state; }
    public double getHeld() { return held; }
    public double getWait() { return wait; }
    public double getAcquisitionsPerSecond() { return acquisitionsPerSecond; }
    public double getAvgWaitMillis() { return avgWaitMillis; }
    public double getP99WaitMillis() { return p99WaitMillis; }
    public double getMaxHoldMillis() { return maxHoldMillis; }
    /** The innermost Python frame as {@code function (file:line)}, or empty. */
    public String getFunction() { return function; }
    /** The Python stack, innermost first, each {@code function (file:line)}. */
    public String[] getStack() { return stack.clone(); }
    public double getHeldSecondsTotal() { return heldSecondsTotal; }
    public double getWaitSecondsTotal() { return waitSecondsTotal; }
    public long getAcquisitionsTotal() { return acquisitionsTotal; }
    public long getForcedDropsTotal() { return forcedDropsTotal; }
    /** Upper bounds of the wait histogram's buckets in milliseconds; one more bucket takes the rest. */
    public double[] getWaitBucketBoundsMillis() { return waitBucketBoundsMillis.clone(); }
    /**
     * How many of this thread's GIL waits fell in each bucket since measuring began (one count per
     * acquisition, the exact wait of each): cumulative and monotonic, {@code bounds + 1} long.
     */
    public long[] getWaitBucketCountsTotal() { return waitBucketCountsTotal.clone(); }
}
