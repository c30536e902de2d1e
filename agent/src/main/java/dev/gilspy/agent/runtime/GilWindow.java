package dev.gilspy.agent.runtime;

/** The metrics of DESIGN.md for one GIL over the last window, plus the load-average style means. */
public record GilWindow(double seconds, double held, double contention, double waiters, double knockRatio,
                        double switchesPerSecond, double forcedDropsPerSecond, double dropRequestsPerSecond,
                        double held1m, double held5m, double held15m,
                        double contention1m, double contention5m, double contention15m,
                        double waiters1m, double waiters5m, double waiters15m,
                        double waitP50Millis, double waitP99Millis, double waitMaxMillis,
                        double holdP50Millis, double holdP99Millis, double holdMaxMillis) {
    /** What {@code knockRatio} is when the knocker is off or has not knocked yet: never NaN, which JSON bridges refuse. */
    public static final double NO_KNOCK = -1;
    static final GilWindow EMPTY = new GilWindow(0, 0, 0, 0, NO_KNOCK, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0);
}
