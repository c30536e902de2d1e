package dev.gilspy.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classifier: applies {@link Thresholds} to a {@link GilProfile} and returns the findings, most
 * important first. The first finding's headline is the verdict. Start reading here for the doctor.
 */
public final class Diagnosis {

    /** The figures diagnosed: the steady state when a start-up hold was left out. */
    public final GilProfile profile;
    public final List<Finding> findings;
    /** The start-up left out of {@link #profile} (GraalPy context creation), or null. */
    public final GilProfile.Startup startup;

    private Diagnosis(GilProfile profile, List<Finding> findings) {
        this(profile, findings, null);
    }

    private Diagnosis(GilProfile profile, List<Finding> findings, GilProfile.Startup startup) {
        this.profile = profile;
        this.findings = findings;
        this.startup = startup;
    }

    public String verdict() {
        return findings.isEmpty() ? "no GIL problem found; nothing to change" : findings.get(0).headline();
    }

    public static Diagnosis of(Measured measured) { return of(GilProfile.of(measured)); }

    public static Diagnosis of(GilProfile p) {
        Diagnosis d = classify(p);
        if (!starved(d.profile)) return d;
        List<Finding> f = new ArrayList<>();
        f.add(machineTooBusy(d.profile));
        f.addAll(d.findings);
        return new Diagnosis(d.profile, List.copyOf(f), d.startup);
    }

    /**
     * The machine starved the program: threads held the GIL, yet the JVM got well under a core while
     * every CPU was busy. A holder waiting for a core stretches every hold, answers drop requests late
     * and looks like native code holding the GIL or a single hot function; no verdict then.
     */
    static boolean starved(GilProfile p) {
        return !p.mode.equals("off") && !Double.isNaN(p.cpuCores) && !Double.isNaN(p.machineBusy)
                && p.held >= Thresholds.STARVED_MIN_HELD
                && p.cpuCores < Thresholds.STARVED_CORES_PER_HELD * p.held
                && p.machineBusy >= Thresholds.STARVED_MACHINE_BUSY;
    }

    private static Finding machineTooBusy(GilProfile p) {
        return new Finding("machine-too-busy", "no verdict: the machine was too busy to judge; run it again on a quieter machine",
                "No verdict: the machine was too busy",
                List.of(String.format(Locale.ROOT, "threads held the GIL %s of the time, yet the program got %.2f cores "
                                + "(threshold >= %.2f x held = %.2f) while the machine's CPUs were %s busy (threshold >= %s)",
                        pct(p.held), p.cpuCores, Thresholds.STARVED_CORES_PER_HELD, Thresholds.STARVED_CORES_PER_HELD * p.held,
                        pct(p.machineBusy), pct(Thresholds.STARVED_MACHINE_BUSY)),
                        String.format(Locale.ROOT, "holds last %s at p50 (interval %s): a holder waiting for a core stretches them, "
                                + "so the findings below may be the machine's, not the program's", ms(p.holdP50), ms(p.intervalNanos))),
                List.of(),
                "run the doctor again when the machine is quieter, or record longer (-d) on a machine with a free core.",
                "A verdict about the program instead of the machine's load.");
    }

    private static Diagnosis classify(GilProfile p) {
        GilProfile.Startup start = p.startup;
        if (start != null) {
            GilProfile steady = GilProfile.of(p.measured.from(start.end()));
            if (steady.holds > 0) {
                Diagnosis d = diagnose(steady);
                List<Finding> f = new ArrayList<>(d.findings);
                // GraalPy's start-up is a context's creation, which a program can avoid repeating; gilspy's
                // is the script's own single-threaded imports and set-up: left out of the figures, no finding
                if (p.graalPy()) f.add(startup(p, start, steady));
                return new Diagnosis(steady, List.copyOf(f), start);
            }
        }
        return diagnose(p);
    }

