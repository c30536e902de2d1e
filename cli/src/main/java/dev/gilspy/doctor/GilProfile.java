package dev.gilspy.doctor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.gilspy.report.GilEvent;

/**
 * The figures the doctor classifies with, computed once from a {@link Measured} recording, in
 * DESIGN.md's vocabulary: held, contention, waiters, switches/s, forced drops/s, plus the hold and
 * wait percentiles, the sampled thread states, the long holds and each thread's I/O pattern.
 */
public final class GilProfile {

    /** One Python thread's pattern. Convoy waits: waits of {@code convoyLow..convoyHigh} intervals. */
    public record ThreadFigures(String thread, int holds, int forcedHolds, long heldNanos, int waits,
                                long waitedNanos, long waitP50, int convoyWaits, long convoyWaitedNanos,
                                String waitFunction, String blockedBy, int ioSamples, int busySamples) {
        public double voluntaryShare() { return holds == 0 ? 0 : 1.0 - (double) forcedHolds / holds; }
        /** Share of this thread's non-idle samples spent in I/O (NaN without samples). */
        public double ioShare() { return busySamples == 0 ? Double.NaN : (double) ioSamples / busySamples; }
    }

    /**
     * Holds that ran on for at least {@link Thresholds#LONG_HOLD_INTERVALS} intervals after a waiter's
     * drop request: no check site ran to honour it (native code holding the GIL). A long hold nobody
     * asked to end is not one of them.
     */
    public record LongHolds(int count, long nanos, long ignoredNanos, long maxNanos, String topFunction, String topThread) {}

    public final String source;
    public final String mode;
    public final long intervalNanos;
    public final boolean intervalKnown;
    /** The Python measured: {@code graalpy}, {@code gilspy}, or {@code gilspy} for a recording that does not say. */
    public final String target;
    /** Where the interval came from, as the agent said; null when the recording does not say. */
    public final String intervalSource;
    /** Every switch interval the GilStats showed, in order, without repeats: more than one when the program changed it. */
    public final List<Long> intervalsSeen;
    public final long wallNanos;
    public final long heldNanos;
    public final double held;
    public final double contention;
    /** Time during which at least one thread waited. */
    public final long contendedNanos;
    public final double waiters;
    public final int holds;
    public final int forcedDrops;
    public final int dropRequests;
    public final int switches;
    public final long holdP50;
    public final long holdP99;
    public final long holdMax;
    public final long waitP50;
    public final long waitP99;
    public final long waitMax;
    /** Innermost function to its hold time, largest first. */
    public final Map<String, Long> holdByFunction;
    /** Sample state (HOLD, WAIT, IO, NATIVE, IDLE) to count. */
    public final Map<String, Integer> sampleStates;
    /** Per state, the innermost function seen most often. */
    public final Map<String, String> sampleTopFunction;
    public final LongHolds longHolds;
    public final List<ThreadFigures> threads;
    /**
     * The start-up: the time from the first hold until a second thread first held the GIL (or until the
     * first thread stopped mostly holding it: {@link Thresholds#STARTUP_AFTER_HELD_MAX}), during which one
     * thread alone ran Python (on GraalPy the context's creation and first imports, e.g. under
     * {@code PyRun.main}; on gilspy the script's imports and set-up); when at least {@link Thresholds#STARTUP_HOLD_NANOS} and
     * {@link Thresholds#STARTUP_HOLD_SHARE} of the wall time. Null otherwise.
     */
    public final Startup startup;

    /** One thread alone ran Python from {@code start} to {@code end}: {@code holds} holds, the longest in {@code function}. */
    public record Startup(String thread, long start, long end, int holds, long heldNanos, long longestNanos, String function) {
        public long nanos() { return end - start; }
    }
    /** Takes per second and nanoseconds per take (waits included), from the agent's totals; NaN when the recording lacks them. */
    public final double acquisitionsPerSecond;
    public final double takeNanosPerAcquisition;
    /** Time spent taking the GIL, summed over threads, per wall second (a fraction of one CPU when uncontended). */
    public final double takeShare;
    /** What this profile was computed from. */
    public final Measured measured;
    /**
     * The CPU the recorded JVM got, in cores (1.0 = one whole core), and the share of all the machine's
     * CPUs in use, averaged over the {@code jdk.CPULoad} points inside the recorded window; NaN when
     * the recording has none (attached recordings, GraalPy, a window under a second).
     */
    public final double cpuCores;
    public final double machineBusy;

