package dev.gilspy.interp.runtime;

import java.math.BigInteger;

/**
 * The Python-level methods of {@code _thread.lock} and {@code _thread.RLock}, with the argument
 * checks and messages of CPython's {@code lock_acquire_parse_args} and the RLock hooks that
 * {@code threading.Condition} uses ({@code _is_owned}, {@code _release_save}, {@code _acquire_restore}).
 */
final class LockMethods {
    private LockMethods() {}

    /** Just over {@link PyLock#TIMEOUT_MAX}: where CPython's conversion to nanoseconds overflows. */
    private static final double TIME_T_LIMIT = 9223372036.854775807;

    static void define() {
        PyType lock = PyLock.LOCK;
        PyType rlock = PyLock.RLOCK;
        lock.module = "_thread";
        rlock.module = "_thread";
        for (PyType type : new PyType[] {lock, rlock}) {
            Methods.def(type, "acquire", (t, a, k) -> acquire(t, a, k));
            Methods.def(type, "__enter__", (t, a, k) -> ((PyLock) a[0]).acquire(t, true, -1));
            Methods.def(type, "release", (t, a, k) -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            });
            Methods.def(type, "__exit__", (t, a, k) -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            });
            Methods.def(type, "_at_fork_reinit", (t, a, k) -> {
                ((PyLock) a[0]).reinit();
                return PyNone.NONE;
            });
        }
        lock.dict.put("acquire_lock", lock.dict.get("acquire"));
        lock.dict.put("release_lock", lock.dict.get("release"));
        Methods.def(lock, "locked", (t, a, k) -> ((PyLock) a[0]).locked());
        lock.dict.put("locked_lock", lock.dict.get("locked"));
        Methods.def(lock, "__repr__", (t, a, k) -> {
            PyLock l = (PyLock) a[0];
            return "<" + (l.locked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + Long.toHexString(System.identityHashCode(l)) + ">";
        });
        lock.ctor = (t, cls, a, k) -> {
            throw Err.type("cannot create '_thread.lock' instances");
        };
        Methods.def(rlock, "__repr__", (t, a, k) -> {
            PyLock l = (PyLock) a[0];
            long owner = l.owner;
            return "<" + (owner != 0 ? "locked" : "unlocked") + " " + l.type().module + "." + l.type().name
                + " object owner=" + owner + " count=" + (owner != 0 ? l.count : 0) + " at 0x"
                + Long.toHexString(System.identityHashCode(l)) + ">";
        });
        Methods.def(rlock, "_is_owned", (t, a, k) -> ((PyLock) a[0]).isOwned());
        Methods.def(rlock, "_recursion_count", (t, a, k) -> {
            PyLock l = (PyLock) a[0];
            return l.isOwned() ? l.count : 0L;
        });
        Methods.def(rlock, "_release_save", (t, a, k) -> ((PyLock) a[0]).releaseSave());
        Methods.def(rlock, "_acquire_restore", (t, a, k) -> {
            if (!(a[1] instanceof PyTuple state) || state.items.length != 2) {
                throw Err.type("_acquire_restore() argument must be a (count, owner) tuple");
            }
            ((PyLock) a[0]).acquireRestore(t, Ops.toLong(state.items[0]), Ops.toLong(state.items[1]));
            return PyNone.NONE;
        });
        rlock.ctor = (t, cls, a, k) -> new PyLock(true, cls);
        lock.finishInit();
        rlock.finishInit();
    }

    /** {@code acquire(blocking=True, timeout=-1)}. */
    private static Object acquire(PyThread t, Object[] a, String[] k) {
        PyLock l = (PyLock) a[0];
        boolean blocking = Ops.truthy(BuiltinArgs.get(a, k, 1, "blocking", true));
        Object timeoutArg = BuiltinArgs.get(a, k, 2, "timeout", -1L);
        double timeout = seconds(timeoutArg);
        boolean unset = timeout == -1;
        if (!blocking && !unset) {
            throw Err.value("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && !unset) {
            throw Err.value("timeout value must be positive");
        }
        if (!unset && timeout > PyLock.TIMEOUT_MAX) {
            throw Err.make(Types.OverflowError, "timeout value is too large");
        }
        return l.acquire(t, blocking, unset ? -1 : timeout);
    }

    /** A timeout in seconds as {@code _PyTime_FromSecondsObject} reads it: an int or a float. */
    private static double seconds(Object o) {
        double d;
        if (o instanceof Double x) {
            if (Double.isNaN(x)) {
                throw Err.value("Invalid value NaN (not a number)");
            }
            d = x;
        } else if (o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            d = Ops.toDouble(o);
            if (Math.abs(d) > PyLock.TIMEOUT_MAX + 1) {
                throw Err.make(Types.OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
        } else {
            throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (Math.abs(d) > TIME_T_LIMIT) {
            throw Err.make(Types.OverflowError, "timestamp out of range for platform time_t");
        }
        return d;
    }
}