    /** The context's start-up, told apart from the steady state diagnosed above it. */
    private static Finding startup(GilProfile whole, GilProfile.Startup start, GilProfile steady) {
        return new Finding("context-startup", "context start-up took " + ms(start.nanos()) + " with the GIL; create contexts once",
                "Context start-up (left out of the figures above)",
                List.of(String.format(Locale.ROOT, "%s alone ran Python for the first %s = %s of the recording (threshold >= %s and %s) "
                                + "before a second thread took the GIL: the context's creation and first imports", start.thread(),
                                ms(start.nanos()), pct((double) start.nanos() / Math.max(1, whole.wallNanos)), ms(Thresholds.STARTUP_HOLD_NANOS),
                                pct(Thresholds.STARTUP_HOLD_SHARE)),
                        String.format(Locale.ROOT, "it held the GIL %s in %d holds, the longest %s in %s", ms(start.heldNanos()),
                                start.holds(), ms(start.longestNanos()), start.function()),
                        String.format(Locale.ROOT, "steady state after it: %.1f s, held %s, contention %s",
                                steady.seconds(), pct(steady.held), pct(steady.contention))),
                List.of(start.function()),
                "create contexts once and reuse them (a pool), sharing one Engine so later contexts start from compiled code; "
                        + "never a context per call.",
                "Start-up is paid once per context, not per request; it is no GIL waiting.");
    }

    private static Diagnosis diagnose(GilProfile p) {
        List<Finding> f = new ArrayList<>();
        if (p.mode.equals("off")) {
            f.add(new Finding("free-threaded", "free-threaded; no GIL to fight over", "Free-threaded run (--gil=off)",
                    List.of("mode off: threads run Python in parallel"), List.of(),
                    "Keep it if the program and its native modules are thread-safe.",
                    "Up to one core per thread for CPU-bound work."));
            return new Diagnosis(p, f);
        }
        nativeHold(p, f);
        convoy(p, f);
        smallInterval(p, f);
        cpuFight(p, f);
        nativeRelease(p, f);
        ioBound(p, f);
        solo(p, f);
        churn(p, f);
        hotFunction(p, f);
        return new Diagnosis(p, List.copyOf(p.graalPy() ? GraalPyRemedies.apply(p, f) : f));
    }

    private static void cpuFight(GilProfile p, List<Finding> out) {
        double rate = p.forcedDropsPerSecond();
        double rel = rate / p.idealForcedRate();
        if (p.contention < Thresholds.FIGHT_CONTENTION || p.held < Thresholds.FIGHT_HELD
                || rel < Thresholds.FIGHT_FORCED_RATE || p.busyThreads() < 2) return;
        int n = p.busyThreads();
        out.add(new Finding("cpu-bound-threads", "CPU-bound threads; use processes or free-threading",
                "CPU-bound threads fighting over the GIL",
                List.of(String.format(Locale.ROOT, "contention %s (threshold >= %s)", pct(p.contention), pct(Thresholds.FIGHT_CONTENTION)),
                        String.format(Locale.ROOT, "held %s (threshold >= %s)", pct(p.held), pct(Thresholds.FIGHT_HELD)),
                        String.format(Locale.ROOT, "forced drops %.0f/s = %.2f x 1/interval (%.0f/s at %s; threshold >= %.2f)",
                                rate, rel, p.idealForcedRate(), ms(p.intervalNanos), Thresholds.FIGHT_FORCED_RATE),
                        String.format(Locale.ROOT, "%d threads take turns: waiters %.2f, wait p99 %s", n, p.waiters, ms(p.waitP99))),
                topFunctions(p.holdByFunction, p.heldNanos, 3),
                "multiprocessing (ProcessPoolExecutor / Pool.map) for CPU-bound work; or free-threading "
                        + "(python3.13t, gilspy --gil=off); or subinterpreters with their own GIL (3.12+, PEP 684/734).",
                String.format(Locale.ROOT, "Up to %dx on %d+ cores instead of ~1x; threads alone cannot speed this up "
                        + "(measure with: gilspy compare SCRIPT).", n, n)));
    }

    private static void ioBound(GilProfile p, List<Finding> out) {
        if (p.held >= Thresholds.IO_HELD_MAX) return;
        boolean samples = p.nonIdleSamples() > 0;
        double io = p.sampleShare("IO");
        if (samples && io < Thresholds.IO_SAMPLE_SHARE) return;
        List<String> ev = new ArrayList<>();
        ev.add(String.format(Locale.ROOT, "held %s (threshold < %s)", pct(p.held), pct(Thresholds.IO_HELD_MAX)));
        if (samples) ev.add(String.format(Locale.ROOT, "%s of non-idle samples in I/O (threshold >= %s)", pct(io), pct(Thresholds.IO_SAMPLE_SHARE)));
        ev.add(String.format(Locale.ROOT, "contention %s, wait p99 %s", pct(p.contention), ms(p.waitP99)));
        String fn = p.sampleTopFunction.get("IO");
        out.add(new Finding("io-bound", "I/O-bound; threads are fine", "I/O-bound work",
                ev, fn == null ? List.of() : List.of(fn),
                "threading (ThreadPoolExecutor) or asyncio: the GIL is released during I/O.",
                "Threads already overlap the waits; processes or free-threading would add cost and no speed."));
    }