    private GilProfile(Measured m) {
        this.source = m.source();
        List<Measured.StatsPoint> stats = m.stats();
        Measured.StatsPoint last = stats.isEmpty() ? null : stats.get(stats.size() - 1);
        this.mode = last == null || last.mode() == null ? "on" : last.mode();
        this.intervalKnown = last != null && last.intervalNanos() > 0;
        this.intervalNanos = intervalKnown ? last.intervalNanos() : Thresholds.DEFAULT_INTERVAL_NANOS;
        String t = null;
        String src = null;
        for (Measured.StatsPoint s : stats) {
            if (s.target() != null && !s.target().isEmpty()) t = s.target();
            if (s.intervalSource() != null && !s.intervalSource().isEmpty()) src = s.intervalSource();
        }
        this.target = t == null ? "gilspy" : t;
        this.intervalSource = src;
        List<Long> seen = new ArrayList<>();
        for (Measured.StatsPoint s : stats) {
            if (s.intervalNanos() > 0 && (seen.isEmpty() || seen.get(seen.size() - 1) != s.intervalNanos())) seen.add(s.intervalNanos());
        }
        this.intervalsSeen = List.copyOf(seen);

        long first = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        List<GilEvent> holdEvents = new ArrayList<>();
        List<GilEvent> waitEvents = new ArrayList<>();
        List<Boolean> forced = new ArrayList<>();
        Map<String, Integer> states = new TreeMap<>();
        Map<String, Map<String, Integer>> stateFns = new HashMap<>();
        int requests = 0;
        int holdIndex = 0;
        Map<String, List<Long>> requestsByHolder = new HashMap<>();
        for (GilEvent e : m.events()) {
            switch (e.kind()) {
                case HOLD -> {
                    holdEvents.add(e);
                    forced.add(m.forcedHolds().get(holdIndex++));
                }
                case WAIT -> waitEvents.add(e);
                case SAMPLE -> {
                    String s = state(e);
                    states.merge(s, 1, Integer::sum);
                    stateFns.computeIfAbsent(s, k -> new HashMap<>()).merge(e.stack().innermost(), 1, Integer::sum);
                }
                case DROP_REQUEST -> {
                    // the agent's own probe (gilspy-knocker) is no Python waiter: its requests say nothing about the program
                    if (e.thread() != null && e.thread().startsWith("gilspy-")) continue;
                    requests++;
                    requestsByHolder.computeIfAbsent(String.valueOf(e.other()), k -> new ArrayList<>()).add(e.start());
                }
            }
            if (e.kind() != GilEvent.Kind.DROP_REQUEST) {
                first = Math.min(first, e.start());
                end = Math.max(end, e.end());
            }
        }
        this.wallNanos = first == Long.MAX_VALUE ? 0 : Math.max(1, end - first);
        this.dropRequests = requests;
        this.sampleStates = states;
        this.sampleTopFunction = new TreeMap<>();
        stateFns.forEach((s, fns) -> sampleTopFunction.put(s, topKey(fns)));

        holdEvents.sort(Comparator.comparingLong(GilEvent::start));
        requestsByHolder.values().forEach(java.util.Collections::sort);
        long heldSum = 0;
        int forcedCount = 0;
        int sw = 0;
        String previous = null;
        Map<String, Long> byFn = new HashMap<>();
        long[] holdDurations = new long[holdEvents.size()];
        Map<String, Long> longByFn = new HashMap<>();
        Map<String, Long> longByThread = new HashMap<>();
        int longCount = 0;
        long longNanos = 0;
        long ignoredSum = 0;
        long longMax = 0;
        for (int i = 0; i < holdEvents.size(); i++) {
            GilEvent h = holdEvents.get(i);
            heldSum += h.duration();
            holdDurations[i] = h.duration();
            byFn.merge(h.stack().innermost(), h.duration(), Long::sum);
            if (previous != null && !previous.equals(h.thread())) sw++;
            previous = h.thread();
            long interval = intervalAt(stats, h.start());
            long ignored = ignoredRequestNanos(requestsByHolder.get(String.valueOf(h.thread())), h);
            if (ignored >= Thresholds.LONG_HOLD_INTERVALS * interval && ignored >= Thresholds.LONG_HOLD_MIN_NANOS) {
                longCount++;
                longNanos += h.duration();
                ignoredSum += ignored;
                longMax = Math.max(longMax, h.duration());
                longByFn.merge(h.stack().innermost(), h.duration(), Long::sum);
                longByThread.merge(String.valueOf(h.thread()), h.duration(), Long::sum);
            }
        }
        // forced flags follow file order, which for holds is commit (drop) order, not start order
        for (Boolean f : forced) if (f) forcedCount++;
        this.holds = holdEvents.size();
        this.heldNanos = heldSum;
        this.held = ratio(heldSum, wallNanos);
        this.forcedDrops = forcedCount;
        this.switches = sw;
        Arrays.sort(holdDurations);
        this.holdP50 = percentile(holdDurations, 50);
        this.holdP99 = percentile(holdDurations, 99);
        this.holdMax = holdDurations.length == 0 ? 0 : holdDurations[holdDurations.length - 1];
        this.holdByFunction = sortedDescending(byFn);
        this.longHolds = new LongHolds(longCount, longNanos, ignoredSum, longMax,
                longByFn.isEmpty() ? null : topKeyLong(longByFn), longByThread.isEmpty() ? null : topKeyLong(longByThread));

        long[] waitDurations = waitEvents.stream().mapToLong(GilEvent::duration).sorted().toArray();
        this.waitP50 = percentile(waitDurations, 50);
        this.waitP99 = percentile(waitDurations, 99);
        this.waitMax = waitDurations.length == 0 ? 0 : waitDurations[waitDurations.length - 1];
        long waitedSum = Arrays.stream(waitDurations).sum();
        this.waiters = ratio(waitedSum, wallNanos);
        this.contendedNanos = unionLength(waitEvents);
        this.contention = ratio(contendedNanos, wallNanos);

        this.threads = threadFigures(holdEvents, forced, m, waitEvents, stats);
        this.measured = m;
        double jvm = 0;
        double machine = 0;
        int points = 0;
        // a point covers the second before it: the first whole one ends >= 0.5 s into the window
        for (Measured.CpuPoint c : m.cpu()) {
            if (c.time() >= first + 500_000_000L && c.time() <= end + 500_000_000L) {
                jvm += c.jvm();
                machine += c.machine();
                points++;
            }
        }
        this.cpuCores = points == 0 || m.cpus() <= 0 ? Double.NaN : jvm / points * m.cpus();
        this.machineBusy = points == 0 ? Double.NaN : machine / points;
        Measured.StatsPoint totals = null;
        for (Measured.StatsPoint s : stats) if (s.acquisitionsTotal() > 0 && s.wallTotalNanos() > 0) totals = s;
        this.acquisitionsPerSecond = totals == null ? Double.NaN : totals.acquisitionsTotal() / (totals.wallTotalNanos() / 1e9);
        this.takeNanosPerAcquisition = totals == null ? Double.NaN : (double) Math.max(0, totals.waitTotalNanos()) / totals.acquisitionsTotal();
        this.takeShare = totals == null ? Double.NaN : (double) Math.max(0, totals.waitTotalNanos()) / totals.wallTotalNanos();
        this.startup = startup(holdEvents, wallNanos);
    }

