package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code _thread.LockType} and {@code _thread.RLock}. A blocking acquire first tries without
 * dropping the GIL, then drops it ({@link ThreadState#RELEASED_IO}) around the wait, as CPython does.
 */
public final class PyLock extends PyObj {
    public static final PyType LOCK = Types.builtin("lock");
    public static final PyType RLOCK = Types.builtin("RLock");

    private final Semaphore sem = new Semaphore(1);
    private final boolean reentrant;
    private volatile Thread owner;
    private int count;

    public PyLock(boolean reentrant) { this.reentrant = reentrant; }

    @Override public PyType type() { return reentrant ? RLOCK : LOCK; }

    boolean acquire(PyThread t, boolean blocking, double timeout) {
        Thread me = Thread.currentThread();
        if (reentrant && owner == me) {
            count++;
            return true;
        }
        if (sem.tryAcquire()) {
            owned(me);
            return true;
        }
        if (!blocking) {
            return false;
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        // As CPython's acquire: the GIL stays released for the whole wait. The wait is cut into
        // slices only so that the main thread notices Ctrl-C; a slice that ends without the lock
        // does not take the GIL (taking it every 50 ms made a thread blocked in join() queue behind
        // CPU-bound threads 15 times a second and force their switches).
        boolean mayInterrupt = me == t.interp.gil.mainThread() && t.interp.gil.mode() != GilMode.LEGACY;
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
                        got = sem.tryAcquire(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        break;
                    }
                    if (got || (mayInterrupt && t.interp.gil.interruptPending())) {
                        break;
                    }
                }
            } finally {
                t.ts.endAllowThreads();
            }
            if (got) {
                owned(me);
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            // a pending Ctrl-C set the main thread's eval breaker: this raises KeyboardInterrupt
            if (t.ts.evalBreaker != 0 && t.interp.gil.mode() != GilMode.LEGACY) {
                t.checkBreaker();
            }
        }
    }

    private void owned(Thread me) {
        owner = me;
        count = 1;
    }

    void release() {
        if (reentrant) {
            if (owner != Thread.currentThread()) {
                throw Err.runtime("cannot release un-acquired lock");
            }
            if (--count > 0) {
                return;
            }
            owner = null;
            sem.release();
            return;
        }
        if (sem.availablePermits() > 0) {
            throw Err.runtime("release unlocked lock");
        }
        owner = null;
        sem.release();
    }

    boolean locked() {
        return sem.availablePermits() == 0;
    }

    static {
        for (PyType type : new PyType[] {LOCK, RLOCK}) {
            Methods.def(type, "acquire", (t, a, k) -> {
                boolean blocking = Ops.truthy(BuiltinArgs.get(a, k, 1, "blocking", true));
                double timeout = Ops.toDouble(BuiltinArgs.get(a, k, 2, "timeout", -1L));
                if (!blocking && timeout != -1) {
                    throw Err.value("can't specify a timeout for a non-blocking call");
                }
                return ((PyLock) a[0]).acquire(t, blocking, timeout);
            });
            type.dict.put("acquire_lock", type.dict.get("acquire"));
            Methods.def(type, "__enter__", (t, a, k) -> ((PyLock) a[0]).acquire(t, true, -1));
            Methods.def(type, "release", (t, a, k) -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            });
            type.dict.put("release_lock", type.dict.get("release"));
            Methods.def(type, "__exit__", (t, a, k) -> {
                ((PyLock) a[0]).release();
                return false;
            });
            Methods.def(type, "locked", (t, a, k) -> ((PyLock) a[0]).locked());
            Methods.def(type, "_is_owned", (t, a, k) -> ((PyLock) a[0]).owner == Thread.currentThread());
            Methods.def(type, "__repr__", (t, a, k) -> {
                PyLock l = (PyLock) a[0];
                return "<" + (l.locked() ? "locked" : "unlocked") + " _thread." + (l.reentrant ? "RLock" : "lock")
                    + " object at 0x" + Long.toHexString(System.identityHashCode(l)) + ">";
            });
            type.ctor = (t, cls, a, k) -> new PyLock(type == RLOCK);
        }
        Methods.def(RLOCK, "_release_save", (t, a, k) -> {
            PyLock l = (PyLock) a[0];
            long c = l.count;
            l.count = 1;
            l.release();
            return PyTuple.of(c, PyNone.NONE);
        });
        Methods.def(RLOCK, "_acquire_restore", (t, a, k) -> {
            PyLock l = (PyLock) a[0];
            l.acquire(t, true, -1);
            l.count = (int) Ops.toLong(((PyTuple) a[1]).items[0]);
            return PyNone.NONE;
        });
        LOCK.finishInit();
        RLOCK.finishInit();
    }
}
