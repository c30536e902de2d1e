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

    double maxContention() {
        return stats.stream().mapToDouble(Stats::contention).max().orElse(Double.NaN);
    }

    /**
     * Contention over the windows where the GIL was held at least half the time, from the first window in which
     * threads contended (at least 50%) on: the main thread's single-threaded imports before it starts the workers
     * hold the GIL uncontended, and on a loaded machine they fill several windows (6 of 13 at load ~40).
     * NaN when no window was contended.
     */
    double medianContentionOnceContended() {
        int first = 0;
        while (first < stats.size() && stats.get(first).contention() < 0.5) first++;
        return median(stats.subList(first, stats.size()).stream().filter(s -> s.held() >= 0.5).mapToDouble(Stats::contention).toArray());
    }

    /** Contention over the windows in which the GIL changed hands at all (Python was running). */
    double medianContentionWhenActive() {
        return median(stats.stream().filter(s -> s.switchesPerSecond() > 0).mapToDouble(Stats::contention).toArray());
    }

    /** Forced drops/s over the windows where threads contended (≥ 50%), i.e. not start-up or shutdown. */
    double medianForcedDropsWhenContended() {
        return median(stats.stream().filter(s -> s.contention() >= 0.5).mapToDouble(Stats::forcedDropsPerSecond).toArray());
    }

    /** Σ GilWait durations, in seconds, of the threads whose name passes {@code which}. */
    double waitSeconds(java.util.function.Predicate<String> which) {
        return waits.stream().filter(w -> w.thread() != null && which.test(w.thread())).mapToDouble(Span::millis).sum() / 1000;
    }

    /** Share of HOLD among the samples of those threads that were HOLD, WAIT or IO/NATIVE (idle ones ignored). */
    double holdShare(java.util.function.Predicate<String> which) {
        long busy = samples.stream().filter(s -> s.thread() != null && which.test(s.thread()) && !"IDLE".equals(s.state())).count();
        long hold = samples.stream().filter(s -> s.thread() != null && which.test(s.thread()) && "HOLD".equals(s.state())).count();
        return busy == 0 ? Double.NaN : (double) hold / busy;
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
