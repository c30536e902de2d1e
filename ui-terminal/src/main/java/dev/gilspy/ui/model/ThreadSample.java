package dev.gilspy.ui.model;

import java.util.List;

/**
 * One Python thread as read from the MXBean ({@code ThreadGilStats}), before any derivation.
 * Fractions are of wall time; {@code ...Total} values and the wait histogram's counts are cumulative
 * and monotonic ({@link WaitHistogram#empty()} from an agent that does not count waits per thread).
 */
public record ThreadSample(long ident, String name, ThreadStatus status, double held, double waiting,
                           double acquisitionsPerSecond, double avgWaitMillis, double p99WaitMillis,
                           double maxHoldMillis, String function, List<String> stack,
                           double heldSecondsTotal, double waitSecondsTotal, long acquisitionsTotal,
                           long forcedDropsTotal, WaitHistogram waitHistogram) {
    public ThreadSample {
        waitHistogram = waitHistogram == null ? WaitHistogram.empty() : waitHistogram;
        name = name == null ? "" : name;
        function = function == null ? "" : function;
        stack = stack == null ? List.of() : List.copyOf(stack);
    }
}
