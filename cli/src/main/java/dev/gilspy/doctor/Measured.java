package dev.gilspy.doctor;

import java.util.BitSet;
import java.util.List;

import dev.gilspy.report.GilEvent;

/**
 * What the doctor reads from one recording: the report readers' events, plus the two things they
 * leave out and the doctor needs: whether each hold ended in a forced drop, and the periodic
 * {@code gilspy.GilStats} (mode and switch interval).
 *
 * @param source      a name for the recording (the file or the script)
 * @param events      waits, holds, samples and drop requests in file order
 * @param forcedHolds bit {@code i} set when the {@code i}-th HOLD event ended in a forced drop
 * @param stats       the periodic statistics, oldest first (may be empty)
 */
public record Measured(String source, List<GilEvent> events, BitSet forcedHolds, List<StatsPoint> stats) {

    /** One {@code gilspy.GilStats} event. */
    public record StatsPoint(long time, String mode, long intervalNanos, double held, double contention,
                             double switchesPerSecond, double forcedDropsPerSecond) {}
}
