package dev.gilspy.agent.targets.graalpy;

import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import dev.gilspy.agent.runtime.AgentThread;
import dev.gilspy.agent.runtime.GilRecorder;
import dev.gilspy.agent.runtime.RecorderBinding;

/**
 * What the GraalPy advice calls. GraalPy's GIL methods take no thread state, so these hooks keep
 * one per Java thread ({@link GraalPyThread}) and translate GraalPy's take path into the recorder's
 * take/drop vocabulary:
 * <ul>
 *   <li>take: {@code tryAcquireGil()} (the fast path; a failure ends that attempt) then
 *       {@code acquireGil()} (the blocking wait), or {@code ensureGilAfterFailure()};</li>
 *   <li>drop: {@code releaseGil()}, forced when it runs inside GraalPy's GIL release scheduler
 *       action, which is GraalPy's drop request delivered to the holder.</li>
 * </ul>
 * The stack is captured on the thread itself, at most once per {@link #RECORDING_CAPTURE_NANOS} per
 * thread while a recording wants stacks, else once per {@link #IDLE_CAPTURE_NANOS} (enough for the
 * holder's function in {@code top}); a forced drop always captures its own (it is in Python code,
 * and at most one per release interval).
 */
public final class GraalPyHooks {
    /**
     * A Truffle frame walk through reflection costs 10-100 µs (measured on a loaded 2-core
     * machine): one per 10 ms per thread bounds it to about 1% of a thread that takes and drops
     * the GIL constantly, and far less for CPU-bound threads, which switch every 50 ms.
     */
    static final long RECORDING_CAPTURE_NANOS = 10_000_000L;
    static final long IDLE_CAPTURE_NANOS = 100_000_000L;
    private static final GilHoldEvent HOLD_PROBE = new GilHoldEvent();
    private static final GilWaitEvent WAIT_PROBE = new GilWaitEvent();
    private static final GilSampleEvent SAMPLE_PROBE = new GilSampleEvent();

    private GraalPyHooks() {}

    private static GilRecorder recorder(Object context) {
        if (AgentThread.isCurrent()) {
            return null;
        }
        GilRecorder r = RecorderBinding.recorderFor(context);
        return r != null && r.reader() instanceof GraalPyReader ? r : null;
    }

    private static long captureInterval() {
        return HOLD_PROBE.isEnabled() || WAIT_PROBE.isEnabled() || SAMPLE_PROBE.isEnabled()
                ? RECORDING_CAPTURE_NANOS : IDLE_CAPTURE_NANOS;
    }

    private static GraalPyReader reader(GilRecorder r) {
        return (GraalPyReader) r.reader();
    }

    /** {@code tryAcquireGil()} entry, also {@code acquireGil()}'s: this thread starts waiting. */
    public static long takeBegin(Object context) {
        long t = System.nanoTime();
        GilRecorder r = recorder(context);
        if (r != null) {
            GraalPyThread ts = reader(r).currentThread(context);
            reader(r).waiting(ts);
            r.takeBegin(context, ts, t);
        }
        return t;
    }

    /** Exit of a take attempt; a failed {@code tryAcquireGil()} is followed by {@code acquireGil()}. */
    public static void takeEnd(Object context, long t0, boolean acquired) {
        long t1 = System.nanoTime();
        GilRecorder r = recorder(context);
        if (r == null) {
            return;
        }
        GraalPyReader reader = reader(r);
        GraalPyThread ts = reader.currentThread(context);
        if (acquired) {
            reader.taken(ts);
            reader.capture(ts, t1, captureInterval());
        } else {
            reader.released(ts, false);
        }
        r.takeEnd(context, ts, t0, t1, acquired);
    }

    /** {@code ensureGilAfterFailure()} entry: a take only if this thread does not hold the GIL already. */
    public static long ensureBegin(Object context) {
        GilRecorder r = recorder(context);
        if (r == null || reader(r).currentThread(context).holding()) {
            return 0;
        }
        return takeBegin(context);
    }

    public static void ensureEnd(Object context, long t0) {
        if (t0 != 0) {
            takeEnd(context, t0, true);
        }
    }

    /** {@code releaseGil()} entry: the hold ends; the stack is read while this thread still holds the GIL. */
    public static void dropBegin(Object context) {
        long t = System.nanoTime();
        GilRecorder r = recorder(context);
        if (r == null) {
            return;
        }
        GraalPyReader reader = reader(r);
        GraalPyThread ts = reader.currentThread(context);
        // A forced drop happens in Python code (GraalPy's release action runs only in ordinary Python
        // code nodes): always read its stack, never reuse one captured earlier, possibly at a Java entry.
        reader.capture(ts, t, ts.forcedPending() ? 0 : captureInterval());
        r.dropBegin(context, ts, t);
        reader.released(ts, ts.forcedPending());
    }

    public static void dropEnd(Object context) {
        GilRecorder r = recorder(context);
        if (r == null) {
            return;
        }
        GraalPyThread ts = reader(r).currentThread(context);
        r.dropEnd(context, ts, ts.forcedPending());
    }

    /**
     * GraalPy's GIL release scheduler found a waiter and its thread-local action now runs on the
     * holder: the drop request arrives, and the release it makes is a forced drop.
     */
    public static void forcedReleaseBegin() {
        GilRecorder r = RecorderBinding.recorder();
        if (r == null || !(r.reader() instanceof GraalPyReader) || AgentThread.isCurrent()) {
            return;
        }
        GraalPyThread ts = reader(r).lastThread();
        if (ts == null || !ts.holding()) {
            return;
        }
        ts.forcedPending(true);
        reader(r).releaseAction(ts, System.nanoTime());
        r.dropRequest(ts.context(), ts, "GraalPy GIL release scheduler");
    }

    public static void forcedReleaseEnd() {
        GilRecorder r = RecorderBinding.recorder();
        if (r == null || !(r.reader() instanceof GraalPyReader)) {
            return;
        }
        GraalPyThread ts = reader(r).lastThread();
        if (ts != null) {
            ts.forcedPending(false);
        }
    }
}
