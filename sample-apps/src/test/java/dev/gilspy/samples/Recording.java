package dev.gilspy.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** The gilspy events of one agent recording, read with the JDK's own JFR parser. */
final class Recording {
    /** One periodic {@code gilspy.GilStats} event: fractions in [0, 1] and rates per second. */
    record Stats(double held, double contention, double forcedDropsPerSecond, double switchesPerSecond) {}

    /** One {@code gilspy.GilHold} or {@code gilspy.GilWait}: duration, Python thread and stack. */
    record Span(double millis, String thread, String stack) {}

    /** One {@code gilspy.GilSample}: a thread's state (HOLD, WAIT, IO, NATIVE, IDLE). */
    record Sample(String thread, String state, String stack) {}

    final List<Stats> stats = new ArrayList<>();
    final List<Span> holds = new ArrayList<>();
    final List<Span> waits = new ArrayList<>();
    final List<Sample> samples = new ArrayList<>();

    static Recording read(Path file) {
        Recording r = new Recording();
        try {
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                switch (e.getEventType().getName()) {
                    case "gilspy.GilStats" -> r.stats.add(new Stats(e.getDouble("held"), e.getDouble("contention"),
                        e.getDouble("forcedDropsPerSecond"), e.getDouble("switchesPerSecond")));
                    case "gilspy.GilHold" -> r.holds.add(span(e));
                    case "gilspy.GilWait" -> r.waits.add(span(e));
                    case "gilspy.GilSample" -> r.samples.add(new Sample(e.getString("pythonThread"), e.getString("state"),
                        e.getString("pythonStack")));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    private static Span span(RecordedEvent e) {
        return new Span(e.getDuration().toNanos() / 1e6, e.getString("pythonThread"), e.getString("pythonStack"));
    }

    /** The median of {@code values}; NaN when there are none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The windows of the steady state: without the first (JVM start-up) and the last (shutdown). */
    List<Stats> steady() {
        return stats.size() > 3 ? stats.subList(1, stats.size() - 1) : stats;
    }

    double medianContention() {
        return median(steady().stream().mapToDouble(Stats::contention).toArray());
    }

    double maxContention() {
        return stats.stream().mapToDouble(Stats::contention).max().orElse(Double.NaN);
    }

    /** Held over the windows after the first, which covers JVM start-up and the parse of the program. */
    double medianHeldAfterStartup() {
        List<Stats> after = stats.size() > 1 ? stats.subList(1, stats.size()) : stats;
        return median(after.stream().mapToDouble(Stats::held).toArray());
    }

    double medianForcedDrops() {
        return median(steady().stream().mapToDouble(Stats::forcedDropsPerSecond).toArray());
    }

    double maxHoldMillis() {
        return holds.stream().mapToDouble(Span::millis).max().orElse(0);
    }

    @Override
    public String toString() {
        return "Recording[" + stats.size() + " stats " + stats + ", " + holds.size() + " holds, " + waits.size()
            + " waits, " + samples.size() + " samples]";
    }
}
