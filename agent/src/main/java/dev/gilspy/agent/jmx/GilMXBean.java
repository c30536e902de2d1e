package dev.gilspy.agent.jmx;

/**
 * Live statistics of one GIL, registered as a platform MXBean named
 * {@code dev.gilspy:type=Gil,interpreter=<id>} (see {@link #objectName(int)}).
 *
 * <p>Vocabulary as in DESIGN.md: fractions are of wall time, 0..1. "Now" values cover the last
 * one-second window; {@code 1m/5m/15m} are exponentially weighted averages like the Unix load
 * average. Counters named {@code ...Total} are cumulative and monotonic, safe to scrape and to
 * difference.
 */
public interface GilMXBean {
    String DOMAIN = "dev.gilspy";

    static String objectName(int interpreterId) {
        return DOMAIN + ":type=Gil,interpreter=" + interpreterId;
    }

    // --- identity
    int getInterpreterId();
    /** {@code on}, {@code legacy} or {@code off}. */
    String getMode();
    double getSwitchIntervalSeconds();
    /** Which target descriptor the agent instruments: {@code gilspy} or {@code graalpy}. */
    String getTarget();
    /** Milliseconds since the agent started measuring this GIL. */
    long getUptimeMillis();

    // --- now (last window)
    double getHeld();
    double getContention();
    double getWaiters();
    /** The knocker's estimate, 0..1, or -1 when the knocker is off (the default) or cannot knock this target. */
    double getKnockRatio();
    double getSwitchesPerSecond();
    double getForcedDropsPerSecond();
    double getDropRequestsPerSecond();

    // --- load-average style
    double getHeld1m();
    double getHeld5m();
    double getHeld15m();
    double getContention1m();
    double getContention5m();
    double getContention15m();
    double getWaiters1m();
    double getWaiters5m();
    double getWaiters15m();

    // --- percentiles over the last minute, in milliseconds
    double getWaitP50Millis();
    double getWaitP99Millis();
    double getWaitMaxMillis();
    double getHoldP50Millis();
    double getHoldP99Millis();
    double getHoldMaxMillis();

    // --- the current holder
    /** The holder's thread name, or empty when nobody holds the GIL. */
    String getHolderThread();
    /** The holder's innermost Python frame as {@code function (file:line)}, or empty. */
    String getHolderFunction();

    // --- cumulative, monotonic counters
    double getHeldSecondsTotal();
    double getWaitSecondsTotal();
    long getAcquisitionsTotal();
    long getSwitchesTotal();
    long getForcedDropsTotal();
    long getDropRequestsTotal();
    /** Seconds during which at least one thread waited: difference it against {@link #getWallSecondsTotal()}. */
    double getContendedSecondsTotal();
    /** Seconds since the agent started measuring this GIL, on the same clock as the other totals. */
    double getWallSecondsTotal();
    /** The knocker's total wait, and the time it has been knocking: their ratio is the knock ratio. */
    double getKnockWaitSecondsTotal();
    double getKnockSecondsTotal();
    /** gilknocker's figure: the knock ratio of the last complete sampling window, -1 before one or when off. */
    double getKnockRatioLastWindow();

    /** One entry per live Python thread of this interpreter. */
    ThreadGilStats[] getThreads();

    /** Clears windows, histograms and averages (never the monotonic counters). */
    void resetWindows();
}
