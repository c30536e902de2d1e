package dev.gilspy.ui.model;

import java.util.List;

/**
 * One Python thread as read from the MXBean ({@code ThreadGilStats}), before any derivation.
 * Fractions are of wall time; {@code ...Total} values are cumulative and monotonic.
 */
public record ThreadSample(long ident, String name, ThreadStatus status, double held, double waiting,
                           double acquisitionsPerSecond, double avgWaitMillis, double p99WaitMillis,
                           double maxHoldMillis, String function, List<String> stack,
                           double heldSecondsTotal, double waitSecondsTotal, long acquisitionsTotal,
                           long forcedDropsTotal) {
    public ThreadSample {
        name = name == null ? "" : name;
        function = function == null ? "" : function;
        stack = stack == null ? List.of() : List.copyOf(stack);
    }
}
