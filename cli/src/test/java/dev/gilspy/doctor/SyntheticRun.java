package dev.gilspy.doctor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.gilspy.report.GilEvent;
import dev.gilspy.report.PyStack;

/** Builds exact synthetic event sets for the classifier: times in milliseconds from 0. */
final class SyntheticRun {
    private static final long MS = 1_000_000L;

    private final List<GilEvent> events = new ArrayList<>();
    private final BitSet forced = new BitSet();
    private final List<Measured.StatsPoint> stats = new ArrayList<>();
    private int holds;

    SyntheticRun interval(double ms, String mode) {
        stats.add(new Measured.StatsPoint(0, mode, (long) (ms * MS), 0, 0, 0, 0));
        return this;
    }

    /** Marks the recording as GraalPy's, with its release interval read from the running GraalPy. */
    SyntheticRun graalPy(double ms) {
        stats.add(new Measured.StatsPoint(0, "on", (long) (ms * MS), 0, 0, 0, 0, "graalpy",
                "read from GraalPy: AsyncHandler.GIL_RELEASE_DELAY = " + (long) ms + " ms"));
        return this;
    }

    /** The agent's totals at the end: takes, time spent taking, measured wall time. */
    SyntheticRun totals(String target, long acquisitions, double takeMs, double wallMs) {
        stats.add(new Measured.StatsPoint(0, "on", 50 * MS, 0, 0, 0, 0, target, null, acquisitions,
                (long) (takeMs * MS), (long) (wallMs * MS)));
        return this;
    }

    SyntheticRun hold(String thread, double fromMs, double toMs, String function, boolean wasForced) {
        events.add(new GilEvent(GilEvent.Kind.HOLD, 0, t(fromMs), t(toMs) - t(fromMs), thread, stack(function), null, null));
        if (wasForced) forced.set(holds);
        holds++;
        return this;
    }

    SyntheticRun waitFor(String thread, double fromMs, double toMs, String function, String holder) {
        events.add(new GilEvent(GilEvent.Kind.WAIT, 0, t(fromMs), t(toMs) - t(fromMs), thread, stack(function), null, holder));
        return this;
    }

    SyntheticRun sample(String thread, double atMs, String state, String function) {
        events.add(new GilEvent(GilEvent.Kind.SAMPLE, 0, t(atMs), 0, thread, stack(function), state, null));
        return this;
    }

    SyntheticRun dropRequest(String requester, double atMs, String holder) {
        events.add(new GilEvent(GilEvent.Kind.DROP_REQUEST, 0, t(atMs), 0, requester, PyStack.EMPTY, null, holder));
        return this;
    }

    Measured measured() { return new Measured("synthetic", List.copyOf(events), forced, List.copyOf(stats)); }

    Diagnosis diagnose() { return Diagnosis.of(measured()); }

    private static long t(double ms) { return 1_000_000_000_000L + (long) (ms * MS); }

    /** The recording's clock at {@code ms}. */
    static long time(double ms) { return t(ms); }

    private static PyStack stack(String function) { return PyStack.parse(function + "\n<module> (app.py:1)"); }

    // ---- the sample apps' shapes ----

    /** Two threads counting down: forced drops every interval, each waits one interval per turn. */
    static SyntheticRun cpuPair(double seconds, double intervalMs) {
        return cpuPair(new SyntheticRun().interval(intervalMs, "on"), 0, seconds, intervalMs);
    }

    /** Two counting threads forcing each other out, from {@code fromMs} on for {@code seconds}. */
    static SyntheticRun cpuPair(SyntheticRun r, double fromMs, double seconds, double intervalMs) {
        String[] t = {"counter-0", "counter-1"};
        int turn = 0;
        for (double at = fromMs; at + intervalMs <= fromMs + seconds * 1000; at += intervalMs, turn++) {
            String holder = t[turn % 2];
            String other = t[(turn + 1) % 2];
            r.hold(holder, at, at + intervalMs, "countdown (countdown_pair.py:17)", true);
            r.waitFor(other, at, at + intervalMs, "countdown (countdown_pair.py:17)", holder);
            r.dropRequest(other, at + intervalMs * 0.98, holder);
            r.sample(holder, at + 1, "HOLD", "countdown (countdown_pair.py:17)");
            r.sample(other, at + 1, "WAIT", "countdown (countdown_pair.py:17)");
        }
        return r;
    }

    /** Five fetch threads: tiny holds, samples in recv. */
    static SyntheticRun ioFetch(double seconds) {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (double at = 0; at < seconds * 1000; at += 10) {
            for (int i = 0; i < 5; i++) {
                String th = "fetch-" + i;
                r.hold(th, at + i * 0.3, at + i * 0.3 + 0.2, "fetch (io_fetch.py:40)", false);
                r.sample(th, at + 5, "IO", "recv (<frozen socket>:216)");
            }
        }
        return r;
    }

    /** Native calls that release the GIL: samples in native code, a little glue holding. */
    static SyntheticRun nativeRelease(double seconds) {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (double at = 0; at < seconds * 1000; at += 20) {
            for (int i = 0; i < 4; i++) {
                String th = "native-" + i;
                r.hold(th, at + i, at + i + 0.5, "work (native_work.py:18)", false);
                r.sample(th, at + 10, "NATIVE", "compute (<native>:0)");
            }
        }
        return r;
    }

    /** Native calls that hold the GIL for 100 ms while three other threads ask for it. */
    static SyntheticRun nativeHold(int calls) {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (int c = 0; c < calls; c++) {
            double at = c * 100;
            String holder = "native-" + (c % 4);
            r.hold(holder, at, at + 100, "work (native_work.py:20)", true);
            for (int w = 1; w < 4; w++) {
                String waiter = "native-" + ((c + w) % 4);
                r.waitFor(waiter, at, at + 100, "worker (native_work.py:40)", holder);
            }
            r.dropRequest("native-" + ((c + 1) % 4), at + 5, holder);
            r.sample(holder, at + 50, "HOLD", "work (native_work.py:20)");
        }
        return r;
    }

    /** An echo client that waits one interval for the GIL after every recv, behind a spinner. */
    static SyntheticRun convoy(int roundTrips) {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        double at = 0;
        for (int i = 0; i < roundTrips; i++) {
            r.sample("MainThread", at + 0.5, "IO", "recv (<frozen socket>:216)");
            r.hold("spinner-0", at, at + 6, "spin (convoy.py:21)", true);
            r.waitFor("MainThread", at + 1, at + 6, "round_trips (convoy.py:47)", "spinner-0");
            r.dropRequest("MainThread", at + 6, "spinner-0");
            r.hold("MainThread", at + 6, at + 6.1, "round_trips (convoy.py:47)", false);
            r.sample("spinner-0", at + 3, "HOLD", "spin (convoy.py:21)");
            at += 6.1;
        }
        return r;
    }
}
