package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FirstThreadCollection;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyLocal;
import dev.gilspy.interp.runtime.PyLock;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Signals;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _thread} ({@code Modules/_threadmodule.c}): real JVM platform threads. Each attaches a
 * {@link ThreadState}, takes the GIL, runs, releases its sentinel locks ({@code _set_sentinel}:
 * what {@code threading.Thread.join} and {@code threading._shutdown} wait on), then drops the GIL
 * and detaches, even when the function raises.
 *
 * <p>Functions: start_new_thread, allocate_lock, LockType, RLock ({@code runtime.PyLock}),
 * get_ident, get_native_id, _count, _set_sentinel, error, TIMEOUT_MAX, interrupt_main, stack_size,
 * _local, _excepthook and _ExceptHookArgs ({@link ThreadExcepthook}), daemon_threads_allowed, and
 * {@code _set_thread_name(name)} (gilspy: names the calling thread for profilers).
 */
final class ThreadModule {
    private ThreadModule() {}

    static final long STACK_SIZE = 256L * 1024 * 1024;

    /** The sentinel locks of the calling Java thread: released when its Python thread ends. */
    private static final ThreadLocal<List<PyLock>> SENTINELS = ThreadLocal.withInitial(ArrayList::new);
    private static final ThreadLocal<Long> NATIVE_ID = new ThreadLocal<>();

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_thread");
        m.def("start_new_thread", (t, a, k) -> {
            if (a.length < 2 || a.length > 3) {
                throw Err.type("start_new_thread expected " + (a.length < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + a.length);
            }
            Object fn = a[0];
            if (!callable(fn)) {
                throw Err.type("first arg must be callable");
            }
            if (!(a[1] instanceof PyTuple args)) {
                throw Err.type("2nd arg must be a tuple");
            }
            if (a.length > 2 && !(a[2] instanceof PyDict)) {
                throw Err.type("optional 3rd arg must be a dictionary");
            }
            PyDict kwargs = a.length > 2 ? (PyDict) a[2] : null;
            return startThread(interp, fn, args.items, kwargs, null);
        });
        m.def("allocate_lock", (t, a, k) -> new PyLock(false));
        m.put("allocate", m.get("allocate_lock"));
        m.put("LockType", PyLock.LOCK);
        m.put("RLock", PyLock.RLOCK);
        m.put("_local", PyLocal.LOCAL);
        m.put("error", Types.RuntimeError);
        m.put("TIMEOUT_MAX", PyLock.TIMEOUT_MAX);
        m.def("get_ident", (t, a, k) -> Thread.currentThread().getId());
        m.def("get_native_id", (t, a, k) -> nativeId());
        m.def("_count", (t, a, k) -> (long) (interp.threadCount.get() - 1));
        m.def("daemon_threads_allowed", (t, a, k) -> true);
        m.def("_set_sentinel", (t, a, k) -> {
            PyLock lock = new PyLock(false);
            lock.sentinel = true;
            SENTINELS.get().add(lock);
            return lock;
        });
        long[] stackSize = {0};
        m.def("stack_size", (t, a, k) -> {
            long old = stackSize[0];
            long size = a.length > 0 ? Ops.toLong(a[0]) : 0; // no argument sets the default (0) too
            if (size != 0 && size < 32768) {
                throw Err.value("size not valid: " + size + " bytes");
            }
            // remembered for the answer only: gilspy's threads need their large Java stacks
            stackSize[0] = size;
            return old;
        });
        m.def("interrupt_main", (t, a, k) -> {
            long signum = a.length > 0 ? Ops.toLong(a[0]) : 2L;
            if (signum < 1 || signum >= Signals.NSIG) {
                throw Err.value("signal number out of range");
            }
            if (signum == 2) {
                // set to SIG_DFL or SIG_IGN, SIGINT is not handled by Python: CPython's interrupt_main does nothing
                if (interp.mainTs != null && !(Signals.handlers(interp)[2] instanceof Long)) {
                    interp.mainTs.requestInterrupt();
                }
            } else if (t.ts.thread() == interp.gil.mainThread()) {
                Object h = Signals.handlers(interp)[(int) signum];
                if (h != null && !(h instanceof Long)) {
                    Signals.run(t, (int) signum); // SIG_DFL and SIG_IGN are ignored, as CPython's
                }
            }
            return PyNone.NONE;
        });
        m.def("_set_thread_name", (t, a, k) -> {
            t.ts.setName(StrRepr.str(a[0]));
            Thread.currentThread().setName("python:" + StrRepr.str(a[0]));
            return PyNone.NONE;
        });
        ThreadExcepthook.install(m);
        return m;
    }

    private static boolean callable(Object o) {
        return o instanceof PyCallable || o instanceof PyBoundMethod || o instanceof PyType || Ops.typeOf(o).lookup("__call__") != null;
    }

    /** The kernel's id of the calling thread ({@code /proc/thread-self}), else its Java id. */
    private static long nativeId() {
        Long id = NATIVE_ID.get();
        if (id == null) {
            try {
                String link = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
                id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
            } catch (IOException | RuntimeException e) {
                id = Thread.currentThread().getId();
            }
            NATIVE_ID.set(id);
        }
        return id;
    }

    /** Releases the sentinel locks {@code _set_sentinel} made in the calling thread (its thread state is deleted). */
    static void releaseSentinels() {
        List<PyLock> locks = SENTINELS.get();
        for (PyLock lock : locks) {
            lock.releaseIfLocked();
        }
        SENTINELS.remove();
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
        FirstThreadCollection.beforeThreadStart();
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
            releaseSentinels();
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
        } catch (Throwable ignored) {
            // the sentinel released at thread exit still ends join() and threading._shutdown's wait
        }
    }
}
