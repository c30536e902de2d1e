package dev.gilspy.interp.gil;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Measures the new GIL's holder run length with two CPU-bound simulated threads, for the
 * benchmark runner's "GIL fidelity" table (CPython 3.11 here: 1.12, 5.15 and 20.2 ms).
 *
 * <p>Test code, not shipped in the jar; after {@code mvn -pl interpreter test-compile}:
 * <pre>java -cp interpreter/target/classes:interpreter/target/test-classes dev.gilspy.interp.gil.GilFidelityProbe [SECONDS_PER_INTERVAL] [INTERVAL_MS...]</pre>
 *
 * Prints one line per interval: {@code interval_ms=5 median_run_ms=5.12 p90_run_ms=5.40 runs=190 self_handoffs=0
 * no_gil_baseline_ms=5.10}. The last figure is the same hand-off with no GIL at all ({@link
 * SwitchingControl}: a plain Java monitor whose waiter blocks and is woken as the GIL's is), measured
 * right after: what the OS alone allows at that moment. When more CPU-bound threads than cores compete it grows by whole scheduler ticks (4 ms),
 * and CPython's run lengths grow with it.
 * then one line for the legacy GIL: {@code mode=legacy check_interval=100 mean_hold_ms=0.0175 retake_ratio=0.999 ...}.
 */
public final class GilFidelityProbe {
    private GilFidelityProbe() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    /** @return the exit code: 0, or 2 for bad arguments */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        double seconds = 1.0;
        int[] intervals = {1, 5, 20};
        try {
            if (args.length > 0) {
                seconds = Double.parseDouble(args[0]);
            }
            if (args.length > 1) {
                intervals = new int[args.length - 1];
                for (int i = 1; i < args.length; i++) {
                    intervals[i - 1] = Integer.parseInt(args[i]);
                }
            }
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0 && seconds <= 600) || java.util.Arrays.stream(intervals).anyMatch(i -> i <= 0)) {
            err.println("GilFidelityProbe: expected [SECONDS_PER_INTERVAL (0..600]] [INTERVAL_MS > 0 ...], got '" + String.join(" ", args) + "'");
            return 2;
        }
        long millis = (long) Math.ceil(seconds * 1000);
        for (int interval : intervals) {
            out.println(measure(interval, millis));
        }
        out.println(measureLegacy(100, millis));
        return 0;
    }

    /**
     * The legacy GIL with two spinners: how long a thread keeps the GIL between switches, and how
     * often the releaser took it straight back (CPython 2.7: the convoy effect).
     */
    static String measureLegacy(int checkInterval, long millis) throws InterruptedException {
        Gil gil = new Gil(-1, GilMode.LEGACY);
        try {
            gil.setCheckInterval(checkInterval);
            long t0 = System.nanoTime();
            SimulatedPythonThread[] spinners = SimulatedPythonThread.runSpinners(gil, 2, millis);
            double wallMs = (System.nanoTime() - t0) / 1e6;
            double[] runs = SimulatedPythonThread.allRunsSorted(spinners);
            long releases = 0;
            long retakes = 0;
            for (SimulatedPythonThread s : spinners) {
                releases += s.releases();
                retakes += s.retakes();
            }
            return String.format(Locale.ROOT,
                    "mode=legacy check_interval=%d mean_hold_ms=%.4f retake_ratio=%.3f median_run_ms=%.2f switches=%d releases=%d",
                    checkInterval, releases == 0 ? Double.NaN : wallMs / releases, releases == 0 ? Double.NaN : (double) retakes / releases,
                    SimulatedPythonThread.percentile(runs, 0.5), runs.length, releases);
        } finally {
            gil.close();
        }
    }

    /** One line of the table: two spinners on a fresh new-mode GIL at {@code intervalMs}. */
    static String measure(int intervalMs, long millis) throws InterruptedException {
        Gil gil = new Gil(-1, GilMode.ON);
        try {
            gil.setSwitchIntervalMicros(intervalMs * 1000L);
            SimulatedPythonThread[] spinners = SimulatedPythonThread.runSpinners(gil, 2, millis);
            double[] runs = SimulatedPythonThread.allRunsSorted(spinners);
            int selfHandoffs = 0;
            for (SimulatedPythonThread s : spinners) {
                selfHandoffs += s.selfHandoffs();
            }
            double baseline = SwitchingControl.medianRunMillis(intervalMs * 1000L, Math.min(millis, 500));
            return String.format(Locale.ROOT, "interval_ms=%d median_run_ms=%.2f p90_run_ms=%.2f runs=%d self_handoffs=%d no_gil_baseline_ms=%.2f",
                    intervalMs, SimulatedPythonThread.percentile(runs, 0.5), SimulatedPythonThread.percentile(runs, 0.9),
                    runs.length, selfHandoffs, baseline);
        } finally {
            gil.close();
        }
    }
}
