package dev.gilspy.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The gilspy events of one recording, in file order, plus what the reader learned about the file.
 *
 * @param source      the file read
 * @param events      waits, holds, samples and drop requests
 * @param otherEvents how many non-gilspy events the file had (JVM and async-profiler ones)
 * @param javaSamples JVM stacks (async-profiler or JDK execution samples), empty unless present
 * @param stats       the periodic {@code gilspy.GilStats}, oldest first (may be empty)
 * @param thresholds  the GilWait and GilHold thresholds the recording ran with, in nanoseconds, by
 *                    event name; absent when the file does not say (shorter events are not in it)
 * @param gilNames    what to call a GIL, by interpreter id, where "interpreter N" would not do: the
 *                    processes of a {@code record --follow-children} ({@link ProcessMerge}); usually empty
 */
public record GilRecording(Path source, List<GilEvent> events, long otherEvents, List<JavaSample> javaSamples,
                           List<Stats> stats, java.util.Map<String, Long> thresholds, java.util.Map<Integer, String> gilNames) {

    public GilRecording(Path source, List<GilEvent> events, long otherEvents, List<JavaSample> javaSamples,
                        List<Stats> stats, java.util.Map<String, Long> thresholds) {
        this(source, events, otherEvents, javaSamples, stats, thresholds, java.util.Map.of());
    }

    /** The name of interpreter {@code id}'s GIL in timelines and traces. */
    public String gilName(int id) {
        String name = gilNames.get(id);
        return name != null ? name : "GIL of interpreter " + id;
    }

    public GilRecording(Path source, List<GilEvent> events, long otherEvents, List<JavaSample> javaSamples) {
        this(source, events, otherEvents, javaSamples, List.of(), java.util.Map.of());
    }

    /**
     * One {@code gilspy.GilStats} event. {@code target} ({@code gilspy}, {@code graalpy}) and
     * {@code intervalSource} (where the switch interval came from) are null in older recordings.
     */
    public record Stats(long time, String mode, long intervalNanos, double held, double contention,
                        double switchesPerSecond, double forcedDropsPerSecond, String target, String intervalSource,
                        long acquisitionsTotal, long waitTotalNanos, long wallTotalNanos) {
        public Stats(long time, String mode, long intervalNanos, double held, double contention,
                     double switchesPerSecond, double forcedDropsPerSecond, String target, String intervalSource) {
            this(time, mode, intervalNanos, held, contention, switchesPerSecond, forcedDropsPerSecond, target, intervalSource, -1, -1, -1);
        }

        public Stats(long time, String mode, long intervalNanos, double held, double contention,
                     double switchesPerSecond, double forcedDropsPerSecond) {
            this(time, mode, intervalNanos, held, contention, switchesPerSecond, forcedDropsPerSecond, null, null, -1, -1, -1);
        }
    }

    /** A JVM-level sample: thread name and frames, innermost first, with a frame type each. */
    public record JavaSample(long start, String thread, List<Frame> innermostFirst, long weight) {}

    public long count(GilEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
