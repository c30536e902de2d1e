package dev.gilspy.doctor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.gilspy.record.Recorder;
import dev.gilspy.record.ScriptRun;
import dev.gilspy.report.RecordingException;

/**
 * {@code gilspy compare}: the same program as whole child processes under each {@link CompareMode},
 * each under the agent, then one side-by-side table and a verdict.
 *
 * <p>Speed: programs that run for a fixed time and print their throughput as a line
 * {@code rounds: N} or {@code work: N} (like countdown_pair.py) are compared by that number;
 * all others by wall time. A run's figures are the medians over {@code --runs} (3 by default), so one
 * bad run (a busy machine, a slow JIT outcome) cannot decide the verdict; the runs are interleaved
 * across the modes ({@link #runInterleaved}), so a spell of load falls on every mode alike; a run that
 * fails is left out of the medians and named in the note; the table shows each mode's spread, and the
 * verdict names a mode whose runs disagree.
 */
public final class Comparison {

    /**
     * One mode's medians. Figures from the recording are NaN when it had no GIL events (e.g. --gil=off).
     * {@code spread} is (fastest - slowest) / median of the runs' speed (work per run, or 1/wall), NaN for one run.
     * {@code target} is the Python the recordings name ({@code gilspy}, {@code graalpy}: its remedies differ, see
     * {@link CompareAdvice}), {@code intervalNanos} the switch interval they report (0 when none said).
     */
    public record Row(CompareMode mode, double wallSeconds, double cores, double contention, double forcedPerSecond,
                      double waitP99Ms, double work, int exitCode, String note, double spread, int runs, String target,
                      long intervalNanos) {

        public Row(CompareMode mode, double wallSeconds, double cores, double contention, double forcedPerSecond,
                   double waitP99Ms, double work, int exitCode, String note, double spread, int runs) {
            this(mode, wallSeconds, cores, contention, forcedPerSecond, waitP99Ms, work, exitCode, note, spread, runs, "gilspy", 0);
        }

        public Row(CompareMode mode, double wallSeconds, double cores, double contention, double forcedPerSecond,
                   double waitP99Ms, double work, int exitCode, String note) {
            this(mode, wallSeconds, cores, contention, forcedPerSecond, waitP99Ms, work, exitCode, note, Double.NaN, 1);
        }
    }

    /** Above this spread the table's note names the mode: its runs disagree, though the median holds. */
    static final double WIDE_SPREAD = 0.30;
    /** Above this spread of the baseline or the winner (a run twice as fast as another), there is no verdict. */
    static final double NO_VERDICT_SPREAD = 1.0;

    private static final Pattern WORK = Pattern.compile("(?m)^\\s*(?:rounds|work)\\s*:\\s*([0-9][0-9_,.]*)");

    private final Recorder recorder;
    private final List<String> script;
    private final int runs;
    private final long timeoutNanos;
    private final Consumer<String> progress;

    public Comparison(Recorder recorder, List<String> script, int runs, long timeoutNanos, Consumer<String> progress) {
        this.recorder = recorder;
        this.script = script;
        this.runs = runs;
        this.timeoutNanos = timeoutNanos;
        this.progress = progress;
    }

    /** Every mode's row, in the order given, and CPython's median wall time (NaN when not asked for, absent or failing). */
    public record Outcome(List<Row> rows, double cpythonWall) {}

