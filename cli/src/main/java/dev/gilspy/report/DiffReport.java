package dev.gilspy.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code report --diff A.jfr B.jfr}: a differential flame graph of B coloured by how each frame's
 * share changed since A (red grew, blue shrank, as flamegraph's difffolded), and a table of the
 * functions whose share changed most. Shares, not absolute times, so recordings of different
 * lengths compare.
 */
public final class DiffReport {

    /** One function's self weight before and after. */
    public record Row(String function, long before, long after, double deltaShare) {}

    private final Profile before;
    private final Profile after;

    public DiffReport(Profile before, Profile after) {
        this.before = before;
        this.after = after;
    }

    public FlameTree tree() {
        FlameTree t = new FlameTree();
        for (Profile.Stack s : after.stacks()) t.add(s.frames(), s.weight());
        for (Profile.Stack s : before.stacks()) t.addBaseline(s.frames(), s.weight());
        return t;
    }

    public List<Row> rows() {
        Map<String, Long> a = selfByFunction(before);
        Map<String, Long> b = selfByFunction(after);
        Set<String> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String f : all) {
            long x = a.getOrDefault(f, 0L);
            long y = b.getOrDefault(f, 0L);
            rows.add(new Row(f, x, y, share(y, after.total()) - share(x, before.total())));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -Math.abs(r.deltaShare())).thenComparing(Row::function));
        return rows;
    }

    public void write(Format format, RenderOptions render, Path out) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            switch (format) {
                case SVG -> SvgConverter.write(tree(), after.mode(), render, true, os);
                case COLLAPSED -> writeTwoColumns(os);
                default -> throw new IllegalArgumentException("--diff writes .svg or .collapsed, not " + format.extension());
            }
        }
    }

    /** flamegraph.pl's differential input: {@code stack before after} per line. */
    private void writeTwoColumns(OutputStream os) throws IOException {
        Map<String, long[]> lines = new TreeMap<>();
        for (Profile.Stack s : before.stacks()) lines.computeIfAbsent(folded(s), k -> new long[2])[0] += s.weight();
        for (Profile.Stack s : after.stacks()) lines.computeIfAbsent(folded(s), k -> new long[2])[1] += s.weight();
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        boolean time = after.mode().isTime();
        for (var e : lines.entrySet()) {
            long x = time ? Math.round(e.getValue()[0] / 1000.0) : e.getValue()[0];
            long y = time ? Math.round(e.getValue()[1] / 1000.0) : e.getValue()[1];
            w.append(e.getKey()).append(' ').append(Long.toString(x)).append(' ').append(Long.toString(y)).append('\n');
        }
        w.flush();
    }

    private static String folded(Profile.Stack s) {
        StringBuilder sb = new StringBuilder();
        for (Frame f : s.frames()) {
            if (sb.length() > 0) sb.append(';');
            sb.append(CollapsedConverter.name(f));
        }
        return sb.toString();
    }

    public void printTable(PrintStream out, int top) {
        Mode mode = after.mode();
        out.printf(Locale.ROOT, "Diff (--mode %s): before %s, after %s%n", mode.name().toLowerCase(),
                ProfileConverter.formatWeight(before.total(), mode), ProfileConverter.formatWeight(after.total(), mode));
        out.printf(Locale.ROOT, "  %12s %7s %12s %7s %8s  %s%n", "BEFORE", "SHARE", "AFTER", "SHARE", "CHANGE", "FUNCTION");
        for (Row r : rows().subList(0, Math.min(top, rows().size()))) {
            out.printf(Locale.ROOT, "  %12s %7s %12s %7s %+7.1fpp  %s%n",
                    ProfileConverter.formatWeight(r.before(), mode), Summary.pct(r.before(), before.total()),
                    ProfileConverter.formatWeight(r.after(), mode), Summary.pct(r.after(), after.total()),
                    100 * r.deltaShare(), r.function());
        }
    }

    /** The function a stack ends in: its innermost real frame, skipping synthetic leaves like [GIL wait]. */
    private static Map<String, Long> selfByFunction(Profile p) {
        Map<String, Long> m = new HashMap<>();
        for (Profile.Stack s : p.stacks()) {
            Frame[] f = s.frames();
            String fn = f.length == 0 ? "[unknown]" : f[f.length - 1].name();
            for (int i = f.length - 1; i >= 0; i--) {
                Frame.Type t = f[i].type();
                if (t == Frame.Type.PYTHON || t == Frame.Type.JVM || t == Frame.Type.NATIVE) { fn = f[i].name(); break; }
            }
            m.merge(fn, s.weight(), Long::sum);
        }
        return m;
    }

    private static double share(long part, long whole) { return whole == 0 ? 0 : (double) part / whole; }
}
