package dev.gilspy.agent.runtime;

/**
 * A consistent snapshot of one GIL's cumulative counters, in nanoseconds of the GIL's own
 * monotonic clock; {@code wall} is the time since measuring began.
 *
 * @param held      time during which some thread held the GIL
 * @param waitArea  Σ wait time over all threads (the integral of the waiter count)
 * @param contended time during which at least one thread waited
 * @param knockWait the knocker's total wait, {@code knockTime} the time it has been knocking
 */
public record Counters(long wall, long held, long waitArea, long contended, long acquisitions, long switches,
                       long forcedDrops, long dropRequests, long knockWait, long knockTime) {
}