    public static GilProfile of(Measured m) { return new GilProfile(m); }

    /**
     * The start-up: from the first hold until a second thread first takes the GIL, or, when the lone
     * thread then stopped mostly holding it, until the end of the hold after which it held it less than
     * {@link Thresholds#STARTUP_AFTER_HELD_MAX} of the time up to that take. A thread that released the
     * GIL to work (native calls, I/O, sleeps) was no longer starting up, and that work belongs in the
     * steady state: native_work.py's sequential native calls, counted as start-up, left a threaded
     * phase of under a second whose thread starts and exits held the GIL most of the time.
     */
    private static Startup startup(List<GilEvent> holdsByStart, long wallNanos) {
        if (holdsByStart.isEmpty()) return null;
        String thread = String.valueOf(holdsByStart.get(0).thread());
        long start = holdsByStart.get(0).start();
        int lone = 0;
        long after = 0; // the lone thread's hold time from here to the second thread's first take
        while (lone < holdsByStart.size() && thread.equals(String.valueOf(holdsByStart.get(lone).thread()))) {
            after += holdsByStart.get(lone++).duration();
        }
        if (lone == holdsByStart.size()) return null; // one thread all along: that is the steady state
        long end = holdsByStart.get(lone).start();
        int n = 0;
        long held = 0;
        GilEvent longest = null;
        for (GilEvent h : holdsByStart.subList(0, lone)) {
            n++;
            held += h.duration();
            after -= h.duration();
            if (longest == null || h.duration() > longest.duration()) longest = h;
            if (after < Thresholds.STARTUP_AFTER_HELD_MAX * (end - h.end())) {
                end = h.end();
                break;
            }
        }
        long span = end - start;
        if (span < Thresholds.STARTUP_HOLD_NANOS || span < Thresholds.STARTUP_HOLD_SHARE * wallNanos) return null;
        return new Startup(thread, start, end, n, held, longest.duration(), longest.stack().innermost());
    }

