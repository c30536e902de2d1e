package dev.gilspy.ui.model;

import java.util.Locale;

/**
 * The one-line answer to "why don't my threads scale?", from the figures of one refresh: what is going
 * on ({@code headline}), who suffers most ({@code hint}) and what to do about it ({@code advice}).
 * Thresholds follow what CPython's own measurements show (see shared/reference): a CPU-bound pair
 * under the 3.2+ GIL sits near 100% contention with about one waiter per extra thread.
 */
public record Verdict(String headline, String hint, String advice) {
    static final String PROCESSES = "to scale, run CPU-bound work in processes (multiprocessing) or in native code "
            + "that releases the GIL; more threads will not help";
    static final String CONVOY = "a shorter switch interval (sys.setswitchinterval) shortens each wait; "
            + "moving the CPU-bound work to a process removes it";
    /** GraalPy ignores sys.setswitchinterval and has no free-threaded build: its own remedies (see its docs). */
    static final String GRAALPY_CONTEXTS = "give each worker its own polyglot Context (one GIL each) sharing one Engine, "
            + "or move the CPU-bound work into Java (it runs outside the GIL), or use processes; more threads will not help";
    static final String GRAALPY_CONVOY = "GraalPy's release interval is fixed (sys.setswitchinterval is ignored): "
            + "run the CPU-bound work in its own Context or in Java";
    static final String WHERE = "to see where threads wait: gilspy record -p PID -o wait.svg";

    public Verdict(String headline, String hint) { this(headline, hint, ""); }

    /** The whole verdict on one line, as batch mode prints it. */
    public String text() {
        return hint.isEmpty() ? headline : headline + "; " + hint;
    }

    public static Verdict of(GilSample sample, double held, double contention, double waiters,
                            java.util.List<ThreadRow> rows) {
        if ("off".equalsIgnoreCase(sample.mode())) {
            return new Verdict("Free-threaded (--gil=off): no GIL, Python threads run in parallel", "", "");
        }
        if (rows.isEmpty()) {
            return new Verdict("No Python threads yet", "");
        }
        String verdict;
        String advice = "";
        if (contention >= 0.5 && waiters >= 0.75) {
            advice = sample.graalPy() ? GRAALPY_CONTEXTS : PROCESSES;
            verdict = String.format(Locale.ROOT,
                    "CPU-bound threads are taking turns: contention %.0f%%, %.1f waiters; one runs Python at a time",
                    contention * 100, waiters);
        } else if (held >= 0.9 && contention < 0.1) {
            verdict = String.format(Locale.ROOT,
                    "One thread runs Python %.0f%% of the time and nobody waits: busy, but not contended", held * 100);
        } else if (contention >= 0.1) {
            verdict = String.format(Locale.ROOT,
                    "Some contention: a thread waits for the GIL %.0f%% of the time (%.2f waiters)",
                    contention * 100, waiters);
            advice = WHERE;
        } else if (held < 0.3) {
            verdict = String.format(Locale.ROOT,
                    "The GIL is mostly free (held %.0f%%): threads release it for I/O or native work and can scale",
                    held * 100);
        } else {
            verdict = String.format(Locale.ROOT,
                    "Little contention (%.0f%%): the GIL is not what limits these threads", contention * 100);
        }
        String hint = hint(sample, contention, rows);
        if (hint.endsWith("(convoy effect)")) advice = sample.graalPy() ? GRAALPY_CONVOY : CONVOY;
        return new Verdict(verdict, hint, advice);
    }

    /**
     * The convoy effect (bpo-7946): a thread that mostly does I/O must wait a whole switch interval
     * behind a CPU-bound holder every time it comes back, so its throughput collapses.
     */
    private static String hint(GilSample sample, double contention, java.util.List<ThreadRow> rows) {
        if (contention < 0.3 || Double.isNaN(sample.switchIntervalSeconds())) {
            return "";
        }
        double intervalMs = sample.switchIntervalSeconds() * 1000;
        for (ThreadRow r : rows) {
            boolean ioBound = r.status() == ThreadStatus.IO || (r.held() < 0.1 && r.acquisitionsPerSecond() >= 20);
            if (ioBound && r.avgWaitMillis() >= 0.5 * intervalMs && !waitsOnOtherThreads(r)) {
                return String.format(Locale.ROOT, "%s waits %s per re-take behind them (convoy effect)",
                        r.name(), Fmt.millis(r.avgWaitMillis()));
            }
        }
        for (ThreadRow r : rows) {
            if (r.held() < 0.02 && r.waiting() >= 0.5) {
                return String.format(Locale.ROOT, "%s is starved: waits %.0f%% of the time, runs %.0f%%",
                        r.name(), r.waiting() * 100, r.held() * 100);
            }
        }
        return "";
    }

    /**
     * A thread parked in {@code threading} (join, Event.wait, Condition.wait) waits for other Python
     * threads, not for I/O: its re-takes cost it nothing it could have used, so it is no convoy victim.
     */
    private static boolean waitsOnOtherThreads(ThreadRow r) {
        return r.function().contains("(<frozen threading>:") || r.function().contains("threading.py:");
    }
}
