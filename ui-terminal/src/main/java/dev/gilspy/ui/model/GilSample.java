package dev.gilspy.ui.model;

import java.util.List;

/**
 * One read of a GIL's MXBean ({@code dev.gilspy:type=Gil,interpreter=N}), attribute for attribute.
 * {@link TopModel} turns consecutive samples into a {@link Snapshot} with rates over the refresh.
 * {@code contendedSecondsTotal} and {@code wallSecondsTotal} are NaN when the agent does not
 * publish them; the rates then fall back to the agent's uptime and its one-second window.
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
                        List<ThreadSample> threads) {
    public GilSample {
        mode = mode == null ? "?" : mode;
        holderThread = holderThread == null ? "" : holderThread;
        holderFunction = holderFunction == null ? "" : holderFunction;
        threads = threads == null ? List.of() : List.copyOf(threads);
    }
}
