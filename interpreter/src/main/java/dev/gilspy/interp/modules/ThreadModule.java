package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyLocal;
import dev.gilspy.interp.runtime.PyLock;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _thread}: real JVM platform threads. Each attaches a {@link ThreadState}, takes the GIL,
 * runs, then drops the GIL and detaches, even when the function raises.
 *
 * <p>Functions: start_new_thread, allocate_lock, LockType, RLock, get_ident, get_native_id, _count,
 * error, TIMEOUT_MAX, interrupt_main, stack_size, _local, daemon_threads_allowed, and
 * {@code _set_thread_name(name)} (gilspy: names the calling thread for profilers).
 */
final class ThreadModule {
    private ThreadModule() {}

    static final long STACK_SIZE = 256L * 1024 * 1024;

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_thread");
        m.def("start_new_thread", (t, a, k) -> {
            Object fn = a[0];
            Object[] args = a.length > 1 ? Ops.toArray(a[1]) : new Object[0];
            PyDict kwargs = a.length > 2 && a[2] instanceof PyDict d ? d : null;
            return startThread(interp, fn, args, kwargs, null);
        });
        m.def("allocate_lock", (t, a, k) -> new PyLock(false));
        m.put("allocate", m.get("allocate_lock"));
        m.put("LockType", PyLock.LOCK);
        m.put("RLock", PyLock.RLOCK);
        m.put("_local", PyLocal.LOCAL);
        m.put("error", Types.RuntimeError);
        m.put("TIMEOUT_MAX", 9223372036.0);
        m.def("get_ident", (t, a, k) -> Thread.currentThread().getId());
        m.def("get_native_id", (t, a, k) -> Thread.currentThread().getId());
        m.def("_count", (t, a, k) -> (long) (interp.threadCount.get() - 1));
        m.def("daemon_threads_allowed", (t, a, k) -> true);
        m.def("stack_size", (t, a, k) -> 0L);
        m.def("interrupt_main", (t, a, k) -> {
            if (interp.mainTs != null) {
                interp.mainTs.requestInterrupt();
            }
            return PyNone.NONE;
        });
        m.def("_set_thread_name", (t, a, k) -> {
            t.ts.setName(StrRepr.str(a[0]));
            Thread.currentThread().setName("python:" + StrRepr.str(a[0]));
            return PyNone.NONE;
        });
        return m;
    }

    static long startThread(InterpreterState interp, Object fn, Object[] args, PyDict kwargs, String name) {
        Object[] callArgs = args;
        String[] kw = null;
        if (kwargs != null && kwargs.size() > 0) {
            var entries = kwargs.entries();
            callArgs = java.util.Arrays.copyOf(args, args.length + entries.size());
            kw = new String[entries.size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = (String) entries.get(i).getKey();
                callArgs[args.length + i] = entries.get(i).getValue();
            }
        }
        final Object[] finalArgs = callArgs;
        final String[] finalKw = kw;
        // Read here, while the starting thread holds the GIL: the new thread's very first take must
        // already carry the Python name, or profilers see a phantom "Thread-N" waiting for the GIL.
        final String threadName = name != null ? name : threadingName(fn);
        interp.threadCount.incrementAndGet();
        Thread th = new Thread(null, () -> runThread(interp, fn, finalArgs, finalKw, threadName),
            threadName == null ? "python-thread" : threadName, STACK_SIZE);
        th.setDaemon(true);
        th.start();
        return th.getId();
    }

    /** threading.Thread starts its {@code _bootstrap} method: its {@code _name} is the Python thread name. */
    private static String threadingName(Object fn) {
        if (fn instanceof PyBoundMethod m && m.self instanceof PyInstance owner
            && owner.getDictAttr("_name") instanceof String threadName) {
            return threadName;
        }
        return null;
    }

    private static void runThread(InterpreterState interp, Object fn, Object[] args, String[] kw, String name) {
        ThreadState ts = ThreadState.attach(interp.gil, name == null ? "Thread-" + Thread.currentThread().getId() : name);
        PyThread t = PyThread.create(interp, ts);
        ts.takeGil();
        try {
            Ops.call(t, fn, args, kw);
        } catch (PyException e) {
            if (!Err.matches(e, Types.SystemExit)) {
                interp.stdout.flushQuietly(t);
                interp.stderr.write(t, "Exception ignored in thread started by: " + StrRepr.repr(fn) + "\n"
                    + Traceback.format(interp, e.exc));
                interp.stderr.flushQuietly(t);
            }
        } catch (StackOverflowError e) {
            report(interp, t, "Exception ignored in thread started by: " + StrRepr.repr(fn) + "\nRecursionError: maximum recursion depth exceeded\n", null);
            markStopped(t, fn);
        } catch (Throwable e) {
            // a Java error (a bug, OutOfMemoryError) unwinds past the Python finally blocks that
            // would mark the threading.Thread stopped; without that, join() and shutdown wait forever
            report(interp, t, "gilspy: internal error in thread: " + e + "\n", e);
            markStopped(t, fn);
        } finally {
            try {
                interp.stdout.flushQuietly(t);
            } catch (Throwable e) {
                // the thread must release the GIL whatever happens here
            }
            ts.dropGil();
            ts.detach();
            PyThread.clearCurrent();
            interp.threadCount.decrementAndGet();
        }
    }

    private static void report(InterpreterState interp, PyThread t, String message, Throwable e) {
        try {
            interp.stderr.write(t, message);
            interp.stderr.flushQuietly(t);
            if (e != null && interp.verbose) {
                e.printStackTrace(interp.errStream);
            }
        } catch (Throwable ignored) {
            // reporting is best effort: the thread is already dying
        }
    }

    /** Runs what threading.Thread's {@code _bootstrap_inner} would have run in its finally: {@code self._delete()}. */
    private static void markStopped(PyThread t, Object fn) {
        if (!(fn instanceof PyBoundMethod m && m.self instanceof PyInstance owner)) {
            return;
        }
        try {
            Object delete = Attr.get(owner, "_delete");
            if (delete != null) {
                Ops.call(t, delete, new Object[0], null);
            }
        } catch (Throwable e) {
            // _delete failed part-way (or was never reached in the first place): release the lock join() waits on
            try {
                owner.putDictAttr("_is_stopped", true);
                if (owner.getDictAttr("_done_lock") instanceof PyLock lock) {
                    Ops.call(t, Attr.get(lock, "release"), new Object[0], null);
                }
            } catch (Throwable ignored) {
                // nothing more can be done
            }
        }
    }
}
