package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.target.GraalPyReader;
import dev.gilspy.agent.target.GraalPyThread;

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
 * The stack is captured on the thread itself, at most once per {@link #CAPTURE_NANOS}.
 */
public final class GraalPyHooks {
    /** Truffle frame walks cost microseconds: one per few milliseconds per thread keeps them negligible. */
    static final long CAPTURE_NANOS = 2_000_000L;
    private static final GilDropRequestEvent DROP_REQUEST_PROBE = new GilDropRequestEvent();

    private GraalPyHooks() {}

    private static GilRecorder recorder(Object context) {
        if (AgentThread.isCurrent()) {
            return null;
        }
        GilRecorder r = GilHooks.recorderFor(context);
        return r != null && r.reader instanceof GraalPyReader ? r : null;
    }

    private static GraalPyReader reader(GilRecorder r) {
        return (GraalPyReader) r.reader;
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
            reader.capture(ts, t1, CAPTURE_NANOS);
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
        reader.capture(ts, t, CAPTURE_NANOS);
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
        GilRecorder r = GilHooks.recorder();
        if (r == null || !(r.reader instanceof GraalPyReader) || AgentThread.isCurrent()) {
            return;
        }
        GraalPyThread ts = reader(r).lastThread();
        if (ts == null || !ts.holding()) {
            return;
        }
        ts.forcedPending(true);
        GilStats s = r.stats(ts.context());
        s.dropRequested();
        if (DROP_REQUEST_PROBE.isEnabled()) {
            GilDropRequestEvent e = new GilDropRequestEvent();
            if (e.shouldCommit()) {
                e.interpreterId = s.interpreterId;
                e.requesterThread = "GraalPy GIL release scheduler";
                e.holderThread = Thread.currentThread().getName();
                e.holderStack = r.stacks.intern(r.reader.frame(ts)).text;
                e.commit();
            }
        }
    }

    public static void forcedReleaseEnd() {
        GilRecorder r = GilHooks.recorder();
        if (r == null || !(r.reader instanceof GraalPyReader)) {
            return;
        }
        GraalPyThread ts = reader(r).lastThread();
        if (ts != null) {
            ts.forcedPending(false);
        }
    }
}
