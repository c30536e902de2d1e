package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread.lock} and {@code _thread.RLock} ({@code Modules/_threadmodule.c}). A blocking
 * acquire first tries without dropping the GIL, then drops it ({@link ThreadState#RELEASED_IO})
 * around the timed wait, as CPython's {@code acquire_timed} does; a Ctrl-C that arrives while the
 * main thread waits runs the SIGINT handler, and the wait goes on with what is left of the timeout
 * when the handler does not raise. The Python-level methods are in {@link LockMethods}.
 */
public final class PyLock extends PyObj {
    public static final PyType LOCK = Types.builtin("lock");
    public static final PyType RLOCK = Types.builtin("RLock");
    /** CPython's {@code TIMEOUT_MAX} on 64-bit Linux: PY_TIMEOUT_MAX microseconds in seconds. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    private volatile Semaphore sem = new Semaphore(1);
    final boolean reentrant;
    private final PyType cls;
    /** RLock only: the owning thread's ident ({@code get_ident()}, 0 for none) and its recursion count. */
    volatile long owner;
    long count;
    /**
     * A thread's end-of-life lock ({@code _thread._set_sentinel}): a waiter takes it only once it holds
     * the GIL again. In CPython a joiner woken by the release takes the lock while the releasing thread
     * still runs, but that thread (threading._shutdown: {@code tlock.release()}, then {@code _stop()}
     * asserting the lock is unlocked) finishes its few bytecodes long before the joiner's wake-up; here
     * the joiner won, and a thread joining the main thread made every such exit an AssertionError.
     */
    public volatile boolean sentinel;

    public PyLock(boolean reentrant) {
        this(reentrant, reentrant ? RLOCK : LOCK);
    }

    PyLock(boolean reentrant, PyType cls) {
        this.reentrant = reentrant;
        this.cls = cls;
    }

    @Override public PyType type() { return cls; }

    /** Takes the lock; false when {@code timeout} seconds (negative: forever) pass first. */
    public boolean acquire(PyThread t, boolean blocking, double timeout) {
        long me = Thread.currentThread().getId();
        if (reentrant && owner == me) {
            if (count == Long.MAX_VALUE) {
                throw Err.make(Types.OverflowError, "Internal lock count overflowed");
            }
            count++;
            return true;
        }
        if (!acquireRaw(t, blocking ? timeout : 0)) {
            return false;
        }
        if (reentrant) {
            owner = me;
            count = 1;
        }
        return true;
    }

    /** CPython's {@code acquire_timed}: a try without waiting, then the wait with the GIL released. */
    private boolean acquireRaw(PyThread t, double timeout) {
        Semaphore s = sem;
        if (s.tryAcquire()) {
            return true;
        }
        if (timeout == 0) {
            return false;
        }
        // a timeout near TIMEOUT_MAX would overflow nanoTime() + nanos: such a wait is a wait forever
        long deadline = timeout < 0 || timeout > 1e9 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        // The wait is cut into slices only so that the main thread notices Ctrl-C; a slice that ends
        // without the lock does not take the GIL back.
        boolean mayInterrupt = Thread.currentThread() == t.interp.gil.mainThread() && t.interp.gil.mode() != GilMode.LEGACY;
        while (true) {
            boolean got = false;
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        got = s.tryAcquire(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        break;
                    }
                    if (got && sentinel) {
                        s.release(); // seen free: taken again below, with the GIL
                    }
                    if (got || (mayInterrupt && t.interp.gil.interruptPending())) {
                        break;
                    }
                }
            } finally {
                t.ts.endAllowThreads();
            }
            if (got && (!sentinel || s.tryAcquire())) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            // a pending Ctrl-C set the main thread's eval breaker: the handler runs here and may raise
            if (t.ts.evalBreaker != 0 && t.interp.gil.mode() != GilMode.LEGACY) {
                t.checkBreaker();
            }
        }
    }

    /** {@code release()}: RuntimeError as CPython's for an unlocked lock or an RLock the caller does not own. */
    public void release() {
        if (reentrant) {
            if (owner != Thread.currentThread().getId() || count == 0) {
                throw Err.runtime("cannot release un-acquired lock");
            }
            if (--count > 0) {
                return;
            }
            owner = 0;
            sem.release();
            return;
        }
        Semaphore s = sem;
        if (s.availablePermits() > 0) {
            throw Err.runtime("release unlocked lock");
        }
        s.release();
    }

    /** Releases the lock if it is held, whoever holds it (the thread sentinel at thread exit). */
    public void releaseIfLocked() {
        Semaphore s = sem;
        if (s.availablePermits() == 0) {
            s.release();
        }
    }

    public boolean locked() {
        return sem.availablePermits() == 0;
    }

    /** {@code _at_fork_reinit()}: a fresh unlocked lock, whatever state this one was in. */
    void reinit() {
        owner = 0;
        count = 0;
        sem = new Semaphore(1);
    }

    boolean isOwned() {
        return reentrant ? owner == Thread.currentThread().getId() && count > 0 : locked();
    }

    /** RLock {@code _release_save()}: drops every level at once; the state for {@link #acquireRestore}. */
    PyTuple releaseSave() {
        if (count == 0) {
            throw Err.runtime("cannot release un-acquired lock");
        }
        PyTuple saved = PyTuple.of(count, owner);
        count = 0;
        owner = 0;
        sem.release();
        return saved;
    }

    /** RLock {@code _acquire_restore((count, owner))}: waits for the lock, then takes back the saved levels. */
    void acquireRestore(PyThread t, long savedCount, long savedOwner) {
        acquireRaw(t, -1);
        owner = savedOwner;
        count = savedCount;
    }

    static {
        LockMethods.define();
    }
}
