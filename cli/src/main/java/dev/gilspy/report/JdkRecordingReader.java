package dev.gilspy.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/** Reads recordings with the JDK's own {@link RecordingFile}: one pass, events in file order. */
public final class JdkRecordingReader extends RecordingReader {

    @Override
    protected GilRecording parse(Path file) throws IOException {
        List<GilEvent> events = new ArrayList<>();
        List<GilRecording.JavaSample> javaSamples = new ArrayList<>();
        StackCache stacks = new StackCache();
        Names names = new Names();
        long other = 0;
        try (RecordingFile in = new RecordingFile(file)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                EventType type = e.getEventType();
                GilEvent.Kind kind = kindOf(type.getName());
                if (kind == null) {
                    other++;
                    if (JavaStacks.isExecutionSample(type.getName())) addJavaSample(e, javaSamples, names);
                    continue;
                }
                long start = nanos(e.getStartTime());
                long duration = kind == GilEvent.Kind.SAMPLE || kind == GilEvent.Kind.DROP_REQUEST
                        ? 0 : Math.max(0, nanos(e.getEndTime()) - start);
                String thread = kind == GilEvent.Kind.DROP_REQUEST
                        ? e.getString("requesterThread") : e.getString("pythonThread");
                String stackText = kind == GilEvent.Kind.DROP_REQUEST
                        ? e.getString("holderStack") : e.getString("pythonStack");
                String state = kind == GilEvent.Kind.SAMPLE ? names.get(e.getString("state")) : null;
                String other2 = switch (kind) {
                    case WAIT -> e.getString("holderThread");
                    case DROP_REQUEST -> e.getString("holderThread");
                    default -> null;
                };
                events.add(new GilEvent(kind, e.getInt("interpreterId"), start, duration,
                        names.get(thread), stacks.get(stackText), state, names.get(other2)));
            }
        }
        return new GilRecording(file, events, other, javaSamples);
    }

    static GilEvent.Kind kindOf(String eventName) {
        return switch (eventName) {
            case GIL_WAIT -> GilEvent.Kind.WAIT;
            case GIL_HOLD -> GilEvent.Kind.HOLD;
            case GIL_SAMPLE -> GilEvent.Kind.SAMPLE;
            case GIL_DROP_REQUEST -> GilEvent.Kind.DROP_REQUEST;
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
        RecordedThread t = e.hasField("sampledThread") ? e.getThread("sampledThread") : e.getThread();
        String thread = t == null ? "[unknown]" : t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        out.add(new GilRecording.JavaSample(nanos(e.getStartTime()), names.get(thread), frames, 1));
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
