package dev.gilspy.interp.gil;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Python thread's runtime state, the analogue of CPython's {@code PyThreadState}.
 *
 * <p>Profilers read it from other threads: {@link #all()}, {@link #status()}, {@link #frame()},
 * {@link #ident()}, {@link #name()} and {@link #interpreterId()} are safe to call at any time.
 * Everything else is for the owning thread.
 *
 * <p>Check sites: the eval loop polls {@link #evalBreaker} at loop back-edges, on function entry and
 * resume, and after calls into builtins, and only there. When it is non-zero the loop calls
 * {@link #handleEvalBreaker()}, which serves a drop request (a forced switch), counts legacy ticks,
 * or reports a pending signal for the loop to raise. With nothing to do, {@code evalBreaker} stays 0
 * in the new GIL and free-threaded modes, so the check site costs one volatile read.
 *
 * <p>Host API for Java code:
 * <ul>
 *   <li>{@link #allowThreads(int, Blocking)}: {@code Py_BEGIN/END_ALLOW_THREADS} around a blocking
 *       or native Java call made from Python ({@link #beginAllowThreads}/{@link #endAllowThreads}
 *       when the caller already has its state at hand);</li>
 *   <li>{@link GilState}: {@code PyGILState_Ensure/Release} for Java threads calling into Python;</li>
 *   <li>{@link #current()}: the calling thread's state, a thread-local lookup kept off hot paths.</li>
 * </ul>
 */
public abstract sealed class ThreadState permits ThreadState.Padded {
    /** Not running Python code and not waiting: a daemon at rest, a thread not yet started. */
    public static final int IDLE = 0;
    /** Holds the GIL and runs Python code. */
    public static final int HOLDING = 1;
    /** Waiting in {@link Gil#take}. */
    public static final int WAITING = 2;
    /** Released the GIL around blocking I/O: sleep, socket, file, lock and queue waits. */
    public static final int RELEASED_IO = 3;
    /** Released the GIL around native work, such as {@code _gilspy_native.compute(n, release_gil=True)}. */
    public static final int RELEASED_NATIVE = 4;

    /** {@link #handleEvalBreaker()} result: nothing for the eval loop to do. */
    public static final int NO_EVENT = 0;
    /** {@link #handleEvalBreaker()} result: raise {@code KeyboardInterrupt} here. */
    public static final int SIGINT = 1;

    private static final Set<ThreadState> ALL = ConcurrentHashMap.newKeySet();
    /** The calling thread's innermost attached state: {@code PyThreadState_Get}, for host code only. */
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    private final Gil gil;
    private final Thread thread;
    private final long ident;
    private final boolean legacy;
    private volatile String name;
    /** The state that was current on this thread before this one was attached. */
    private final ThreadState previous;

    /** Non-zero when the eval loop must call {@link #handleEvalBreaker()} at its next check site. */
    public volatile int evalBreaker;
    volatile boolean dropRequest;
    volatile int status = IDLE;
    /** Depth of nested {@link #beginAllowThreads} blocks; only the outermost releases. */
    private int allowDepth;
    /** Check sites passed since the last release, in the legacy mode. */
    int ticks;

    /**
     * The innermost Python frame; written only by the owning thread (a release fence, then a plain
     * store: {@link #setFrame}), read by profilers with an acquire load ({@link #frame()}).
     */
    private FrameInfo frame;
    private static final VarHandle FRAME;
    static {
        try {
            FRAME = MethodHandles.lookup().findVarHandle(ThreadState.class, "frame", FrameInfo.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ThreadState(Gil gil, Thread thread, String name, ThreadState previous) {
        this.gil = gil;
        this.thread = thread;
        this.ident = thread.getId();
        this.name = name;
        this.legacy = gil.mode() == GilMode.LEGACY;
        this.previous = previous;
    }

    /**
     * Creates the state for the calling thread, registers it, makes it the thread's
     * {@link #current()} one, and leaves it {@link #IDLE} without the GIL.
     */
    public static ThreadState attach(Gil gil, String name) {
        if (gil == null) {
            throw new IllegalArgumentException("attach: gil must not be null");
        }
        ThreadState ts = new Padded(gil, Thread.currentThread(), name, CURRENT.get());
        ts.recomputeEvalBreaker(); // legacy mode counts ticks at every check site; a signal may be pending
        ALL.add(ts);
        CURRENT.set(ts);
        return ts;
    }

    /**
     * Unregisters this state, releasing the GIL first if this thread still holds it (a thread
     * that ends, even by an exception, must not take the GIL with it).
     */
    public void detach() {
        if (holdsGil() && gil.isEnabled()) {
            allowDepth = 0;
            gil.drop(this);
        }
        ALL.remove(this);
        status = IDLE;
        if (Thread.currentThread() == thread && CURRENT.get() == this) {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** A snapshot of every registered Python thread state, across all interpreters. */
    public static Collection<ThreadState> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL));
    }

    /**
     * The calling thread's innermost attached state, or {@code null}. A thread-local lookup for
     * host code ({@link GilState}, {@link #allowThreads}); the eval loop passes its state around instead.
     */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** The calling thread's attached state for {@code gil}, or {@code null}. */
    public static ThreadState current(Gil gil) {
        for (ThreadState ts = CURRENT.get(); ts != null; ts = ts.previous) {
            if (ts.gil == gil && ALL.contains(ts)) {
                return ts;
            }
        }
        return null;
    }

    public Gil gil() { return gil; }
    public Thread thread() { return thread; }
    /** {@code threading.get_ident()} of this thread. */
    public long ident() { return ident; }
    public String name() { return name; }
    public void setName(String name) { this.name = name; }
    public int interpreterId() { return gil.interpreterId(); }
    /** One of {@link #IDLE}, {@link #HOLDING}, {@link #WAITING}, {@link #RELEASED_IO}, {@link #RELEASED_NATIVE}. */
    public int status() { return status; }
    public FrameInfo frame() { return (FrameInfo) FRAME.getAcquire(this); }
    /**
     * A release store, not a volatile one: it runs twice per Python call, and a profiler's acquire
     * read still sees a fully built frame. Skipping the full fence only lets that reader see the
     * change a moment later. Written as {@link VarHandle#releaseFence} and a plain store rather than
     * {@code FRAME.setRelease}: the same code once C2 has compiled it (a plain store on x86), but
     * before that a VarHandle call goes through its guard and the field handle's casts in the
     * bytecode interpreter and C1 code, and a cold objects.py spent 3% of its main thread's
     * samples there (JFR, 1 ms).
     */
    public void setFrame(FrameInfo frame) {
        VarHandle.releaseFence();
        this.frame = frame;
    }
    public boolean dropRequested() { return dropRequest; }

    /** Whether this thread holds the GIL now (free-threaded: whether it is running Python code). */
    public boolean holdsGil() {
        return gil.isEnabled() ? gil.holder() == this : status == HOLDING;
    }

    /** Takes the GIL for this thread (blocking). */
    public void takeGil() { gil.take(this); }

    /** Drops the GIL held by this thread. */
    public void dropGil() { gil.drop(this); }

    /**
     * Called by the eval loop at a check site when {@link #evalBreaker} is non-zero. Serves a drop
     * request (drop, then take again once another thread had its turn), counts legacy ticks, and
     * reports a pending {@code KeyboardInterrupt} on the main thread.
     *
     * @return {@link #NO_EVENT}, or {@link #SIGINT} when the loop must raise {@code KeyboardInterrupt}
     */
    public int handleEvalBreaker() {
        if (legacy) {
            if (++ticks >= gil.checkInterval()) {
                ticks = 0;
                gil.drop(this);
                gil.take(this);
            }
        } else if (dropRequest) {
            if (GilTrace.ON) {
                GilTrace.event(GilTrace.DROP_REQUEST_SEEN);
            }
            gil.drop(this);
            gil.take(this);
        }
        int event = NO_EVENT;
        if (canHandleSignals() && gil.consumeInterrupt()) {
            event = SIGINT;
        }
        recomputeEvalBreaker();
        return event;
    }

    /**
     * Asks for {@code KeyboardInterrupt}. As in CPython, signals are only ever handled by the main
     * thread, so this forwards to {@link Gil#requestInterrupt()} whichever thread it is called on.
     */
    public void requestInterrupt() {
        gil.requestInterrupt();
    }

    private boolean canHandleSignals() {
        return thread == gil.mainThread();
    }

    void resetDropRequest() {
        dropRequest = false;
        recomputeEvalBreaker();
    }

    /**
     * {@code COMPUTE_EVAL_BREAKER}. Setters write their flag before {@code evalBreaker = 1}, so
     * reading the flags again after writing 0 means a request that raced with us is never lost.
     */
    void recomputeEvalBreaker() {
        if (legacy) {
            evalBreaker = 1;
            return;
        }
        boolean any = dropRequest || (gil.interruptPending() && canHandleSignals());
        evalBreaker = any ? 1 : 0;
        if (!any && (dropRequest || (gil.interruptPending() && canHandleSignals()))) {
            evalBreaker = 1;
        }
    }

    /**
     * {@code Py_BEGIN_ALLOW_THREADS}: drops the GIL around a blocking or native call.
     * Nested blocks are allowed; only the outermost one drops. Pair it with
     * {@link #endAllowThreads()} in a {@code finally}, or use {@link #allowThreads}.
     *
     * @param why {@link #RELEASED_IO} or {@link #RELEASED_NATIVE}
     */
    public void beginAllowThreads(int why) {
        if (why != RELEASED_IO && why != RELEASED_NATIVE) {
            throw new IllegalArgumentException("beginAllowThreads: why must be RELEASED_IO or RELEASED_NATIVE, not " + why);
        }
        if (allowDepth == 0) {
            gil.drop(this);
            status = why;
        }
        allowDepth++;
    }

    /** {@code Py_END_ALLOW_THREADS}: takes the GIL back (blocking). */
    public void endAllowThreads() {
        if (allowDepth == 0) {
            throw new IllegalStateException("endAllowThreads without beginAllowThreads on " + this);
        }
        if (--allowDepth == 0) {
            gil.take(this);
        }
    }

    /** A blocking or native call made while the GIL is released; {@code X} is what it may throw. */
    @FunctionalInterface
    public interface Blocking<T, X extends Throwable> {
        T call() throws X;
    }

    /** {@link Blocking} without a result. */
    @FunctionalInterface
    public interface BlockingVoid<X extends Throwable> {
        void run() throws X;
    }

    /**
     * Runs {@code body} with the GIL released, for Java code called from Python: the equivalent
     * of wrapping a C call in {@code Py_BEGIN_ALLOW_THREADS} / {@code Py_END_ALLOW_THREADS}.
     * The GIL is taken back even if {@code body} throws. On a thread with no attached state for
     * any interpreter it just runs {@code body}.
     *
     * <pre>{@code byte[] data = ThreadState.allowThreads(ThreadState.RELEASED_IO, () -> in.readNBytes(n));}</pre>
     *
     * @param why {@link #RELEASED_IO} or {@link #RELEASED_NATIVE}
     */
    public static <T, X extends Throwable> T allowThreads(int why, Blocking<T, X> body) throws X {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            return body.call();
        }
        ts.beginAllowThreads(why);
        try {
            return body.call();
        } finally {
            ts.endAllowThreads();
        }
    }

    /** {@link #allowThreads(int, Blocking)} for a body without a result. */
    public static <X extends Throwable> void allowThreads(int why, BlockingVoid<X> body) throws X {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            body.run();
            return;
        }
        ts.beginAllowThreads(why);
        try {
            body.run();
        } finally {
            ts.endAllowThreads();
        }
    }

    @Override
    public String toString() {
        return "ThreadState[" + name + ", ident=" + ident + ", interp=" + gil.interpreterId() + "]";
    }

    /**
     * Two cache lines of nothing after the fields. Each call publishes its frame here, and the
     * collector copies the threads' long-lived states next to each other: unpadded, two free-threaded
     * threads wrote one cache line on every call.
     */
    @SuppressWarnings("unused")
    static final class Padded extends ThreadState {
        private long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;

        private Padded(Gil gil, Thread thread, String name, ThreadState previous) {
            super(gil, thread, name, previous);
        }
    }
}