    public double seconds() { return wallNanos / 1e9; }
    public boolean graalPy() { return "graalpy".equals(target); }
    public double switchesPerSecond() { return wallNanos == 0 ? 0 : switches / seconds(); }
    public double forcedDropsPerSecond() { return wallNanos == 0 ? 0 : forcedDrops / seconds(); }
    /** 1/interval: the forced drops per second two spinning threads would cause on an idle machine. */
    public double idealForcedRate() { return 1e9 / intervalNanos; }
    public int nonIdleSamples() {
        return sampleStates.entrySet().stream().filter(e -> busy(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * A sample's state, with one correction: a thread blocked in threading's join/wait/acquire shows
     * as IO to the sampler, but it waits for another thread, not for the outside world: LOCK.
     */
    static String state(GilEvent sample) {
        String s = sample.state() == null ? "UNKNOWN" : sample.state();
        if (s.equals("IO")) {
            String top = sample.stack().innermost();
            if (top.contains("<frozen threading>") || top.contains("threading.py:")) return "LOCK";
        }
        return s;
    }

    /** Idle threads and threads blocked on another thread do not count in the shares. */
    static boolean busy(String state) { return !state.equals("IDLE") && !state.equals("LOCK"); }
    public double sampleShare(String state) {
        int n = nonIdleSamples();
        return n == 0 ? 0 : (double) sampleStates.getOrDefault(state, 0) / n;
    }
    /** Threads holding at least {@link Thresholds#BUSY_THREAD_HOLD_SHARE} of all hold time. */
    public int busyThreads() {
        return (int) threads.stream().filter(t -> t.heldNanos() >= Thresholds.BUSY_THREAD_HOLD_SHARE * heldNanos && t.heldNanos() > 0).count();
    }

    /** The switch interval in force at {@code time}: the last GilStats at or before it, else the first. */
    static long intervalAt(List<Measured.StatsPoint> stats, long time) {
        if (stats.isEmpty()) return Thresholds.DEFAULT_INTERVAL_NANOS;
        long interval = stats.get(0).intervalNanos();
        for (Measured.StatsPoint s : stats) {
            if (s.time() > time) break;
            interval = s.intervalNanos();
        }
        return interval > 0 ? interval : Thresholds.DEFAULT_INTERVAL_NANOS;
    }

    private static List<ThreadFigures> threadFigures(List<GilEvent> holdsByStart, List<Boolean> forcedInFileOrder,
                                                     Measured m, List<GilEvent> waits, List<Measured.StatsPoint> stats) {
        Map<String, int[]> holdCounts = new LinkedHashMap<>(); // holds, forced
        Map<String, Long> heldBy = new HashMap<>();
        int i = 0;
        for (GilEvent e : m.events()) {
            if (e.kind() != GilEvent.Kind.HOLD) continue;
            int[] c = holdCounts.computeIfAbsent(String.valueOf(e.thread()), k -> new int[2]);
            c[0]++;
            if (forcedInFileOrder.get(i++)) c[1]++;
            heldBy.merge(String.valueOf(e.thread()), e.duration(), Long::sum);
        }
        Map<String, int[]> samples = new HashMap<>(); // io, busy
        for (GilEvent e : m.events()) {
            if (e.kind() != GilEvent.Kind.SAMPLE || !busy(state(e))) continue;
            int[] c = samples.computeIfAbsent(String.valueOf(e.thread()), k -> new int[2]);
            if ("IO".equals(state(e))) c[0]++;
            c[1]++;
        }
        Map<String, List<GilEvent>> waitsBy = new TreeMap<>();
        for (GilEvent w : waits) waitsBy.computeIfAbsent(String.valueOf(w.thread()), k -> new ArrayList<>()).add(w);
        for (String t : holdCounts.keySet()) waitsBy.computeIfAbsent(t, k -> new ArrayList<>());
        List<ThreadFigures> out = new ArrayList<>();
        waitsBy.forEach((thread, ws) -> {
            long[] d = ws.stream().mapToLong(GilEvent::duration).sorted().toArray();
            int convoy = 0;
            long convoyNanos = 0;
            Map<String, Long> waitFns = new HashMap<>();
            Map<String, Long> blockers = new HashMap<>();
            for (GilEvent w : ws) {
                long interval = intervalAt(stats, w.start());
                if (w.duration() >= Thresholds.CONVOY_WAIT_LOW * interval && w.duration() <= Thresholds.CONVOY_WAIT_HIGH * interval) {
                    convoy++;
                    convoyNanos += w.duration();
                    waitFns.merge(w.stack().innermost(), w.duration(), Long::sum);
                    if (w.other() != null) blockers.merge(w.other(), w.duration(), Long::sum);
                }
            }
            int[] c = holdCounts.getOrDefault(thread, new int[2]);
            out.add(new ThreadFigures(thread, c[0], c[1], heldBy.getOrDefault(thread, 0L), ws.size(),
                    Arrays.stream(d).sum(), percentile(d, 50), convoy, convoyNanos,
                    waitFns.isEmpty() ? null : topKeyLong(waitFns), blockers.isEmpty() ? null : topKeyLong(blockers),
                    samples.getOrDefault(thread, new int[2])[0], samples.getOrDefault(thread, new int[2])[1]));
        });
        return out;
    }

    /** How long {@code h} went on after the first drop request made during it (0 if none). */
    private static long ignoredRequestNanos(List<Long> requestTimes, GilEvent h) {
        if (requestTimes == null) return 0;
        int i = java.util.Collections.binarySearch(requestTimes, h.start());
        if (i < 0) i = -i - 1;
        if (i >= requestTimes.size() || requestTimes.get(i) > h.end()) return 0;
        return h.end() - requestTimes.get(i);
    }

    /** Length of the union of the wait intervals: time during which at least one thread waited. */
    private static long unionLength(List<GilEvent> waits) {
        long[][] iv = waits.stream().map(w -> new long[] {w.start(), w.end()}).sorted(Comparator.comparingLong(a -> a[0]))
                .toArray(long[][]::new);
        long total = 0;
        long curStart = Long.MIN_VALUE;
        long curEnd = Long.MIN_VALUE;
        for (long[] a : iv) {
            if (a[0] > curEnd) {
                if (curEnd > curStart) total += curEnd - curStart;
                curStart = a[0];
                curEnd = a[1];
            } else {
                curEnd = Math.max(curEnd, a[1]);
            }
        }
        if (curEnd > curStart) total += curEnd - curStart;
        return total;
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ratio(long part, long whole) { return whole <= 0 ? 0 : Math.min(1.0, (double) part / whole); }

    private static String topKey(Map<String, Integer> m) {
        return m.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String topKeyLong(Map<String, Long> m) {
        return m.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Map<String, Long> sortedDescending(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
