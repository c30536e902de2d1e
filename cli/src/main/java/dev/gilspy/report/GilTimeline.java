package dev.gilspy.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The GIL over time, one lane per thread: when each thread held the GIL, waited for it, or had
 * released it (for I/O, native work or nothing), plus drop requests and forced switches as marks.
 * What the trace-event, timeline and evented speedscope writers draw.
 *
 * <p>Lanes are keyed by the Java thread id and the Python name, so threads that share a name (16
 * threads called "echo") keep their own lanes. A lane's spans never overlap: the clock of two events of one thread
 * can disagree by a few nanoseconds, and a later span starts where the earlier ended.
 */
public final class GilTimeline {

    public enum State {
        HOLD("holding"), WAIT("waiting"), RELEASED("released"), IO("released for I/O"), NATIVE("released for native work");

        private final String label;

        State(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** One span of a lane, epoch nanoseconds; {@code stack} is empty for released spans. */
    public record Span(State state, long start, long end, PyStack stack, boolean forced) {
        public long duration() { return end - start; }
    }

    /** A drop request (on the requester's lane) or a forced switch (on the holder's, when it dropped). */
    public record Mark(String name, long time, String detail) {}

    /**
     * One thread's lane.
     *
     * @param index    unique, 1 up, in lane order: the trace's tid
     * @param javaId   the Java thread id, -1 when the recording does not say
     */
    public record Lane(int index, long javaId, String name, int interpreterId, List<Span> spans, List<Mark> marks) {}

    private final List<Lane> lanes;
    private final long start;
    private final long end;
    private final GilRecording recording;

    private GilTimeline(List<Lane> lanes, long start, long end, GilRecording recording) {
        this.lanes = lanes;
        this.start = start;
        this.end = end;
        this.recording = recording;
    }

    public List<Lane> lanes() { return lanes; }
    /** Interpreter {@code id}'s GIL: "GIL of interpreter N", or the process it belongs to ({@link ProcessMerge}). */
    public String gilName(int id) { return recording.gilName(id); }
    /** Whether the GILs have names of their own (several processes): then every lane says whose GIL it is. */
    public boolean namedGils() { return !recording.gilNames().isEmpty(); }
    /** The first event's start, epoch nanoseconds: time zero of every writer. */
    public long start() { return start; }
    public long end() { return end; }

    private static final class Builder {
        final long id;
        final String name;
        final int interpreterId;
        final List<GilEvent> events = new ArrayList<>();
        final List<GilEvent> samples = new ArrayList<>();
        final List<Mark> marks = new ArrayList<>();

        Builder(long id, String name, int interpreterId) {
            this.id = id;
            this.name = name;
            this.interpreterId = interpreterId;
        }
    }

    /** Builds the lanes; stacks that {@code include}/{@code exclude} (may be null) filter out are left out. */
    public static GilTimeline of(GilRecording recording, Pattern include, Pattern exclude) {
        Map<String, Builder> byThread = new LinkedHashMap<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (GilEvent e : recording.events()) {
            first = Math.min(first, e.start());
            last = Math.max(last, e.end());
            // the Java thread and the Python name: 16 threads named "echo" are 16 lanes
            Builder b = byThread.computeIfAbsent(e.threadId() + "/" + e.thread(),
                    k -> new Builder(e.threadId(), String.valueOf(e.thread()), e.interpreterId()));
            switch (e.kind()) {
                case WAIT, HOLD -> {
                    if (accepted(e.stack(), include, exclude)) b.events.add(e);
                }
                case SAMPLE -> b.samples.add(e);
                case DROP_REQUEST -> b.marks.add(new Mark("drop request", e.start(),
                        "asked " + e.other() + " to drop the GIL" + (e.stack().depth() > 0 ? " in " + e.stack().innermost() : "")));
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (Builder b : byThread.values()) {
            b.events.sort(Comparator.comparingLong(GilEvent::start));
            b.samples.sort(Comparator.comparingLong(GilEvent::start));
            List<Span> spans = new ArrayList<>();
            long at = Long.MIN_VALUE;
            for (GilEvent e : b.events) {
                long s = Math.max(e.start(), at);
                if (at != Long.MIN_VALUE && s > at) spans.add(released(b.samples, at, s));
                long t = Math.max(s, e.end());
                State state = e.kind() == GilEvent.Kind.WAIT ? State.WAIT : State.HOLD;
                spans.add(new Span(state, s, t, e.stack(), e.forced()));
                if (e.forced()) b.marks.add(new Mark("forced switch", t, "dropped the GIL on a drop request"));
                at = t;
            }
            b.marks.sort(Comparator.comparingLong(Mark::time));
            if (!spans.isEmpty() || !b.marks.isEmpty()) lanes.add(new Lane(0, b.id, b.name, b.interpreterId, spans, b.marks));
        }
        lanes.sort(Comparator.comparingInt(Lane::interpreterId).thenComparingLong(Lane::javaId).thenComparing(Lane::name));
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            lanes.set(i, new Lane(i + 1, l.javaId(), l.name(), l.interpreterId(), l.spans(), l.marks()));
        }
        return new GilTimeline(lanes, first == Long.MAX_VALUE ? 0 : first, Math.max(first, last), recording);
    }

    /** Between a drop and the next wait or take: what the samples saw the thread do, if any said. */
    private static Span released(List<GilEvent> samples, long from, long to) {
        State state = State.RELEASED;
        int i = lowerBound(samples, from);
        for (; i < samples.size() && samples.get(i).start() < to; i++) {
            String s = samples.get(i).state();
            if ("IO".equals(s)) { state = State.IO; break; }
            if ("NATIVE".equals(s)) { state = State.NATIVE; break; }
        }
        return new Span(state, from, to, PyStack.EMPTY, false);
    }

    private static int lowerBound(List<GilEvent> sorted, long t) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    static boolean accepted(PyStack stack, Pattern include, Pattern exclude) {
        if (include != null && !matches(stack, include)) return false;
        return exclude == null || !matches(stack, exclude);
    }

    private static boolean matches(PyStack stack, Pattern p) {
        for (int i = 0; i < stack.depth(); i++) if (p.matcher(stack.frame(i)).find()) return true;
        return false;
    }
}
