package dev.gilspy.ui.lanterna;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gilspy.ui.model.Column;
import dev.gilspy.ui.model.Fmt;
import dev.gilspy.ui.model.GilSample;
import dev.gilspy.ui.model.Snapshot;
import dev.gilspy.ui.model.TargetInfo;
import dev.gilspy.ui.model.ThreadRow;
import dev.gilspy.ui.model.ThreadStatus;
import dev.gilspy.ui.model.TopModel;
import dev.gilspy.ui.model.WaitHistogram;

import java.util.List;
import java.util.Optional;

/**
 * Draws one frame of {@link TopModel} into a back buffer. Layout is recomputed from the terminal
 * size on every frame, so a resize only needs a repaint. Colour carries meaning: red is waiting
 * for the GIL (the thing to look at), green holds it, cyan released it for I/O, magenta for native
 * work.
 */
final class TopPainter {
    private static final TextColor HEADER_BG = TextColor.ANSI.BLUE;
    static final int TABLE_TOP = 8;

    private TopPainter() {}

    static void paint(TextGraphics g, TerminalSize size, TopModel model) {
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.fill(' ');
        int width = size.getColumns();
        int height = size.getRows();
        titleLine(g, width, model);
        switch (model.view()) {
            case HELP -> help(g, width);
            case DETAIL -> detail(g, width, height, model);
            default -> table(g, width, height, model);
        }
        statusLine(g, width, height, model);
    }

    private static void titleLine(TextGraphics g, int width, TopModel model) {
        TargetInfo t = model.target();
        String left = " gilspy top  pid " + t.pid() + "  " + t.mainClass() + "  java " + t.jvmVersion();
        String right = model.snapshot().map(s -> "up " + Fmt.uptime(s.sample().uptimeMillis()) + " ").orElse("");
        if (model.paused()) {
            right = "PAUSED  " + right;
        }
        g.setBackgroundColor(HEADER_BG);
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        String line = Fmt.padRight(left, Math.max(0, width - right.length())) + right;
        g.putString(0, 0, Fmt.fit(line, width), SGR.BOLD);
        reset(g);
    }

