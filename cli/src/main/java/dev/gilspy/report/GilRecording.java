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
 */
public record GilRecording(Path source, List<GilEvent> events, long otherEvents, List<JavaSample> javaSamples) {

    /** A JVM-level sample: thread name and frames, innermost first, with a frame type each. */
    public record JavaSample(long start, String thread, List<Frame> innermostFirst, long weight) {}

    public long count(GilEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