    private static void nativeRelease(GilProfile p, List<Finding> out) {
        double nat = p.sampleShare("NATIVE");
        if (nat < Thresholds.NATIVE_SAMPLE_SHARE || p.held >= Thresholds.NATIVE_RELEASE_HELD_MAX) return;
        if (nativeHolds(p)) return;
        String fn = p.sampleTopFunction.get("NATIVE");
        out.add(new Finding("native-release", "native code releases the GIL; threads work here",
                "Native work that releases the GIL",
                List.of(String.format(Locale.ROOT, "%s of non-idle samples in native code (threshold >= %s)", pct(nat), pct(Thresholds.NATIVE_SAMPLE_SHARE)),
                        String.format(Locale.ROOT, "held %s (threshold < %s): the native calls run without it", pct(p.held), pct(Thresholds.NATIVE_RELEASE_HELD_MAX))),
                fn == null ? List.of() : List.of(fn),
                "threading, as with NumPy: the native library releases the GIL around its hot loop.",
                "Close to one core per thread for the native part; only the Python glue is serialized."));
    }

    static boolean nativeHolds(GilProfile p) {
        GilProfile.LongHolds lh = p.longHolds;
        return lh.count() > 0 && lh.ignoredNanos() >= Thresholds.NATIVE_HOLD_SHARE * p.contendedNanos
                && p.contention >= Thresholds.NATIVE_HOLD_CONTENTION;
    }

    private static void nativeHold(GilProfile p, List<Finding> out) {
        GilProfile.LongHolds lh = p.longHolds;
        if (!nativeHolds(p)) return;
        out.add(new Finding("native-hold", "native code holds the GIL; release it in the native code or use processes",
                "Native work that holds the GIL",
                List.of(String.format(Locale.ROOT, "%d holds ran on >= %.0f intervals (%s) after a drop request: no check site dropped the GIL; "
                                        + "requests ignored for %s, %s of the contended time (threshold >= %s)",
                                lh.count(), Thresholds.LONG_HOLD_INTERVALS, ms((long) (Thresholds.LONG_HOLD_INTERVALS * p.intervalNanos)),
                                ms(lh.ignoredNanos()), pct((double) lh.ignoredNanos() / Math.max(1, p.contendedNanos)), pct(Thresholds.NATIVE_HOLD_SHARE)),
                        String.format(Locale.ROOT, "longest hold %s = %.0f x the %s interval; hold p99 %s", ms(lh.maxNanos()),
                                (double) lh.maxNanos() / p.intervalNanos, ms(p.intervalNanos), ms(p.holdP99)),
                        String.format(Locale.ROOT, "meanwhile others waited: contention %s, wait max %s, %d drop requests",
                                pct(p.contention), ms(p.waitMax), p.dropRequests)),
                lh.topFunction() == null ? List.of() : List.of(lh.topFunction()),
                "a native library that releases the GIL (Py_BEGIN_ALLOW_THREADS, Cython 'with nogil', ctypes), "
                        + "or multiprocessing; a shorter switch interval cannot help, no check site runs.",
                "With the GIL released, threads run the native calls in parallel (~1 core per thread) "
                        + "and other threads stop stalling for whole calls."));
    }

