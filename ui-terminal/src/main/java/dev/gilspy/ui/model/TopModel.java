package dev.gilspy.ui.model;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one {@code top} session, free of any terminal type: the latest {@link Snapshot},
 * the contention history behind the sparkline, the sort order, the selected thread, and which
 * view is showing. Renderers read it; key handlers call its commands.
 */
public final class TopModel {
    /** Which screen the live view shows. */
    public enum View { TABLE, DETAIL, HELP }

    private static final Duration HISTORY = Duration.ofSeconds(60);

    private final TargetInfo target;
    private final Duration interval;
    private final int historySize;
    private final Deque<Double> history = new ArrayDeque<>();
    /** Per thread: the refresh means' histogram, for an agent without per-wait counts. */
    private final Map<Long, WaitHistogram> histograms = new HashMap<>();
    /** Per thread: the agent's cumulative wait counts when {@code r} was pressed; shown counts start there. */
    private final Map<Long, WaitHistogram> waitBaselines = new HashMap<>();

    private GilSample previous;
    private Snapshot snapshot;
    private int refreshes;
    private Column sortColumn = Column.WAIT;
    private boolean descending = true;
    private Long selectedIdent;
    private boolean paused;
    private View view = View.TABLE;
    private String goneMessage;
    private String notice;

    public TopModel(TargetInfo target, Duration interval) {
        this.target = target;
        this.interval = interval;
        this.historySize = (int) Math.max(1, HISTORY.toMillis() / Math.max(1, interval.toMillis()));
    }

    public TargetInfo target() { return target; }
    /** How many refreshes the 60 s history holds. */
    public int historySize() { return historySize; }
    public Duration interval() { return interval; }
    public int refreshes() { return refreshes; }

    /** Adds one read of the source. An empty read means no GIL is registered in the target yet. */
    public void accept(Optional<GilSample> read, long nowMillis) {
        refreshes++;
        notice = null;
        if (read.isEmpty()) {
            previous = null;
            snapshot = null;
            return;
        }
        GilSample sample = read.get();
        if (previous != null && previous.interpreterId() != sample.interpreterId()) {
            previous = null;
        }
        snapshot = derive(sample, previous, nowMillis);
        previous = sample;
    }

    private Snapshot derive(GilSample s, GilSample prev, long nowMillis) {
        double dt = prev == null ? 0 : elapsedSeconds(prev, s);
        boolean rates = dt > 0 && s.heldSecondsTotal() >= prev.heldSecondsTotal();
        double held = rates ? clamp01((s.heldSecondsTotal() - prev.heldSecondsTotal()) / dt) : s.held();
        double contention = rates && !Double.isNaN(s.contendedSecondsTotal() - prev.contendedSecondsTotal())
                ? clamp01((s.contendedSecondsTotal() - prev.contendedSecondsTotal()) / dt) : s.contention();
        double waiters = rates ? Math.max(0, (s.waitSecondsTotal() - prev.waitSecondsTotal()) / dt) : s.waiters();
        double switches = rates ? (s.switchesTotal() - prev.switchesTotal()) / dt : s.switchesPerSecond();
        double forced = rates ? (s.forcedDropsTotal() - prev.forcedDropsTotal()) / dt : s.forcedDropsPerSecond();

        Map<Long, ThreadSample> before = new HashMap<>();
        if (rates) {
            prev.threads().forEach(t -> before.put(t.ident(), t));
        }
        List<ThreadRow> rows = new ArrayList<>();
        for (ThreadSample t : s.threads()) {
            rows.add(deriveRow(t, before.get(t.ident()), dt));
        }
        List<Long> idents = rows.stream().map(ThreadRow::ident).toList();
        histograms.keySet().retainAll(idents);
        waitBaselines.keySet().retainAll(idents);

        history.addLast(contention);
        while (history.size() > historySize) {
            history.removeFirst();
        }
        Verdict verdict = Verdict.of(s, held, contention, waiters, rows);
        return new Snapshot(refreshes, nowMillis, target, s, held, contention, waiters, switches, forced,
                List.copyOf(rows), List.copyOf(history), verdict);
    }

    /** The agent's own wall clock when it has one (the same clock as its totals), else its uptime. */
    private static double elapsedSeconds(GilSample prev, GilSample s) {
        double wall = s.wallSecondsTotal() - prev.wallSecondsTotal();
        return Double.isNaN(wall) ? (s.uptimeMillis() - prev.uptimeMillis()) / 1000.0 : wall;
    }

