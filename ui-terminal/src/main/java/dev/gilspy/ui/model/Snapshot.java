package dev.gilspy.ui.model;

import java.util.List;

/**
 * Everything one frame of {@code top} shows, already derived: renderers only lay it out.
 *
 * @param sample     the raw MXBean read this frame came from (identity, percentiles, load averages)
 * @param held       fraction of the refresh during which some thread held the GIL
 * @param waiters    average number of waiting threads over the refresh
 * @param history    contention of past refreshes, oldest first, ending with this one
 */
public record Snapshot(int number, long takenAtMillis, TargetInfo target, GilSample sample,
                       double held, double contention, double waiters,
                       double switchesPerSecond, double forcedDropsPerSecond,
                       List<ThreadRow> rows, List<Double> history, Verdict verdict) {}