    private static void convoy(GilProfile p, List<Finding> out) {
        GilProfile.ThreadFigures worst = null;
        for (GilProfile.ThreadFigures t : p.threads) {
            if (!isIoThread(t) || t.convoyWaits() < Thresholds.CONVOY_MIN_WAITS) continue;
            if (worst == null || t.convoyWaitedNanos() > worst.convoyWaitedNanos()) worst = t;
        }
        if (worst == null || p.forcedDrops < Thresholds.CONVOY_MIN_FORCED_DROPS) return;
        List<String> fns = new ArrayList<>();
        if (worst.waitFunction() != null) fns.add(worst.waitFunction());
        String holderFn = p.holdByFunction.keySet().stream().findFirst().orElse(null);
        if (holderFn != null && !fns.contains(holderFn)) fns.add(holderFn);
        out.add(new Finding("convoy", "convoy; shorten the interval or move the CPU work to a process",
                "A convoy: I/O threads wait a switch interval after each release",
                List.of(ioEvidence(worst),
                        String.format(Locale.ROOT, "%d of its waits last %.1f-%.0f switch intervals (threshold >= %d): back from I/O, it queues behind a CPU-bound holder; %s in all (%s of wall time)",
                                worst.convoyWaits(), Thresholds.CONVOY_WAIT_LOW, Thresholds.CONVOY_WAIT_HIGH, Thresholds.CONVOY_MIN_WAITS,
                                ms(worst.convoyWaitedNanos()), pct((double) worst.convoyWaitedNanos() / Math.max(1, p.wallNanos))),
                        String.format(Locale.ROOT, "it waits behind %s (CPU-bound: %d forced drops, %.0f/s)",
                                worst.blockedBy() == null ? "other threads" : worst.blockedBy(), p.forcedDrops, p.forcedDropsPerSecond())),
                fns,
                "move the CPU-bound work to a process (multiprocessing) so the I/O thread never queues behind it; "
                        + "or shorten the switch interval (sys.setswitchinterval(0.0005)) to cut each wait; free-threading also removes it.",
                "Each I/O round trip stops paying a whole interval: round trips/s rise by up to interval / (I/O time)."));
    }

    /** An I/O thread: sampled mostly in I/O, or (without samples) releasing the GIL mostly by itself. */
    static boolean isIoThread(GilProfile.ThreadFigures t) {
        if (t.busySamples() >= Thresholds.CONVOY_MIN_SAMPLES) return t.ioShare() >= Thresholds.CONVOY_IO_SAMPLE_SHARE;
        return t.holds() >= Thresholds.CONVOY_MIN_WAITS && t.voluntaryShare() >= Thresholds.CONVOY_VOLUNTARY_SHARE;
    }

    private static String ioEvidence(GilProfile.ThreadFigures t) {
        if (t.busySamples() >= Thresholds.CONVOY_MIN_SAMPLES) {
            return String.format(Locale.ROOT, "thread %s is an I/O thread: %s of its %d non-idle samples in I/O (threshold >= %s)",
                    t.thread(), pct(t.ioShare()), t.busySamples(), pct(Thresholds.CONVOY_IO_SAMPLE_SHARE));
        }
        return String.format(Locale.ROOT, "thread %s releases the GIL by itself (I/O) in %s of its %d holds (threshold >= %s)",
                t.thread(), pct(t.voluntaryShare()), t.holds(), pct(Thresholds.CONVOY_VOLUNTARY_SHARE));
    }

    private static void smallInterval(GilProfile p, List<Finding> out) {
        if (p.intervalNanos >= Thresholds.SMALL_INTERVAL_NANOS || p.switchesPerSecond() < Thresholds.SMALL_INTERVAL_SWITCHES
                || p.contention < Thresholds.SMALL_INTERVAL_CONTENTION) return;
        out.add(new Finding("interval-too-small", "switch interval too small; raise it back to 5 ms",
                "A switch interval set too small",
                List.of(String.format(Locale.ROOT, "switch interval %s (threshold < %s)", ms(p.intervalNanos), ms(Thresholds.SMALL_INTERVAL_NANOS)),
                        String.format(Locale.ROOT, "%.0f switches/s (threshold >= %.0f; the 5 ms default allows 200/s), contention %s",
                                p.switchesPerSecond(), Thresholds.SMALL_INTERVAL_SWITCHES, pct(p.contention))),
                topFunctions(p.holdByFunction, p.heldNanos, 2),
                "sys.setswitchinterval(0.005) (the default), unless an I/O thread needs the short interval (a convoy).",
                "Fewer switches and less switching overhead: CPU-bound threads finish sooner (see sample switch_interval.py)."));
    }

