package dev.gilspy.report;

import static dev.gilspy.report.EventNames.Field;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/** Reads recordings with the JDK's own {@link RecordingFile}: one pass, events in file order. */
public final class JdkRecordingReader extends RecordingReader {
    private static final String ACTIVE_SETTING = "jdk.ActiveSetting";

    @Override
    protected GilRecording parse(Path file) throws IOException {
        List<GilEvent> events = new ArrayList<>();
        List<GilRecording.JavaSample> javaSamples = new ArrayList<>();
        List<GilRecording.Stats> stats = new ArrayList<>();
        Map<Long, Long> thresholdById = new HashMap<>();
        StackCache stacks = new StackCache();
        Names names = new Names();
        long other = 0;
        Map<String, Long> thresholds = new HashMap<>();
        try (RecordingFile in = new RecordingFile(file)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                EventType type = e.getEventType();
                GilEvent.Kind kind = kindOf(type.getName());
                if (kind == null) {
                    other++;
                    if (type.getName().startsWith("gilspy.")) otherGilspyEvents++;
                    if (type.getName().equals(EventNames.GIL_STATS)) stats.add(stats(e));
                    else if (type.getName().equals(ACTIVE_SETTING) && "threshold".equals(e.getString("name"))) {
                        long nanos = parseThreshold(e.getString("value"));
                        if (nanos >= 0) thresholdById.put(e.getLong("id"), nanos);
                    } else if (JavaStacks.isExecutionSample(type.getName())) addJavaSample(e, javaSamples, names);
                    continue;
                }
                long start = nanos(e.getStartTime());
                long duration = kind == GilEvent.Kind.SAMPLE || kind == GilEvent.Kind.DROP_REQUEST
                        ? 0 : Math.max(0, nanos(e.getEndTime()) - start);
                boolean drop = kind == GilEvent.Kind.DROP_REQUEST;
                String thread = e.getString(drop ? Field.REQUESTER_THREAD : Field.PYTHON_THREAD);
                String stackText = e.getString(drop ? Field.HOLDER_STACK : Field.PYTHON_STACK);
                String state = kind == GilEvent.Kind.SAMPLE ? names.get(e.getString(Field.STATE)) : null;
                String other2 = kind == GilEvent.Kind.WAIT || drop ? e.getString(Field.HOLDER_THREAD) : null;
                RecordedThread javaThread = kind == GilEvent.Kind.SAMPLE ? e.getThread(Field.SAMPLED_THREAD) : e.getThread();
                boolean forced = kind == GilEvent.Kind.HOLD && e.hasField(Field.FORCED) && e.getBoolean(Field.FORCED);
                events.add(new GilEvent(kind, e.getInt(Field.INTERPRETER_ID), start, duration,
                        names.get(thread), stacks.get(stackText), state, names.get(other2),
                        javaThread == null ? null : names.get(javaName(javaThread)),
                        javaThread == null ? -1 : javaThread.getJavaThreadId(), forced));
            }
            for (EventType t : in.readEventTypes()) {
                Long threshold = thresholdById.get(t.getId());
                if (threshold != null && (t.getName().equals(EventNames.GIL_WAIT) || t.getName().equals(EventNames.GIL_HOLD))) {
                    thresholds.put(t.getName(), threshold);
                }
            }
        }
        return new GilRecording(file, events, other, javaSamples, stats, thresholds);
    }

    private static GilRecording.Stats stats(RecordedEvent e) {
        return new GilRecording.Stats(nanos(e.getStartTime()), e.getString(Field.MODE),
                e.getDuration(Field.SWITCH_INTERVAL).toNanos(), e.getDouble(Field.HELD), e.getDouble(Field.CONTENTION),
                e.getDouble(Field.SWITCHES_PER_SECOND), e.getDouble(Field.FORCED_DROPS_PER_SECOND),
                e.hasField(Field.TARGET) ? e.getString(Field.TARGET) : null,
                e.hasField(Field.SWITCH_INTERVAL_SOURCE) ? e.getString(Field.SWITCH_INTERVAL_SOURCE) : null,
                e.hasField(Field.ACQUISITIONS_TOTAL) ? e.getLong(Field.ACQUISITIONS_TOTAL) : -1,
                e.hasField(Field.WAIT_TOTAL) ? e.getDuration(Field.WAIT_TOTAL).toNanos() : -1,
                e.hasField(Field.WALL_TOTAL) ? e.getDuration(Field.WALL_TOTAL).toNanos() : -1);
    }

    /** JFR's threshold text, {@code "1 ms"}, {@code "0 ns"}, {@code "20 ms"}; -1 when unreadable. */
    static long parseThreshold(String text) {
        if (text == null) return -1;
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            long v = Long.parseLong(parts[0]);
            String unit = parts.length > 1 ? parts[1] : "ns";
            return switch (unit) {
                case "ns" -> v;
                case "us" -> v * 1_000L;
                case "ms" -> v * 1_000_000L;
                case "s" -> v * 1_000_000_000L;
                case "m" -> v * 60_000_000_000L;
                case "h" -> v * 3_600_000_000_000L;
                case "d" -> v * 86_400_000_000_000L;
                default -> -1;
            };
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static GilEvent.Kind kindOf(String eventName) {
        return switch (eventName) {
            case EventNames.GIL_WAIT -> GilEvent.Kind.WAIT;
            case EventNames.GIL_HOLD -> GilEvent.Kind.HOLD;
            case EventNames.GIL_SAMPLE -> GilEvent.Kind.SAMPLE;
            case EventNames.GIL_DROP_REQUEST -> GilEvent.Kind.DROP_REQUEST;
            default -> null;
        };
    }

    private static void addJavaSample(RecordedEvent e, List<GilRecording.JavaSample> out, Names names) {
        RecordedStackTrace trace = e.getStackTrace();
        if (trace == null) return;
        List<Frame> frames = new ArrayList<>(trace.getFrames().size());
        for (RecordedFrame f : trace.getFrames()) {
            frames.add(JavaStacks.frame(f.getMethod().getType().getName(), f.getMethod().getName(), f.getType()));
        }
        RecordedThread t = e.hasField(Field.SAMPLED_THREAD) ? e.getThread(Field.SAMPLED_THREAD) : e.getThread();
        String thread = t == null ? "[unknown]" : javaName(t);
        out.add(new GilRecording.JavaSample(nanos(e.getStartTime()), names.get(thread), frames, 1));
    }

    private static String javaName(RecordedThread t) {
        return t.getJavaName() != null ? t.getJavaName() : t.getOSName();
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
