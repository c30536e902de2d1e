package dev.gilspy.agent.jmx;

/**
 * Live statistics of one GIL, registered as a platform MXBean named
 * {@code dev.gilspy:type=Gil,interpreter=<id>} (see {@link GilspyNames#gil(int)}).
 *
 * <p>Vocabulary as in DESIGN.md: fractions are of wall time, 0..1. "Now" values cover the last
 * one-second window; {@code 1m/5m/15m} are exponentially weighted averages like the Unix load
 * average. Counters named {@code ...Total} are cumulative and monotonic, safe to scrape and to
 * difference. Each attribute's description and unit are in its MBean metadata.
 */
@Description("gilspy: live GIL statistics of one Python interpreter (fractions of wall time 0..1; ...Total counters are monotonic)")
public interface GilMXBean {
    String DOMAIN = GilspyNames.DOMAIN;

    /**
     * @deprecated use {@link GilspyNames#gil(int)}; kept for callers compiled against it, and
     *             not an MBean operation (see {@link DescribedMXBean})
     */
    @Deprecated
    static String objectName(int interpreterId) {
        return GilspyNames.gil(interpreterId);
    }

    // --- identity
    @Description("The interpreter's id (0 is the main interpreter)")
    int getInterpreterId();

    @Description("GIL mode: on (CPython 3.2+ algorithm), legacy (tick-based check interval) or off (free-threaded)")
    String getMode();

    @Description("How long a waiter waits before it asks the holder to drop the GIL (sys.getswitchinterval())")
    @Units("seconds")
    double getSwitchIntervalSeconds();

    @Description("Where SwitchIntervalSeconds comes from: sys.getswitchinterval() on gilspy; on GraalPy read from its release scheduler (AsyncHandler.GIL_RELEASE_DELAY), else measured from its forced releases")
    String getSwitchIntervalSource();

    @Description("Which target the agent instruments: gilspy or graalpy")
    String getTarget();

    @Description("Time since the agent started measuring this GIL")
    @Units("milliseconds")
    long getUptimeMillis();

    // --- now (last window)
    @Description("held: fraction of wall time some thread held the GIL, over the last second")
    @Units("fraction")
    double getHeld();

    @Description("contention: fraction of wall time at least one thread waited for the GIL, over the last second")
    @Units("fraction")
    double getContention();

    @Description("waiters: average number of threads waiting for the GIL (total wait / wall time), over the last second")
    @Units("threads")
    double getWaiters();

    @Description("knock ratio: gilknocker's probe wait / polling window over the last second; -1 when the knocker is off (knock=1ms turns it on)")
    @Units("fraction")
    double getKnockRatio();

    @Description("Holder changes per second, over the last second")
    @Units("1/s")
    double getSwitchesPerSecond();

    @Description("Drops per second that answered a waiter's drop request (forced switches), over the last second")
    @Units("1/s")
    double getForcedDropsPerSecond();

    @Description("Drop requests per second made by waiting threads after a full switch interval, over the last second")
    @Units("1/s")
    double getDropRequestsPerSecond();

    // --- load-average style
    @Description("held, exponentially weighted over 1 minute (like the load average)")
    @Units("fraction")
    double getHeld1m();

    @Description("held, exponentially weighted over 5 minutes")
    @Units("fraction")
    double getHeld5m();

    @Description("held, exponentially weighted over 15 minutes")
    @Units("fraction")
    double getHeld15m();

    @Description("contention, exponentially weighted over 1 minute")
    @Units("fraction")
    double getContention1m();

    @Description("contention, exponentially weighted over 5 minutes")
    @Units("fraction")
    double getContention5m();

    @Description("contention, exponentially weighted over 15 minutes")
    @Units("fraction")
    double getContention15m();

    @Description("waiters, exponentially weighted over 1 minute")
    @Units("threads")
    double getWaiters1m();

    @Description("waiters, exponentially weighted over 5 minutes")
    @Units("threads")
    double getWaiters5m();

    @Description("waiters, exponentially weighted over 15 minutes")
    @Units("threads")
    double getWaiters15m();

    // --- percentiles over the last minute, in milliseconds
    @Description("Median wait to take the GIL, over the last minute")
    @Units("milliseconds")
    double getWaitP50Millis();

    @Description("99th percentile wait to take the GIL, over the last minute")
    @Units("milliseconds")
    double getWaitP99Millis();

    @Description("Longest wait to take the GIL, over the last minute")
    @Units("milliseconds")
    double getWaitMaxMillis();

    @Description("Median time a thread held the GIL from take to drop, over the last minute")
    @Units("milliseconds")
    double getHoldP50Millis();

    @Description("99th percentile time a thread held the GIL, over the last minute")
    @Units("milliseconds")
    double getHoldP99Millis();

    @Description("Longest time a thread held the GIL, over the last minute")
    @Units("milliseconds")
    double getHoldMaxMillis();

    // --- the current holder
    @Description("The thread name of the GIL's holder now, or empty when nobody holds it")
    String getHolderThread();

    @Description("The holder's innermost Python frame as 'function (file:line)', or empty")
    String getHolderFunction();

    // --- cumulative, monotonic counters
    @Description("Time during which some thread held the GIL, since measuring began (monotonic)")
    @Units("seconds")
    double getHeldSecondsTotal();

    @Description("Sum over all threads of the time spent waiting for the GIL, since measuring began (monotonic)")
    @Units("seconds")
    double getWaitSecondsTotal();

    @Description("GIL takes since measuring began (monotonic)")
    @Units("count")
    long getAcquisitionsTotal();

    @Description("Holder changes since measuring began (monotonic)")
    @Units("count")
    long getSwitchesTotal();

    @Description("Drops that answered a waiter's drop request, since measuring began (monotonic)")
    @Units("count")
    long getForcedDropsTotal();

    @Description("Drop requests made by waiting threads, since measuring began (monotonic; the knocker's are not counted)")
    @Units("count")
    long getDropRequestsTotal();

    @Description("Time during which at least one thread waited, since measuring began: difference it against WallSecondsTotal")
    @Units("seconds")
    double getContendedSecondsTotal();

    @Description("Wall time since the agent started measuring this GIL, on the same clock as the other totals")
    @Units("seconds")
    double getWallSecondsTotal();

    @Description("The knocker's total wait to take the GIL (0 when the knocker is off)")
    @Units("seconds")
    double getKnockWaitSecondsTotal();

    @Description("The time the knocker has been knocking: KnockWaitSecondsTotal / this is the knock ratio")
    @Units("seconds")
    double getKnockSecondsTotal();

    @Description("gilknocker's own figure: the knock ratio of the last complete sampling window; -1 before one or when off")
    @Units("fraction")
    double getKnockRatioLastWindow();

    @Description("One row per live Python thread of this interpreter: state, stack, fractions of the last second, totals")
    ThreadGilStats[] getThreads();

    @Description("Clears windows, histograms and averages (never the monotonic counters)")
    void resetWindows();
}