    private static void table(TextGraphics g, int width, int height, TopModel model) {
        Optional<Snapshot> maybe = model.snapshot();
        if (maybe.isEmpty()) {
            g.putString(1, 2, Fmt.fit(model.refreshes() == 0 ? "connecting..."
                    : "No gilspy GIL in this JVM yet: is a gilspy interpreter running, with the agent loaded?", width - 1));
            return;
        }
        Snapshot s = maybe.get();
        GilSample gs = s.sample();
        int x = put(g, 1, 1, "GIL ", null);
        x = put(g, x, 1, gs.mode(), TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
        x = put(g, x, 1, "  switch interval " + Fmt.interval(gs.switchIntervalSeconds()) + intervalTag(gs) + "    held ", null);
        x = put(g, x, 1, Fmt.pct(s.held()), null, SGR.BOLD);
        x = put(g, x, 1, "  contention ", null);
        x = put(g, x, 1, Fmt.pct(s.contention()), severity(s.contention()), SGR.BOLD);
        x = put(g, x, 1, "  waiters ", null);
        x = put(g, x, 1, Fmt.num(s.waiters(), 2), severity(s.waiters() / 2), SGR.BOLD);
        put(g, x, 1, "  knock " + Fmt.pct(gs.knockRatio()), null);

        put(g, 1, 2, "switches/s " + Fmt.num(s.switchesPerSecond(), 1) + "  forced drops/s "
                + Fmt.num(s.forcedDropsPerSecond(), 1) + "    contention 1m " + Fmt.pct(gs.contention1m())
                + "  5m " + Fmt.pct(gs.contention5m()) + "  15m " + Fmt.pct(gs.contention15m()), null);

        String holder = gs.holderThread().isEmpty() ? "nobody" : gs.holderThread()
                + (gs.holderFunction().isEmpty() ? "" : " in " + Fmt.frame(gs.holderFunction()));
        String census = census(s.rows());
        x = put(g, 1, 3, "holder ", null);
        put(g, x, 3, Fmt.fit(holder, Math.max(0, width - x - census.length() - 2)), TextColor.ANSI.GREEN_BRIGHT);
        if (width - census.length() - 1 > x) {
            put(g, width - census.length() - 1, 3, census, null);
        }

        x = put(g, 1, 4, "contention 60s ", null);
        int sparkWidth = Math.max(0, Math.min(model.historySize(), width - x - 30));
        String spark = Fmt.sparkline(s.history(), sparkWidth);
        put(g, x, 4, spark, severity(s.contention()));
        x += sparkWidth; // the figures after the sparkline stay put while it fills up
        put(g, x, 4, "  wait p99 " + Fmt.millis(gs.waitP99Millis()) + "  max " + Fmt.millis(gs.waitMaxMillis()), null);

        put(g, 1, 5, Fmt.fit("» " + s.verdict().headline(), width - 1), severity(s.contention()), SGR.BOLD);
        // Line 6: who suffers most (yellow), then what to do (cyan), cut together to the width.
        int ax = 3;
        if (!s.verdict().hint().isEmpty()) {
            String hint = Fmt.fit(s.verdict().hint(), width - ax);
            ax = put(g, ax, 6, hint, TextColor.ANSI.YELLOW_BRIGHT) + 2;
        }
        if (!s.verdict().advice().isEmpty() && ax < width - 10) {
            put(g, ax, 6, Fmt.fit("→ " + s.verdict().advice(), width - ax), TextColor.ANSI.CYAN);
        }

        List<ThreadRow> rows = model.rows();
        int nameWidth = Column.nameWidth(rows);
        tableHeader(g, width, model, nameWidth);
        long selected = model.selected().map(ThreadRow::ident).orElse(-1L);
        int y = TABLE_TOP + 1;
        for (ThreadRow r : rows) {
            if (y >= height - 1) {
                put(g, 1, height - 2, "... " + (rows.size() - (y - TABLE_TOP - 1) + 1) + " more threads (enlarge the window)", null);
                break;
            }
            threadRow(g, width, y++, r, r.ident() == selected, nameWidth);
        }
    }

    /** {@code threads 3: 1 HOLD, 2 WAIT}: how many threads are in each state right now. */
    private static String census(List<ThreadRow> rows) {
        java.util.EnumMap<ThreadStatus, Integer> counts = new java.util.EnumMap<>(ThreadStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder("threads " + rows.size());
        String sep = ": ";
        for (var e : counts.entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
            sep = ", ";
        }
        return sb.toString();
    }

    private static void tableHeader(TextGraphics g, int width, TopModel model, int nameWidth) {
        g.setBackgroundColor(TextColor.ANSI.WHITE);
        g.setForegroundColor(TextColor.ANSI.BLACK);
        g.putString(0, TABLE_TOP, " ".repeat(width));
        int x = 0;
        for (Column c : Column.values()) {
            String text = c.width() == 0 ? c.header() + " " : c.paddedHeader(nameWidth);
            if (x >= width) {
                break;
            }
            if (c == model.sortColumn()) {
                g.setBackgroundColor(TextColor.ANSI.CYAN);
                g.putString(x, TABLE_TOP, Fmt.fit(text, width - x), SGR.BOLD);
                g.setBackgroundColor(TextColor.ANSI.WHITE);
            } else {
                g.putString(x, TABLE_TOP, Fmt.fit(text, width - x));
            }
            x += text.length();
        }
        reset(g);
    }

    private static void threadRow(TextGraphics g, int width, int y, ThreadRow r, boolean selected, int nameWidth) {
        StringBuilder sb = new StringBuilder();
        for (Column c : Column.values()) {
            sb.append(c.paddedCell(r, nameWidth));
        }
        TextColor colour = switch (r.status()) {
            case WAIT -> TextColor.ANSI.RED_BRIGHT;
            case HOLD -> TextColor.ANSI.GREEN_BRIGHT;
            case IO -> TextColor.ANSI.CYAN;
            case NATIVE -> TextColor.ANSI.MAGENTA_BRIGHT;
            default -> TextColor.ANSI.DEFAULT;
        };
        g.setForegroundColor(colour);
        String line = Fmt.padRight(sb.toString(), width);
        if (selected) {
            g.putString(0, y, line, SGR.REVERSE);
        } else if (r.status() == ThreadStatus.WAIT) {
            g.putString(0, y, line, SGR.BOLD);
        } else {
            g.putString(0, y, line);
        }
        reset(g);
    }

    private static void detail(TextGraphics g, int width, int height, TopModel model) {
        Optional<ThreadRow> maybe = model.selected();
        if (maybe.isEmpty()) {
            put(g, 1, 2, "That thread has gone.", null);
            return;
        }
        ThreadRow r = maybe.get();
        int x = put(g, 1, 1, "Thread " + r.name() + "  (TID " + r.ident() + ")  ", null, SGR.BOLD);
        put(g, x, 1, r.status().label(), r.status() == ThreadStatus.WAIT ? TextColor.ANSI.RED_BRIGHT : TextColor.ANSI.GREEN_BRIGHT, SGR.BOLD);
        put(g, 1, 2, Fmt.fit("held " + Fmt.pct(r.held()) + "  wait " + Fmt.pct(r.waiting()) + "  acquisitions/s "
                + Fmt.num(r.acquisitionsPerSecond(), 1) + "  avg wait " + Fmt.millis(r.avgWaitMillis()) + "  p99 wait "
                + Fmt.millis(r.p99WaitMillis()) + "  max hold " + Fmt.millis(r.maxHoldMillis()), width - 1), null);
        int y = 4;
        put(g, 1, y++, "Python stack, innermost first:", null, SGR.BOLD);
        List<String> stack = r.stack().isEmpty() ? List.of(r.function().isEmpty() ? "(no Python frame)" : r.function()) : r.stack();
        WaitHistogram h = r.waitHistogram();
        int first = h.firstUsed();
        int last = h.lastUsed();
        int histogramRows = (first < 0 ? 1 : last - first + 1) + 2;
        int stackRoom = Math.max(1, height - 2 - y - histogramRows);
        for (int i = 0; i < stack.size() && i < stackRoom; i++) {
            put(g, 3, y++, Fmt.fit(stack.get(i), width - 4), i == 0 ? TextColor.ANSI.YELLOW_BRIGHT : null);
        }
        if (stack.size() > stackRoom) {
            put(g, 3, y++, "... " + (stack.size() - stackRoom) + " more frames", null);
        }
        y++;
        put(g, 1, y++, Fmt.fit(h.exact()
                ? "Wait per acquisition (each of " + h.total() + " waits; r restarts the count):"
                : "Wait per acquisition (mean of each refresh, weighted by acquisitions; the agent counts no waits):",
                width - 1), null, SGR.BOLD);
        if (first < 0) {
            put(g, 3, y, "no waits yet", null);
            return;
        }
        long max = 0;
        for (int i = first; i <= last; i++) {
            max = Math.max(max, h.count(i));
        }
        int barRoom = Math.max(1, width - 30);
        for (int i = first; i <= last && y < height - 1; i++) {
            int bar = max == 0 ? 0 : (int) Math.round((double) h.count(i) / max * barRoom);
            x = put(g, 3, y, Fmt.padLeft(h.label(i), 14) + " ", null);
            x = put(g, x, y, "█".repeat(bar), TextColor.ANSI.RED);
            put(g, x, y++, (bar > 0 ? " " : "") + h.count(i), null);
        }
    }

    private static void help(TextGraphics g, int width) {
        String[] lines = {
            "Keys",
            "  1..9, 0    sort by column 1..10 (again: reverse)     <  >   sort by the previous / next column",
            "  Up, Down   select a thread                           Enter  the thread's Python stack and wait histogram",
            "  p          pause / resume                            r      reset the target's windows and averages",
            "  f          record a few seconds: a wait flame graph  q      quit (Ctrl-C too)",
            "  ?          this help (Esc goes back)",
            "",
            "Figures (fractions of wall time over the last refresh)",
            "  held        some thread holds the GIL          contention  at least one thread waits for it",
            "  waiters     average number of waiting threads  knock       a probe thread's wait / polling window",
            "  forced drops/s   holders told to drop after a full switch interval",
            "  1m 5m 15m   contention averaged like the Unix load average",
            "",
            "States: WAIT wants the GIL (red)  HOLD runs Python (green)  IO released it for I/O (cyan)",
            "        NATIVE released it for native work (magenta)  IDLE not running Python",
            "",
            "Processes: each multiprocessing worker is a JVM with its own GIL. gilspy top --workers PID lists them;",
            "           gilspy top WORKER_PID watches one.",
        };
        for (int i = 0; i < lines.length; i++) {
            put(g, 1, 2 + i, Fmt.fit(lines[i], width - 1), null, i == 0 || i == 7 ? new SGR[] {SGR.BOLD} : new SGR[0]);
        }
    }

    private static void statusLine(TextGraphics g, int width, int height, TopModel model) {
        int y = height - 1;
        if (y <= TABLE_TOP) {
            y = Math.max(1, y);
        }
        String keys = switch (model.view()) {
            case TABLE -> " q quit  ? help  1-0 </> sort  ↑↓ select  Enter detail  f flame graph  p pause  r reset";
            default -> " Esc back  q quit";
        };
        String right = "sort " + model.sortColumn().header() + (model.descending() ? " ▼" : " ▲")
                + "  every " + Fmt.seconds(model.interval()) + " ";
        Optional<String> gone = model.goneMessage();
        if (gone.isPresent()) {
            g.setBackgroundColor(TextColor.ANSI.RED);
            g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
            g.putString(0, y, Fmt.padRight(" " + gone.get() + ": last figures kept, q quits", width), SGR.BOLD);
        } else {
            g.setBackgroundColor(TextColor.ANSI.WHITE);
            g.setForegroundColor(TextColor.ANSI.BLACK);
            String left = model.notice().map(n -> " " + n + "  ·" + keys).orElse(keys);
            g.putString(0, y, Fmt.fit(Fmt.padRight(left, Math.max(0, width - right.length())) + right, width));
        }
        reset(g);
    }

    private static int put(TextGraphics g, int x, int y, String text, TextColor colour, SGR... sgr) {
        if (colour != null) {
            g.setForegroundColor(colour);
        }
        if (sgr.length > 0) {
            g.putString(x, y, text, sgr[0], sgr);
        } else {
            g.putString(x, y, text);
        }
        reset(g);
        return x + text.length();
    }

    private static TextColor severity(double fraction) {
        if (fraction >= 0.5) {
            return TextColor.ANSI.RED_BRIGHT;
        }
        return fraction >= 0.1 ? TextColor.ANSI.YELLOW_BRIGHT : TextColor.ANSI.GREEN_BRIGHT;
    }

    private static void reset(TextGraphics g) {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }

    /** GraalPy's interval is its release scheduler's: say whether it was read from GraalPy, measured or assumed. */
    static String intervalTag(dev.gilspy.ui.model.GilSample gs) {
        if (!gs.graalPy() || gs.switchIntervalSource().isEmpty()) return "";
        String src = gs.switchIntervalSource();
        int sp = src.indexOf(' ');
        return " (GraalPy, " + (sp > 0 ? src.substring(0, sp) : src) + ")";
    }
}
