package dev.gilspy.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The text summary of {@code gilspy report}: per-thread held and wait with percentiles, the top
 * functions by wait and by hold, and the blame table (who held the GIL while whom waited).
 */
public final class Summary {

    /**
     * What the hold table and the blame table call the holds that one thread made before any other
     * thread took or waited for the GIL: the script's imports and set-up. A hold carries the stack of
     * its drop, so the main thread's start-up hold was listed under the function where it first
     * waited (on gilspy {@code wait (threading.py:327)}, the join after starting its threads). doctor
     * leaves the same start-up out of its figures.
     */
    public static final String STARTUP = "start-up (before the 2nd thread)";

    /** One thread's totals and duration percentiles, in nanoseconds. */
    public record ThreadStats(String thread, long held, long waited, long holds, long waits,
                              long holdP50, long holdP99, long holdMax, long waitP50, long waitP99, long waitMax) {}

    /** Wait time attributed to one (waiter function, holder thread, holder function). */
    public record BlameRow(String waiterThread, String waiterFunction, String holderThread, String holderFunction, long nanos) {}

    private final GilRecording recording;
    private final long wall;
    private final List<ThreadStats> threads;
    private final Map<String, Long> waitByFunction;
    private final Map<String, Long> holdByFunction;
    private final List<BlameRow> blame;
    private final long totalWait;
    private final long blamedWait;
    private final Map<String, Long> thresholds;

    public Summary(GilRecording recording) {
        this.recording = recording;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        Map<String, List<GilEvent>> byThread = new TreeMap<>();
        Map<String, Long> waitFn = new HashMap<>();
        Map<String, Long> holdFn = new HashMap<>();
        long waited = 0;
        Set<GilEvent> startupHolds = startupHolds(recording.events());
        for (GilEvent e : recording.events()) {
            first = Math.min(first, e.start());
            last = Math.max(last, e.end());
            if (e.kind() == GilEvent.Kind.WAIT) {
                waitFn.merge(e.stack().innermost(), e.duration(), Long::sum);
                waited += e.duration();
            } else if (e.kind() == GilEvent.Kind.HOLD) {
                holdFn.merge(holdLabel(e, startupHolds), e.duration(), Long::sum);
            } else {
                continue;
            }
            // by Java thread and name: 16 threads named "echo" are 16 rows, not one at 735%
            byThread.computeIfAbsent(e.threadId() + "/" + e.thread(), k -> new ArrayList<>()).add(e);
        }
        this.wall = Math.max(0, last - first);
        this.threads = new ArrayList<>();
        Map<String, Long> sameName = new HashMap<>();
        byThread.values().forEach(events -> sameName.merge(String.valueOf(events.get(0).thread()), 1L, Long::sum));
        byThread.forEach((key, events) -> {
            GilEvent e0 = events.get(0);
            String name = String.valueOf(e0.thread());
            if (sameName.get(name) > 1) name += e0.threadId() >= 0 ? " #" + e0.threadId() : "";
            threads.add(stats(name, events));
        });
        this.thresholds = recording.thresholds();
        this.waitByFunction = sortedDescending(waitFn);
        this.holdByFunction = sortedDescending(holdFn);
        this.totalWait = waited;
        Map<BlameRow, long[]> rows = new HashMap<>();
        long blamed = 0;
        for (Blame.Overlap o : Blame.overlaps(recording.events())) {
            BlameRow key = new BlameRow(String.valueOf(o.waiter().thread()), o.waiter().stack().innermost(),
                    String.valueOf(o.hold().thread()), holdLabel(o.hold(), startupHolds), 0);
            rows.computeIfAbsent(key, k -> new long[1])[0] += o.nanos();
            blamed += o.nanos();
        }
        this.blamedWait = blamed;
        this.blame = new ArrayList<>();
        rows.forEach((k, v) -> blame.add(new BlameRow(k.waiterThread(), k.waiterFunction(), k.holderThread(), k.holderFunction(), v[0])));
        blame.sort(Comparator.comparingLong(BlameRow::nanos).reversed().thenComparing(BlameRow::waiterThread));
    }

    /**
     * The holds of the first thread to hold the GIL that begin before any other thread's first wait
     * or hold; none when no other thread ever shows up (then they are the steady state). Two threads
     * that alternate from the start have none: the second one waits from the first hold's start.
     */
    static Set<GilEvent> startupHolds(List<GilEvent> events) {
        Set<GilEvent> startup = Collections.newSetFromMap(new IdentityHashMap<>());
        GilEvent firstHold = null;
        for (GilEvent e : events) {
            if (e.kind() == GilEvent.Kind.HOLD && (firstHold == null || e.start() < firstHold.start())) firstHold = e;
        }
        if (firstHold == null) return startup;
        String first = threadKey(firstHold);
        long secondThread = Long.MAX_VALUE;
        for (GilEvent e : events) {
            boolean gil = e.kind() == GilEvent.Kind.HOLD || e.kind() == GilEvent.Kind.WAIT;
            if (gil && !threadKey(e).equals(first)) secondThread = Math.min(secondThread, e.start());
        }
        if (secondThread == Long.MAX_VALUE) return startup;
        for (GilEvent e : events) {
            if (e.kind() == GilEvent.Kind.HOLD && e.start() < secondThread && threadKey(e).equals(first)) startup.add(e);
        }
        return startup;
    }

    private static String threadKey(GilEvent e) { return e.threadId() + "/" + e.thread(); }

    private static String holdLabel(GilEvent hold, Set<GilEvent> startupHolds) {
        return startupHolds.contains(hold) ? STARTUP : hold.stack().innermost();
    }