    private static void solo(GilProfile p, List<Finding> out) {
        if (p.held < Thresholds.SOLO_HELD || p.contention >= Thresholds.SOLO_CONTENTION_MAX) return;
        out.add(new Finding("single-thread-cpu", "CPU-bound in one thread; the GIL is not the bottleneck",
                "CPU-bound, but nobody waits",
                List.of(String.format(Locale.ROOT, "held %s (>= %s) but contention %s (< %s)", pct(p.held), pct(Thresholds.SOLO_HELD),
                        pct(p.contention), pct(Thresholds.SOLO_CONTENTION_MAX))),
                topFunctions(p.holdByFunction, p.heldNanos, 2),
                "to use more cores, split the work over processes (multiprocessing) or free-threading; threads will fight.",
                "Up to N x on N cores with processes; adding threads would only add contention."));
    }

    /**
     * Many short holds: the GIL is taken and dropped around every call out of Python (GraalPy releases
     * it around each call to Java; gilspy around native calls), which costs the take and drop each time.
     */
    private static void churn(GilProfile p, List<Finding> out) {
        if (Double.isNaN(p.acquisitionsPerSecond) || p.acquisitionsPerSecond < Thresholds.CHURN_ACQUISITIONS_PER_SECOND
                || p.contention >= Thresholds.CHURN_CONTENTION_MAX || p.takeShare < Thresholds.CHURN_TAKE_SHARE) return;
        boolean graal = p.graalPy();
        out.add(new Finding("gil-churn", String.format(Locale.ROOT, "GIL churn: %.0f takes/s cost %s of a CPU; make fewer, larger calls",
                        p.acquisitionsPerSecond, pct(p.takeShare)),
                "GIL churn: many short holds around calls out of Python",
                List.of(String.format(Locale.ROOT, "%.0f GIL takes/s (threshold >= %.0f) while contention is %s (< %s): short hand-offs, not a fight",
                                p.acquisitionsPerSecond, Thresholds.CHURN_ACQUISITIONS_PER_SECOND, pct(p.contention), pct(Thresholds.CHURN_CONTENTION_MAX)),
                        String.format(Locale.ROOT, "%.1f us per take (waits included): %s of a CPU spent taking the GIL (threshold >= %s)",
                                p.takeNanosPerAcquisition / 1e3, pct(p.takeShare), pct(Thresholds.CHURN_TAKE_SHARE))),
                topFunctions(p.holdByFunction, p.heldNanos, 2),
                graal ? "batch the calls between Python and Java: GraalPy releases and retakes the GIL around every call to Java, "
                        + "so call Java less often with more work per call, or keep the hot loop on one side."
                        : "batch the calls out of Python: each native call that releases the GIL pays a take and a drop; "
                        + "make fewer calls with more work each.",
                String.format(Locale.ROOT, "Up to %s of a CPU back, and less latency per call.", pct(p.takeShare))));
    }

    private static void hotFunction(GilProfile p, List<Finding> out) {
        if (p.held < Thresholds.HOT_FUNCTION_HELD || p.holdByFunction.isEmpty()) return;
        Map.Entry<String, Long> top = p.holdByFunction.entrySet().iterator().next();
        double share = (double) top.getValue() / Math.max(1, p.heldNanos);
        if (share < Thresholds.HOT_FUNCTION_SHARE) return;
        out.add(new Finding("hot-function", "one function holds the GIL: " + top.getKey(), "A single hot function holding the GIL",
                List.of(String.format(Locale.ROOT, "%s holds the GIL %s of all hold time (threshold >= %s), %s of wall time",
                        top.getKey(), pct(share), pct(Thresholds.HOT_FUNCTION_SHARE), pct(p.held * share))),
                List.of(top.getKey()),
                "optimise this function first, or move it to a native library that releases the GIL "
                        + "(NumPy, Cython nogil) or to a process.",
                String.format(Locale.ROOT, "Up to %s less GIL time for everyone else.", pct(share))));
    }

    private static List<String> topFunctions(Map<String, Long> byFn, long total, int n) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : byFn.entrySet()) {
            if (out.size() == n || e.getValue() < 0.01 * total) break;
            out.add(e.getKey() + " " + pct((double) e.getValue() / Math.max(1, total)) + " of hold");
        }
        return out;
    }

    static String pct(double v) { return String.format(Locale.ROOT, "%.0f%%", 100 * v); }

    static String ms(long nanos) {
        if (nanos >= 1_000_000_000L) return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        if (nanos >= 10_000_000L) return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
        if (nanos >= 1_000_000L) return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
