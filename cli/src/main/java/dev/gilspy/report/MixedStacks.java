package dev.gilspy.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code --mixed}: one flame graph of Java, native and Python frames. In each JVM sample, the
 * interpreter's own frames (its eval loop and everything between) are replaced by the Python
 * frames that thread was running at that moment, like {@code py-spy --native} but for the JVM.
 *
 * <p>The Python stack comes from the same Java thread's GIL events: the wait or hold interval that
 * contains the sample's time, else the nearest GIL sample within {@link #NEAREST_NANOS}.
 */
final class MixedStacks {
    /** The interpreter frames: gilspy's own and GraalPy's. */
    static final Pattern INTERPRETER = Pattern.compile("^(dev\\.gilspy\\.interp|com\\.oracle\\.graal\\.python)\\.");
    static final long NEAREST_NANOS = 50_000_000L;

    private record Span(long start, long end, PyStack stack) {}

    private final Map<String, Span[]> byThread = new HashMap<>();

    MixedStacks(List<GilEvent> events) {
        Map<String, List<Span>> lists = new HashMap<>();
        for (GilEvent e : events) {
            if (e.javaThread() == null || e.kind() == GilEvent.Kind.DROP_REQUEST) continue;
            lists.computeIfAbsent(e.javaThread(), k -> new ArrayList<>()).add(new Span(e.start(), e.end(), e.stack()));
        }
        lists.forEach((t, l) -> {
            Span[] a = l.toArray(new Span[0]);
            Arrays.sort(a, Comparator.comparingLong(Span::start));
            byThread.put(t, a);
        });
    }

    /** The Python stack {@code thread} ran at {@code time}, or null. */
    PyStack at(String thread, long time) {
        Span[] spans = byThread.get(thread);
        if (spans == null) return null;
        int lo = 0;
        int hi = spans.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].start() <= time) { last = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        PyStack best = null;
        long bestDistance = NEAREST_NANOS + 1;
        for (int i = Math.max(0, last - 1); i <= Math.min(spans.length - 1, last + 1); i++) {
            if (i < 0) continue;
            Span s = spans[i];
            long d = time < s.start() ? s.start() - time : time > s.end() ? time - s.end() : 0;
            if (d < bestDistance) { bestDistance = d; best = s.stack(); }
        }
        return best;
    }

    /**
     * Root-first frames of a JVM sample with the interpreter's span (first to last interpreter frame)
     * replaced by the Python frames, root first. Samples outside Python are returned unchanged.
     */
    static List<Frame> merge(List<Frame> rootFirst, PyStack python) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < rootFirst.size(); i++) {
            Frame f = rootFirst.get(i);
            if (f.type() == Frame.Type.JVM && INTERPRETER.matcher(f.name()).find()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0 || python == null || python.depth() == 0) return rootFirst;
        List<Frame> out = new ArrayList<>(rootFirst.subList(0, first));
        for (int i = python.depth() - 1; i >= 0; i--) out.add(Frame.python(python.frame(i)));
        out.addAll(rootFirst.subList(last + 1, rootFirst.size()));
        return out;
    }
}