    private ThreadRow deriveRow(ThreadSample t, ThreadSample prev, double dt) {
        double held = t.held();
        double wait = t.waiting();
        double acq = t.acquisitionsPerSecond();
        double avgWait = t.avgWaitMillis();
        WaitHistogram histogram = t.waitHistogram().exact()
                ? t.waitHistogram().minus(waitBaselines.getOrDefault(t.ident(), WaitHistogram.empty()))
                : histograms.getOrDefault(t.ident(), WaitHistogram.empty());
        if (prev != null && dt > 0 && t.acquisitionsTotal() >= prev.acquisitionsTotal()) {
            long dAcq = t.acquisitionsTotal() - prev.acquisitionsTotal();
            double dWait = t.waitSecondsTotal() - prev.waitSecondsTotal();
            held = clamp01((t.heldSecondsTotal() - prev.heldSecondsTotal()) / dt);
            wait = clamp01(dWait / dt);
            // The agent adds a hold or a wait to its totals when it ends, so one that straddles two
            // refreshes lands whole in the later one: a thread that waited 0.9 s and then held for
            // 0.5 s shows 90% + 50% in a 1 s window. A thread cannot hold and wait at once, so its
            // two shares are scaled to the window they fell in; over several refreshes they add up.
            if (held + wait > 1) {
                double scale = 1 / (held + wait);
                held *= scale;
                wait *= scale;
            }
            acq = dAcq / dt;
            if (dAcq > 0) {
                avgWait = dWait * 1000 / dAcq;
                histogram = histogram.plus(avgWait, dAcq);
            }
        }
        if (!histogram.exact()) {
            histograms.put(t.ident(), histogram);
        }
        return new ThreadRow(t.ident(), t.name(), t.status(), held, wait, acq, avgWait, t.p99WaitMillis(),
                t.maxHoldMillis(), t.function(), t.stack(), histogram);
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? v : Math.max(0, Math.min(1, v));
    }

    /** The latest figures, or empty before the first read of a GIL. */
    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** This refresh's threads in the chosen order. */
    public List<ThreadRow> rows() {
        if (snapshot == null) {
            return List.of();
        }
        List<ThreadRow> rows = new ArrayList<>(snapshot.rows());
        rows.sort(sortColumn.comparator(descending));
        return rows;
    }

    // --- sorting

    public Column sortColumn() { return sortColumn; }
    public boolean descending() { return descending; }

    /** Sorts by {@code column}; choosing the current column again reverses the order. */
    public void sortBy(Column column) {
        if (column == sortColumn) {
            descending = !descending;
        } else {
            sortColumn = column;
            descending = column.naturallyDescending();
        }
    }

    /** {@code >}: the next column to the right. */
    public void sortNext() {
        Column[] all = Column.values();
        sortBy(all[(sortColumn.ordinal() + 1) % all.length]);
    }

    /** {@code <}: the next column to the left. */
    public void sortPrevious() {
        Column[] all = Column.values();
        sortBy(all[(sortColumn.ordinal() + all.length - 1) % all.length]);
    }

    // --- selection and views

    public Optional<ThreadRow> selected() {
        List<ThreadRow> rows = rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (selectedIdent != null) {
            for (ThreadRow r : rows) {
                if (r.ident() == selectedIdent) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.of(rows.get(0));
    }

    public void moveSelection(int delta) {
        List<ThreadRow> rows = rows();
        if (rows.isEmpty()) {
            return;
        }
        int index = rows.indexOf(selected().orElseThrow());
        int next = Math.max(0, Math.min(rows.size() - 1, index + delta));
        selectedIdent = rows.get(next).ident();
    }

    public View view() { return view; }

    public void openDetail() {
        if (selected().isPresent()) {
            selectedIdent = selected().get().ident();
            view = View.DETAIL;
        }
    }

    public void toggleHelp() {
        view = view == View.HELP ? View.TABLE : View.HELP;
    }

    public void back() {
        view = View.TABLE;
    }

    // --- session state

    public boolean paused() { return paused; }

    public void togglePaused() {
        paused = !paused;
    }

    /** {@code r}: forgets local history too, so the sparkline and histograms restart with the target's windows. */
    public void reset() {
        history.clear();
        histograms.clear();
        waitBaselines.clear();
        if (previous != null) {
            previous.threads().forEach(t -> waitBaselines.put(t.ident(), t.waitHistogram()));
        }
        previous = null;
        notice = "windows reset";
    }

    /** The target exited: keep the last figures and say so. */
    public void targetGone(String message) {
        goneMessage = message;
    }

    public Optional<String> goneMessage() {
        return Optional.ofNullable(goneMessage);
    }

    /** A one-off message for the status line, shown until the next refresh. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public void notice(String message) {
        notice = message;
    }
}
