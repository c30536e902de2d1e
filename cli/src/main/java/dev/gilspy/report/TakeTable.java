package dev.gilspy.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * GraalPy's GIL churn per thread in {@code gilspy report} (graalpython issue 576: "the GIL
 * release/reacquire accounts for a lot of time for short running calls to foreign functions"): GraalPy
 * drops and retakes the GIL around every call out of Python, so a thread that calls Java often takes
 * it hundreds of times a second even alone. From what the agent records already: every take is a
 * {@code gilspy.GilWait} (zero-length when uncontended) followed by a hold, so takes per second and the
 * time per take come from the waits. The time inside {@code releaseGil} (the drop) is not timed by the
 * agent and is left out.
 */
final class TakeTable {
    private TakeTable() {}

    /** Whether the recording's statistics name GraalPy as the target. */
    static boolean graalPy(GilRecording recording) {
        return recording.stats().stream().anyMatch(s -> "graalpy".equals(s.target()));
    }

    static void print(PrintStream out, List<Summary.ThreadStats> threads, long wall) {
        out.println();
        out.println("GraalPy GIL takes per thread (each call out of Python drops and retakes the GIL):");
        out.printf(Locale.ROOT, "  %-20s %8s %9s %10s %10s %7s%n", "THREAD", "TAKES", "TAKES/s", "AVG TAKE", "TAKING", "TAKING%");
        for (Summary.ThreadStats t : threads) {
            long takes = t.waits();
            out.printf(Locale.ROOT, "  %-20s %8d %9s %10s %10s %7s%n", cut(t.thread(), 20), takes,
                    wall <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", takes / (wall / 1e9)),
                    takes == 0 ? "-" : ProfileConverter.formatNanos(t.waited() / takes),
                    ProfileConverter.formatNanos(t.waited()), Summary.pct(t.waited(), wall));
        }
        out.println("  (a take is the wait in acquireGil, zero when uncontended; the time inside releaseGil is not measured)");
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
