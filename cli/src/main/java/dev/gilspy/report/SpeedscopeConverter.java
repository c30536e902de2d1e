package dev.gilspy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * speedscope's file format (https://www.speedscope.app/file-format-schema.json): shared frames, a
 * merged "all threads" profile ("sampled", each distinct stack once with its weight; one per thread
 * with {@code --threads}), and for the duration modes ({@code wait}, {@code hold}) one "evented"
 * profile per thread, each wait or hold opened and closed at its real time, so speedscope's Time
 * Order view shows what each thread did when.
 */
public final class SpeedscopeConverter extends ProfileConverter {
    private static final Pattern PY_FRAME = Pattern.compile("^(.*) \\((.*):(\\d+)\\)$");

    private final Map<String, Integer> frameIndex = new HashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, List<Profile.Stack>> byProfile = new LinkedHashMap<>();

    private GilTimeline timeline;
    private GilTimeline.State evented;

    public SpeedscopeConverter(RenderOptions render) { super(render); }

    /** Adds one evented profile per lane of {@code timeline}, of its {@code state} spans (WAIT or HOLD). */
    public SpeedscopeConverter withTimeline(GilTimeline timeline, GilTimeline.State state) {
        this.timeline = timeline;
        this.evented = state;
        return this;
    }

    private int frame(Frame f) {
        return frameIndex.computeIfAbsent(f.name(), n -> { frames.add(f); return frames.size() - 1; });
    }

    @Override
    protected void add(Profile.Stack stack) {
        Frame[] f = stack.frames();
        boolean perThread = f.length > 0 && f[0].type() == Frame.Type.THREAD;
        String profile = perThread ? f[0].name() : "all threads";
        for (int i = perThread ? 1 : 0; i < f.length; i++) {
            Frame frame = f[i];
            frameIndex.computeIfAbsent(frame.name(), n -> { frames.add(frame); return frames.size() - 1; });
        }
        byProfile.computeIfAbsent(profile, k -> new ArrayList<>()).add(stack);
    }

    @Override
    protected void end(Profile profile, OutputStream out) throws IOException {
        StringBuilder eventedProfiles = timeline == null ? new StringBuilder() : eventedProfiles();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String unit = profile.mode().isTime() ? "nanoseconds" : "none";
        w.write("{\"$schema\":\"https://www.speedscope.app/file-format-schema.json\",\"exporter\":\"gilspy\",");
        w.write("\"name\":" + str(render.title()) + ",\"activeProfileIndex\":0,\"shared\":{\"frames\":[");
        for (int i = 0; i < frames.size(); i++) {
            if (i > 0) w.write(',');
            writeFrame(w, frames.get(i));
        }
        w.write("]},\"profiles\":[");
        boolean firstProfile = true;
        for (var p : byProfile.entrySet()) {
            if (!firstProfile) w.write(',');
            firstProfile = false;
            long total = p.getValue().stream().mapToLong(Profile.Stack::weight).sum();
            w.write("{\"type\":\"sampled\",\"name\":" + str(p.getKey()) + ",\"unit\":\"" + unit
                    + "\",\"startValue\":0,\"endValue\":" + total + ",\"samples\":[");
            StringBuilder weights = new StringBuilder();
            boolean first = true;
            for (Profile.Stack s : p.getValue()) {
                if (!first) { w.write(','); weights.append(','); }
                first = false;
                w.write('[');
                Frame[] f = s.frames();
                boolean sep = false;
                for (int i = f.length > 0 && f[0].type() == Frame.Type.THREAD ? 1 : 0; i < f.length; i++) {
                    if (sep) w.write(',');
                    sep = true;
                    w.write(Integer.toString(frameIndex.get(f[i].name())));
                }
                w.write(']');
                weights.append(s.weight());
            }
            w.write("],\"weights\":[" + weights + "]}");
        }
        w.write(eventedProfiles.toString());
        w.write("]}\n");
        w.flush();
    }

    /** One evented profile per thread: open the stack's frames at the span's start, close them at its end. */
    private StringBuilder eventedProfiles() {
        StringBuilder sb = new StringBuilder();
        java.util.Map<String, Long> names = new java.util.HashMap<>();
        for (GilTimeline.Lane lane : timeline.lanes()) names.merge(lane.name(), 1L, Long::sum);
        for (GilTimeline.Lane lane : timeline.lanes()) {
            StringBuilder events = new StringBuilder();
            for (GilTimeline.Span span : lane.spans()) {
                if (span.state() != evented || span.duration() <= 0) continue;
                List<Integer> stack = new ArrayList<>();
                for (int i = span.stack().depth() - 1; i >= 0; i--) stack.add(frame(Frame.python(span.stack().frame(i))));
                if (evented == GilTimeline.State.WAIT) stack.add(frame(Frame.GIL_WAIT));
                long open = span.start() - timeline.start();
                long close = span.end() - timeline.start();
                for (int f : stack) event(events, "O", open, f);
                for (int i = stack.size() - 1; i >= 0; i--) event(events, "C", close, stack.get(i));
            }
            if (events.length() == 0) continue;
            String name = lane.name() + (names.get(lane.name()) > 1 && lane.javaId() >= 0 ? " (Java thread " + lane.javaId() + ")" : "");
            sb.append(",{\"type\":\"evented\",\"name\":").append(str(name + ": " + evented.label() + " over time"))
                    .append(",\"unit\":\"nanoseconds\",\"startValue\":0,\"endValue\":").append(timeline.end() - timeline.start())
                    .append(",\"events\":[").append(events).append("]}");
        }
        return sb;
    }

    private static void event(StringBuilder sb, String type, long at, int frame) {
        if (sb.length() > 0) sb.append(',');
        sb.append("{\"type\":\"").append(type).append("\",\"at\":").append(at).append(",\"frame\":").append(frame).append('}');
    }

    private static void writeFrame(Writer w, Frame f) throws IOException {
        Matcher m = f.type() == Frame.Type.PYTHON ? PY_FRAME.matcher(f.name()) : null;
        if (m != null && m.matches()) {
            w.write("{\"name\":" + str(m.group(1)) + ",\"file\":" + str(m.group(2)) + ",\"line\":" + m.group(3) + "}");
        } else {
            w.write("{\"name\":" + str(f.name()) + "}");
        }
    }

    /** A JSON string literal; escapes {@code <} and {@code >} too, so the file is safe to inline in HTML. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
