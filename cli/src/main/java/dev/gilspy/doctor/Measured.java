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
 * @param cpu         the JDK's periodic {@code jdk.CPULoad}, oldest first (empty when the recording has none)
 * @param cpus        the machine's hardware threads ({@code jdk.CPUInformation}), 0 when unknown
 */
public record Measured(String source, List<GilEvent> events, BitSet forcedHolds, List<StatsPoint> stats,
                       List<CpuPoint> cpu, int cpus) {

    public Measured(String source, List<GilEvent> events, BitSet forcedHolds, List<StatsPoint> stats) {
        this(source, events, forcedHolds, stats, List.of(), 0);
    }

    /**
     * One {@code jdk.CPULoad}: over the second before {@code time}, the share of all the machine's CPUs
     * that the recorded JVM used ({@code jvm}, user + system) and that everything used ({@code machine}).
     */
    public record CpuPoint(long time, double jvm, double machine) {}

    /** The events that start at or after {@code time} (drop requests included), and the stats from then on. */
    public Measured from(long time) {
        List<GilEvent> kept = new java.util.ArrayList<>();
        BitSet forced = new BitSet();
        int hold = 0;
        int keptHolds = 0;
        for (GilEvent e : events) {
            boolean isHold = e.kind() == GilEvent.Kind.HOLD;
            if (e.start() >= time) {
                kept.add(e);
                if (isHold && forcedHolds.get(hold)) forced.set(keptHolds);
                if (isHold) keptHolds++;
            }
            if (isHold) hold++;
        }
        List<StatsPoint> s = stats.stream().filter(p -> p.time() >= time).toList();
        return new Measured(source, List.copyOf(kept), forced, s.isEmpty() && !stats.isEmpty() ? List.of(stats.get(stats.size() - 1)) : s,
                cpu, cpus);
    }

    /** One {@code gilspy.GilStats} event; {@code target} and {@code intervalSource} are null in older recordings. */
    public record StatsPoint(long time, String mode, long intervalNanos, double held, double contention,
                             double switchesPerSecond, double forcedDropsPerSecond, String target, String intervalSource,
                             long acquisitionsTotal, long waitTotalNanos, long wallTotalNanos) {
        public StatsPoint(long time, String mode, long intervalNanos, double held, double contention,
                          double switchesPerSecond, double forcedDropsPerSecond, String target, String intervalSource) {
            this(time, mode, intervalNanos, held, contention, switchesPerSecond, forcedDropsPerSecond, target, intervalSource, -1, -1, -1);
        }

        public StatsPoint(long time, String mode, long intervalNanos, double held, double contention,
                          double switchesPerSecond, double forcedDropsPerSecond) {
            this(time, mode, intervalNanos, held, contention, switchesPerSecond, forcedDropsPerSecond, null, null, -1, -1, -1);
        }
    }
}