    public long wallNanos() { return wall; }
    public List<ThreadStats> threads() { return threads; }
    public Map<String, Long> waitByFunction() { return waitByFunction; }
    public Map<String, Long> holdByFunction() { return holdByFunction; }
    public List<BlameRow> blame() { return blame; }
    public long totalWait() { return totalWait; }
    public long blamedWait() { return blamedWait; }

    private static ThreadStats stats(String thread, List<GilEvent> events) {
        long[] holds = events.stream().filter(e -> e.kind() == GilEvent.Kind.HOLD).mapToLong(GilEvent::duration).sorted().toArray();
        long[] waits = events.stream().filter(e -> e.kind() == GilEvent.Kind.WAIT).mapToLong(GilEvent::duration).sorted().toArray();
        return new ThreadStats(thread, Arrays.stream(holds).sum(), Arrays.stream(waits).sum(), holds.length, waits.length,
                percentile(holds, 50), percentile(holds, 99), max(holds),
                percentile(waits, 50), percentile(waits, 99), max(waits));
    }

    /** Nearest-rank percentile of sorted values, 0 for none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long max(long[] sorted) { return sorted.length == 0 ? 0 : sorted[sorted.length - 1]; }

    private static Map<String, Long> sortedDescending(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public void print(PrintStream out, int top) {
        out.printf(Locale.ROOT, "%s: %d gilspy events over %s%n", recording.source().getFileName(),
                recording.events().size(), ProfileConverter.formatNanos(wall));
        out.println();
        out.printf(Locale.ROOT, "%-20s %10s %6s %10s %6s | %9s %9s %9s | %9s %9s %9s%n", "THREAD", "HELD", "HELD%",
                "WAIT", "WAIT%", "WAIT p50", "p99", "max", "HOLD p50", "p99", "max");
        for (ThreadStats t : threads) {
            out.printf(Locale.ROOT, "%-20s %10s %6s %10s %6s | %9s %9s %9s | %9s %9s %9s%n", cut(t.thread(), 20),
                    ProfileConverter.formatNanos(t.held()), pct(t.held(), wall),
                    ProfileConverter.formatNanos(t.waited()), pct(t.waited(), wall),
                    orDash(t.waits(), t.waitP50()), orDash(t.waits(), t.waitP99()), orDash(t.waits(), t.waitMax()),
                    orDash(t.holds(), t.holdP50()), orDash(t.holds(), t.holdP99()), orDash(t.holds(), t.holdMax()));
        }
        String caveat = thresholdCaveat();
        if (caveat != null) out.println(caveat);
        if (TakeTable.graalPy(recording)) TakeTable.print(out, threads, wall);
        printTop(out, "Top functions by GIL wait:", waitByFunction, totalWait, top);
        long totalHold = holdByFunction.values().stream().mapToLong(Long::longValue).sum();
        printTop(out, "Top functions by GIL hold:", holdByFunction, totalHold, top);
        out.println();
        out.printf(Locale.ROOT, "Blame: of %s waited, %s (%s) overlapped another thread's hold:%n",
                ProfileConverter.formatNanos(totalWait), ProfileConverter.formatNanos(blamedWait), pct(blamedWait, totalWait));
        if (blame.isEmpty()) {
            out.println("  (no wait overlapped a hold)");
            return;
        }
        out.printf(Locale.ROOT, "  %10s %6s  %-16s %-30s <- %-16s %s%n", "TIME", "SHARE", "WAITER", "WAITING IN", "HOLDER", "HOLDER RUNNING");
        for (BlameRow r : blame.subList(0, Math.min(top, blame.size()))) {
            out.printf(Locale.ROOT, "  %10s %6s  %-16s %-30s <- %-16s %s%n", ProfileConverter.formatNanos(r.nanos()),
                    pct(r.nanos(), totalWait), cut(r.waiterThread(), 16), cut(FrameLabel.shortName(r.waiterFunction()), 30),
                    cut(r.holderThread(), 16), FrameLabel.shortName(r.holderFunction()));
        }
    }

    private static void printTop(PrintStream out, String heading, Map<String, Long> byFunction, long total, int top) {
        out.println();
        out.println(heading);
        if (byFunction.isEmpty()) out.println("  (none)");
        byFunction.entrySet().stream().limit(top).forEach(e -> out.printf(Locale.ROOT, "  %10s %6s  %s%n",
                ProfileConverter.formatNanos(e.getValue()), pct(e.getValue(), total), e.getKey()));
    }

    /** A percentile of no events is not 0 ns: it is unknown. */
    private static String orDash(long count, long nanos) {
        return count == 0 ? "-" : ProfileConverter.formatNanos(nanos);
    }

    /**
     * Waits and holds shorter than the recording's threshold are not in it (the agent's own
     * {@code jfr=} recordings and JDK settings use 1 ms): the counts, totals and percentiles above
     * cover only the longer ones. {@code gilspy record} records everything (threshold 0).
     */
    String thresholdCaveat() {
        long wait = thresholds.getOrDefault(EventNames.GIL_WAIT, 0L);
        long hold = thresholds.getOrDefault(EventNames.GIL_HOLD, 0L);
        if (wait <= 0 && hold <= 0) return null;
        String what = wait > 0 && hold > 0 && wait == hold ? "waits and holds shorter than " + ProfileConverter.formatNanos(wait)
                : (wait > 0 ? "waits shorter than " + ProfileConverter.formatNanos(wait) : "")
                  + (wait > 0 && hold > 0 ? " and " : "") + (hold > 0 ? "holds shorter than " + ProfileConverter.formatNanos(hold) : "");
        return "note: " + what + " are not in this recording (its event threshold); the figures above count only longer ones."
                + " gilspy record keeps them all.";
    }

    static String pct(long part, long whole) {
        return whole <= 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
