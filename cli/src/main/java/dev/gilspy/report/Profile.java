package dev.gilspy.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Weighted stacks ready to draw: every distinct (thread, stack, leaf) once, root frame first.
 *
 * <p>Events are summed per shared {@link PyStack} before any frame list is built, so a million
 * events with a thousand distinct stacks cost a thousand frame lists, not a million.
 */
public final class Profile {

    /** One distinct stack, root first, and its summed weight (nanoseconds or samples). */
    public record Stack(String thread, Frame[] frames, long weight) {}

    static final Frame NO_PYTHON_STACK = new Frame("[no Python frame]", Frame.Type.STATE);

    private final Mode mode;
    private final List<Stack> stacks;
    private final long total;

    Profile(Mode mode, List<Stack> stacks) {
        this.mode = mode;
        this.stacks = stacks;
        this.total = stacks.stream().mapToLong(Stack::weight).sum();
    }

    public Mode mode() { return mode; }
    public List<Stack> stacks() { return stacks; }
    /** The sum of all weights: the width of the whole graph. */
    public long total() { return total; }

    private record Key(String thread, PyStack stack, String leaf) {}

    public static Profile build(GilRecording recording, ProfileOptions options) {
        Mode mode = options.mode();
        if (mode == Mode.JAVA || options.mixed()) return javaProfile(recording, options);
        Map<Key, long[]> sums = new LinkedHashMap<>();
        if (mode == Mode.BLAME) {
            for (Blame.Overlap o : Blame.overlaps(recording.events())) {
                add(sums, new Key(o.hold().thread(), o.hold().stack(), null), o.nanos());
            }
        } else {
            for (GilEvent e : recording.events()) {
                switch (mode) {
                    case WAIT -> { if (e.kind() == GilEvent.Kind.WAIT) add(sums, new Key(e.thread(), e.stack(), "[GIL wait]"), e.duration()); }
                    case HOLD -> { if (e.kind() == GilEvent.Kind.HOLD) add(sums, new Key(e.thread(), e.stack(), null), e.duration()); }
                    case CPU -> {
                        if (e.kind() == GilEvent.Kind.SAMPLE && "HOLD".equals(e.state())) add(sums, new Key(e.thread(), e.stack(), null), 1);
                    }
                    case WALL -> {
                        if (e.kind() == GilEvent.Kind.SAMPLE) add(sums, new Key(e.thread(), e.stack(), stateLeaf(e.state())), 1);
                    }
                    default -> throw new AssertionError(mode);
                }
            }
        }
        List<Stack> stacks = new ArrayList<>(sums.size());
        Map<String, Frame> frames = new HashMap<>();
        for (Map.Entry<Key, long[]> s : sums.entrySet()) {
            Key k = s.getKey();
            Frame[] f = frames(k, options, frames);
            if (accepted(f, options.include(), options.exclude())) {
                stacks.add(new Stack(k.thread(), f, s.getValue()[0]));
            }
        }
        return new Profile(mode, stacks);
    }

    private static Profile javaProfile(GilRecording recording, ProfileOptions options) {
        Map<List<Frame>, long[]> sums = new LinkedHashMap<>();
        MixedStacks mixed = options.mixed() ? new MixedStacks(recording.events()) : null;
        for (GilRecording.JavaSample s : recording.javaSamples()) {
            List<Frame> frames = new ArrayList<>(s.innermostFirst().size() + 1);
            if (options.threads()) frames.add(new Frame(s.thread(), Frame.Type.THREAD));
            List<Frame> stack = new ArrayList<>(s.innermostFirst());
            java.util.Collections.reverse(stack);
            if (mixed != null) stack = new ArrayList<>(MixedStacks.merge(stack, mixed.at(s.thread(), s.start())));
            if (options.reverse()) java.util.Collections.reverse(stack);
            frames.addAll(stack);
            sums.computeIfAbsent(frames, k -> new long[1])[0] += s.weight();
        }
        List<Stack> stacks = new ArrayList<>();
        for (var e : sums.entrySet()) {
            Frame[] f = e.getKey().toArray(new Frame[0]);
            if (accepted(f, options.include(), options.exclude())) {
                stacks.add(new Stack(options.threads() ? f[0].name() : null, f, e.getValue()[0]));
            }
        }
        return new Profile(Mode.JAVA, stacks);
    }

    /** The state of a sample as the leaf of a wall-clock stack; waiting shares the wait frame. */
    static String stateLeaf(String state) {
        if (state == null) return "[unknown]";
        return switch (state) {
            case "WAIT" -> "[GIL wait]";
            case "HOLD" -> "[GIL hold]";
            default -> "[" + state + "]";
        };
    }

    private static void add(Map<Key, long[]> sums, Key key, long weight) {
        sums.computeIfAbsent(key, k -> new long[1])[0] += weight;
    }

    private static Frame[] frames(Key k, ProfileOptions options, Map<String, Frame> cache) {
        PyStack stack = k.stack();
        List<Frame> list = new ArrayList<>(stack.depth() + 2);
        for (int i = stack.depth() - 1; i >= 0; i--) {
            list.add(cache.computeIfAbsent(stack.frame(i), Frame::python));
        }
        if (k.leaf() != null) {
            list.add(k.leaf().equals("[GIL wait]") ? Frame.GIL_WAIT : new Frame(k.leaf(), Frame.Type.STATE));
        }
        if (list.isEmpty()) {
            // a hold with no Python frame (the interpreter starting or ending): an empty stack is a
            // line with no frames, which async-profiler's converter drops and flamegraph.pl misreads
            list.add(NO_PYTHON_STACK);
        }
        if (options.reverse()) java.util.Collections.reverse(list);
        if (options.threads()) list.add(0, new Frame(k.thread() == null ? "[unknown thread]" : k.thread(), Frame.Type.THREAD));
        return list.toArray(new Frame[0]);
    }

    private static boolean accepted(Frame[] frames, Pattern include, Pattern exclude) {
        if (include != null && !anyMatches(frames, include)) return false;
        return exclude == null || !anyMatches(frames, exclude);
    }

    private static boolean anyMatches(Frame[] frames, Pattern p) {
        for (Frame f : frames) if (p.matcher(f.name()).find()) return true;
        return false;
    }
}
