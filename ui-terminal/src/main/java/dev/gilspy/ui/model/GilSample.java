package dev.gilspy.ui.model;

import java.util.List;

/**
 * One read of a GIL's MXBean ({@code dev.gilspy:type=Gil,interpreter=N}), attribute for attribute.
 * {@link TopModel} turns consecutive samples into a {@link Snapshot} with rates over the refresh.
 * {@code contendedSecondsTotal} and {@code wallSecondsTotal} are NaN when the agent does not
 * publish them; the rates then fall back to the agent's uptime and its one-second window.
 * {@code target} ({@code gilspy}, {@code graalpy}) and {@code switchIntervalSource} are empty when the
 * agent does not publish them.
 */
public record GilSample(int interpreterId, String mode, double switchIntervalSeconds, long uptimeMillis,
                        double held, double contention, double waiters, double knockRatio,
                        double switchesPerSecond, double forcedDropsPerSecond, double dropRequestsPerSecond,
                        double contention1m, double contention5m, double contention15m,
                        double waitP50Millis, double waitP99Millis, double waitMaxMillis,
                        double holdP99Millis, double holdMaxMillis,
                        String holderThread, String holderFunction,
                        double heldSecondsTotal, double waitSecondsTotal, long acquisitionsTotal,
                        long switchesTotal, long forcedDropsTotal,
                        double contendedSecondsTotal, double wallSecondsTotal,
                        List<ThreadSample> threads, String target, String switchIntervalSource) {
    public GilSample(int interpreterId, String mode, double switchIntervalSeconds, long uptimeMillis,
                     double held, double contention, double waiters, double knockRatio,
                     double switchesPerSecond, double forcedDropsPerSecond, double dropRequestsPerSecond,
                     double contention1m, double contention5m, double contention15m,
                     double waitP50Millis, double waitP99Millis, double waitMaxMillis,
                     double holdP99Millis, double holdMaxMillis,
                     String holderThread, String holderFunction,
                     double heldSecondsTotal, double waitSecondsTotal, long acquisitionsTotal,
                     long switchesTotal, long forcedDropsTotal,
                     double contendedSecondsTotal, double wallSecondsTotal,
                     List<ThreadSample> threads) {
        this(interpreterId, mode, switchIntervalSeconds, uptimeMillis, held, contention, waiters, knockRatio,
                switchesPerSecond, forcedDropsPerSecond, dropRequestsPerSecond, contention1m, contention5m, contention15m,
                waitP50Millis, waitP99Millis, waitMaxMillis, holdP99Millis, holdMaxMillis, holderThread, holderFunction,
                heldSecondsTotal, waitSecondsTotal, acquisitionsTotal, switchesTotal, forcedDropsTotal,
                contendedSecondsTotal, wallSecondsTotal, threads, "", "");
    }

    public GilSample {
        target = target == null ? "" : target;
        switchIntervalSource = switchIntervalSource == null ? "" : switchIntervalSource;
        mode = mode == null ? "?" : mode;
        holderThread = holderThread == null ? "" : holderThread;
        holderFunction = holderFunction == null ? "" : holderFunction;
        threads = threads == null ? List.of() : List.copyOf(threads);
    }

    /** Whether the target is GraalPy, whose GIL has its own remedies. */
    public boolean graalPy() { return "graalpy".equals(target); }
}
