package dev.gilspy.interp.gil;

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
 * or reports a pending signal for the loop to raise.
 */
public final class ThreadState {
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

    private final Gil gil;
    private final Thread thread;
    private final long ident;
    private volatile String name;

    /** Non-zero when the eval loop must call {@link #handleEvalBreaker()} at its next check site. */
    public volatile int evalBreaker;
    volatile boolean dropRequest;
    volatile boolean pendingSigint;
    volatile int status = IDLE;
    /** Depth of nested {@link #beginAllowThreads} blocks; only the outermost releases. */
    private int allowDepth;
    private int savedStatus;
    int ticks;

    /** The innermost Python frame; written only by the owning thread, read by profilers. */
    private volatile FrameInfo frame;

    private ThreadState(Gil gil, Thread thread, String name) {
        this.gil = gil;
        this.thread = thread;
        this.ident = thread.getId();
        this.name = name;
    }

    /** Creates the state for the calling thread, registers it, and leaves it {@link #IDLE} without the GIL. */
    public static ThreadState attach(Gil gil, String name) {
        ThreadState ts = new ThreadState(gil, Thread.currentThread(), name);
        if (gil.mode() == GilMode.LEGACY) {
            ts.evalBreaker = 1; // legacy mode counts ticks at every check site
        }
        ALL.add(ts);
        return ts;
    }

    /** Unregisters this state. The thread must not hold the GIL. */
    public void detach() {
        ALL.remove(this);
        status = IDLE;
    }

    /** A snapshot of every registered Python thread state, across all interpreters. */
    public static Collection<ThreadState> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL));
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
    public FrameInfo frame() { return frame; }
    public void setFrame(FrameInfo frame) { this.frame = frame; }
    public boolean dropRequested() { return dropRequest; }

    /** Takes the GIL for this thread (blocking). */
    public void takeGil() { gil.take(this); }

    /** Drops the GIL held by this thread. */
    public void dropGil() { gil.drop(this); }

    /**
     * Called by the eval loop at a check site when {@link #evalBreaker} is non-zero.
     *
     * @return {@link #NO_EVENT}, or {@link #SIGINT} when the loop must raise {@code KeyboardInterrupt}
     */
    public int handleEvalBreaker() {
        if (gil.mode() == GilMode.LEGACY) {
            if (++ticks >= gil.checkInterval()) {
                ticks = 0;
                gil.drop(this);
                gil.take(this);
            }
        } else if (dropRequest) {
            gil.drop(this);
            gil.take(this);
        }
        if (pendingSigint && thread == gil.mainThread()) {
            pendingSigint = false;
            recomputeEvalBreaker();
            return SIGINT;
        }
        return NO_EVENT;
    }

    /** Asks this thread to raise {@code KeyboardInterrupt} at its next check site. */
    public void requestInterrupt() {
        pendingSigint = true;
        evalBreaker = 1;
    }

    void recomputeEvalBreaker() {
        evalBreaker = (dropRequest || pendingSigint || gil.mode() == GilMode.LEGACY) ? 1 : 0;
    }

    /**
     * {@code Py_BEGIN_ALLOW_THREADS}: drops the GIL around a blocking or native call.
     * Nested blocks are allowed; only the outermost one drops.
     *
     * @param why {@link #RELEASED_IO} or {@link #RELEASED_NATIVE}
     */
    public void beginAllowThreads(int why) {
        if (allowDepth++ == 0) {
            savedStatus = status;
            gil.drop(this);
            status = why;
        }
    }

    /** {@code Py_END_ALLOW_THREADS}: takes the GIL back. */
    public void endAllowThreads() {
        if (--allowDepth == 0) {
            gil.take(this);
            if (savedStatus != HOLDING) {
                status = HOLDING;
            }
        }
    }

    @Override
    public String toString() {
        return "ThreadState[" + name + ", ident=" + ident + ", interp=" + gil.interpreterId() + "]";
    }
}
