package dev.gilspy.ui.text;

import dev.gilspy.ui.model.Column;
import dev.gilspy.ui.model.Fmt;
import dev.gilspy.ui.model.GilSample;
import dev.gilspy.ui.model.Snapshot;
import dev.gilspy.ui.model.TargetInfo;
import dev.gilspy.ui.model.ThreadRow;
import dev.gilspy.ui.model.TopModel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch-mode snapshot as plain text, like {@code top -b}. Every snapshot starts with a line
 * beginning {@code gilspy top #N}, and every header line is a fixed label followed by
 * {@code key=value} pairs, so {@code grep contention=} and {@code awk} work on it.
 */
public final class SnapshotText {
    private SnapshotText() {}

    public static List<String> lines(TopModel model) {
        List<String> out = new ArrayList<>();
        TargetInfo t = model.target();
        Instant now = Instant.ofEpochMilli(model.snapshot().map(Snapshot::takenAtMillis).orElse(System.currentTimeMillis()));
        String uptime = model.snapshot().map(s -> "  up " + Fmt.uptime(s.sample().uptimeMillis())).orElse("");
        out.add("gilspy top #" + model.refreshes() + "  " + now.truncatedTo(ChronoUnit.SECONDS) + "  pid " + t.pid()
                + "  " + t.mainClass() + "  java " + t.jvmVersion() + uptime);
        model.goneMessage().ifPresent(m -> out.add("gone     " + m));
        if (model.snapshot().isEmpty()) {
            out.add("gil      none: no gilspy GIL in this JVM yet (no interpreter running, or the agent is not measuring)");
            out.add("");
            return out;
        }
        Snapshot s = model.snapshot().get();
        GilSample g = s.sample();
        out.add("gil      mode=" + g.mode() + "  switch-interval=" + Fmt.interval(g.switchIntervalSeconds())
                + "  interpreter=" + g.interpreterId() + "  threads=" + s.rows().size()
                + (g.graalPy() ? "  target=graalpy  interval-source=" + g.switchIntervalSource() : ""));
        out.add("load     held=" + Fmt.pct(s.held()) + "  contention=" + Fmt.pct(s.contention())
                + "  waiters=" + Fmt.num(s.waiters(), 2) + "  knock=" + Fmt.pct(g.knockRatio()));
        out.add("rates    switches/s=" + Fmt.num(s.switchesPerSecond(), 1) + "  forced-drops/s="
                + Fmt.num(s.forcedDropsPerSecond(), 1) + "  drop-requests/s=" + Fmt.num(g.dropRequestsPerSecond(), 1));
        out.add("avg      contention-1m=" + Fmt.pct(g.contention1m()) + "  contention-5m=" + Fmt.pct(g.contention5m())
                + "  contention-15m=" + Fmt.pct(g.contention15m()));
        out.add("wait     p50=" + Fmt.millis(g.waitP50Millis()) + "  p99=" + Fmt.millis(g.waitP99Millis())
                + "  max=" + Fmt.millis(g.waitMaxMillis()) + "  hold-p99=" + Fmt.millis(g.holdP99Millis())
                + "  hold-max=" + Fmt.millis(g.holdMaxMillis()));
        out.add("holder   " + (g.holderThread().isEmpty() ? "-" : g.holderThread()
                + (g.holderFunction().isEmpty() ? "" : "  " + Fmt.frame(g.holderFunction()))));
        out.add("verdict  " + s.verdict().text());
        out.add("advice   " + (s.verdict().advice().isEmpty() ? "-" : s.verdict().advice()));
        out.add("");
        int nameWidth = Column.nameWidth(model.rows());
        out.add(header(nameWidth));
        for (ThreadRow r : model.rows()) {
            out.add(row(r, nameWidth));
        }
        out.add("");
        return out;
    }

    /** The table header with the NAME column {@code nameWidth} wide ({@link Column#nameWidth}). */
    public static String header(int nameWidth) {
        StringBuilder sb = new StringBuilder();
        for (Column c : Column.values()) {
            sb.append(c.paddedHeader(nameWidth));
        }
        return sb.toString();
    }

    public static String row(ThreadRow r, int nameWidth) {
        StringBuilder sb = new StringBuilder();
        for (Column c : Column.values()) {
            sb.append(c.paddedCell(r, nameWidth));
        }
        return sb.toString();
    }
}