    /**
     * Runs every mode {@code runs} times, interleaved: each round runs each mode once, then CPython when
     * {@code cpython} is set. A spell of load on the machine (another build, a CI job) then falls on every
     * mode's runs alike instead of on all of one mode's, where the median could not remove it: run one
     * mode after another, a default row measured at load 2 against an off row at load 20 would be a
     * verdict about the machine, not the modes.
     */
    public Outcome runInterleaved(List<CompareMode> modes, boolean cpython, Path work) throws IOException {
        List<Runs> all = new ArrayList<>();
        for (CompareMode m : modes) all.add(new Runs(m));
        List<Double> cpythonWall = new ArrayList<>();
        boolean cpythonOk = cpython && onPath("python3");
        for (int i = 0; i < runs; i++) {
            for (Runs r : all) runOnce(r, i, work);
            if (cpythonOk) {
                progress.accept("running python3 (reference), run " + (i + 1) + " of " + runs);
                List<String> cmd = new ArrayList<>(List.of("python3"));
                cmd.addAll(script);
                ScriptRun.Result r = ScriptRun.start(cmd, Map.of(), work, ScriptRun.Streams.capture()).finish(timeoutNanos);
                cpythonOk = r.exitCode() == 0;
                cpythonWall.add(r.wallNanos() / 1e9);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Runs r : all) rows.add(r.row());
        return new Outcome(rows, cpythonOk ? median(cpythonWall) : Double.NaN);
    }

    /** One mode's runs so far: the figures of the runs that exited 0, and how the others ended. */
    static final class Runs {
        final CompareMode mode;
        private final List<Double> wall = new ArrayList<>(), cores = new ArrayList<>(), cont = new ArrayList<>(),
                forced = new ArrayList<>(), p99 = new ArrayList<>(), done = new ArrayList<>();
        private int failed;
        private int lastExit;
        private String failure = "";
        private String target = "gilspy";
        private long interval;

        Runs(CompareMode mode) { this.mode = mode; }

        /** A run that exited 0; {@code p} is its GIL profile, or null (no agent, or no GIL events). */
        void succeeded(double wallSeconds, double inCores, String stdout, GilProfile p) {
            wall.add(wallSeconds);
            cores.add(inCores);
            done.add(parseWork(stdout));
            if (p != null) {
                target = p.target;
                if (p.intervalKnown) interval = p.intervalNanos;
            }
            cont.add(p == null ? Double.NaN : p.contention);
            forced.add(p == null ? Double.NaN : p.forcedDropsPerSecond());
            p99.add(p == null ? Double.NaN : p.waitP99 / 1e6);
        }

        void failed(int exitCode, boolean timedOut) {
            failed++;
            lastExit = exitCode;
            failure = timedOut ? "timed out" : "exit " + exitCode;
        }

        /**
         * The medians over the runs that succeeded. A run that failed or timed out is left out of them (a
         * timed-out run's wall time is the limit, not the program's), and the note says how many there were,
         * so such a mode is never the verdict's winner; the row has a failing exit code only when no run succeeded.
         */
        Row row() {
            int runs = failed + wall.size();
            String note = failed == 0 ? "" : failed == runs ? failure
                    : String.format(Locale.ROOT, "%s in %d of %d runs", failure, failed, runs);
            List<Double> speeds = done.stream().allMatch(d -> !Double.isNaN(d)) ? done
                    : wall.stream().map(w -> w > 0 ? 1 / w : Double.NaN).toList();
            return new Row(mode, median(wall), median(cores), median(cont), median(forced), median(p99), median(done),
                    failed == runs ? lastExit : 0, note, spread(speeds), runs, target, interval);
        }
    }

    private void runOnce(Runs m, int i, Path work) throws IOException {
        CompareMode mode = m.mode;
        progress.accept(String.format(Locale.ROOT, "running %s (%s), run %d of %d", mode.name(), mode.description(), i + 1, runs));
        Path jfr = mode.measuresGil() ? work.resolve(mode.name() + "-" + i + ".jfr") : null;
        ScriptRun.Result r = ScriptRun.start(recorder.command(mode.runOptions(), script, jfr), mode.env(), work,
                ScriptRun.Streams.capture()).finish(timeoutNanos);
        GilProfile p = jfr == null ? null : profileOrNull(jfr);
        if (r.timedOut() || r.exitCode() != 0) {
            m.failed(r.exitCode(), r.timedOut());
        } else {
            m.succeeded(r.wallNanos() / 1e9, r.cores(), r.stdout(), p);
        }
    }

    /** The run's GIL profile, or null when its recording has no GIL events; the recording is deleted. */
    private static GilProfile profileOrNull(Path jfr) throws IOException {
        try {
            return GilProfile.of(DoctorRecordingReader.read(jfr));
        } catch (RecordingException noGilEvents) {
            return null;
        } finally {
            Files.deleteIfExists(jfr);
        }
    }

    /** Speed of {@code row} against {@code base}: by work done when both printed it, else by wall time. */
    public static double speedup(Row row, Row base) {
        if (!Double.isNaN(row.work()) && !Double.isNaN(base.work()) && base.work() > 0) return row.work() / base.work();
        return row.wallSeconds() <= 0 ? Double.NaN : base.wallSeconds() / row.wallSeconds();
    }

    public static void printTable(PrintStream out, List<Row> rows, double cpythonWall) {
        Row base = rows.get(0);
        boolean byWork = rows.stream().allMatch(r -> !Double.isNaN(r.work()));
        out.printf(Locale.ROOT, "%-16s %-30s %8s %6s %10s %9s %9s %8s %6s %s%n", "MODE", "", "WALL", "CPU", "CONTENTION",
                "FORCED/s", "WAIT p99", byWork ? "SPEEDUP*" : "SPEEDUP", "SPREAD", "NOTE");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-16s %-30s %8s %6s %10s %9s %9s %8s %6s %s%n", r.mode().name(), r.mode().description(),
                    fmt(r.wallSeconds(), "%.2fs"), fmt(r.cores(), "%.2f"), Double.isNaN(r.contention()) ? "-" : Diagnosis.pct(r.contention()),
                    fmt(r.forcedPerSecond(), "%.0f"), Double.isNaN(r.waitP99Ms()) ? "-" : fmt(r.waitP99Ms(), "%.1fms"),
                    fmt(speedup(r, base), "%.2fx"), Double.isNaN(r.spread()) ? "-" : Diagnosis.pct(r.spread()), r.note());
        }
        if (!Double.isNaN(cpythonWall)) {
            out.printf(Locale.ROOT, "%-16s %-30s %7.2fs   (reference: CPython's wall time for the same script)%n",
                    "cpython", "python3 (same script and args)", cpythonWall);
        } else {
            out.println("(no CPython reference: python3 is not on PATH, failed, or --no-cpython)");
        }
        out.println(byWork ? "* speedup by the work the script reported (rounds/work line), at a fixed duration"
                : "speedup = default wall time / wall time");
        out.printf(Locale.ROOT, "CPU in cores = the child's CPU time / wall time; wall time includes JVM start-up; figures are medians of %d run%s;%n"
                + "SPREAD = (fastest - slowest run) / median speed; the modes' runs were interleaved%n", base.runs(), base.runs() == 1 ? "" : "s");
        if (rows.stream().anyMatch(r -> !r.mode().measuresGil())) {
            out.println("free-threaded runs have no GIL and run without the agent (it perturbs them on 2 cores); "
                    + "the other rows carry its cost, about 5% of one thread's speed");
        }
    }

    /**
     * Which mode wins and what that means, by the seed's table; then, when the runs cannot carry it,
     * why: a single run per mode, or a deciding mode whose runs disagree by more than {@link #WIDE_SPREAD}.
     */
    public static String verdict(List<Row> rows) {
        Row base = rows.get(0);
        Row best = best(rows);
        for (Row r : best == base ? List.of(base) : List.of(base, best)) {
            if (r.spread() > NO_VERDICT_SPREAD) {
                return String.format(Locale.ROOT, "No verdict: the runs of %s disagree too much (spread %s: one run was more than "
                        + "twice as fast as another), as on a busy machine. Rerun with more --runs, or on a quieter machine.",
                        r.mode().name(), Diagnosis.pct(r.spread()));
            }
        }
        String v = plainVerdict(rows);
        if (base.runs() < 3) {
            return v + String.format(Locale.ROOT, "%n(From %d run%s per mode, so one slow run can decide it: --runs 3 or more for a verdict that holds.)",
                    base.runs(), base.runs() == 1 ? "" : "s");
        }
        List<String> wide = new ArrayList<>();
        for (Row r : rows) {
            if (!Double.isNaN(r.spread()) && r.spread() > WIDE_SPREAD) {
                wide.add(r.mode().name() + " " + Diagnosis.pct(r.spread()));
            }
        }
        if (!wide.isEmpty()) {
            v += String.format(Locale.ROOT, "%n(Runs disagree: spread %s. The verdict uses medians, so one outlier does not set it; "
                    + "a busy machine shows as a wide spread: rerun with more --runs to be sure.)", String.join(", ", wide));
        }
        return v;
    }

    private static Row best(List<Row> rows) {
        Row base = rows.get(0);
        Row best = base;
        for (Row r : rows) if (r.note().isEmpty() && speedup(r, base) > speedup(best, base)) best = r;
        return best;
    }

    private static String plainVerdict(List<Row> rows) {
        Row base = rows.get(0);
        Row best = best(rows);
        double s = speedup(best, base);
        if (best == base || s < 1.25) {
            return String.format(Locale.ROOT, "Verdict: no mode is clearly faster than the default (best %s at %.2fx): "
                    + "the GIL is not the bottleneck here; threads are fine.", best.mode().name(), s);
        }
        return String.format(Locale.ROOT, "Verdict: %s is %.2fx the default: %s.", best.mode().name(), s,
                CompareAdvice.why(best.mode().name(), base.target(), base.intervalNanos()));
    }

    static double parseWork(String stdout) {
        Matcher m = WORK.matcher(stdout);
        if (!m.find()) return Double.NaN;
        try {
            return Double.parseDouble(m.group(1).replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** (max - min) / median of the values that are numbers; NaN for fewer than two. */
    static double spread(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length < 2) return Double.NaN;
        double m = median(values);
        return m > 0 ? (v[v.length - 1] - v[0]) / m : Double.NaN;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String fmt(double v, String f) { return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, f, v); }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        return Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }
}
