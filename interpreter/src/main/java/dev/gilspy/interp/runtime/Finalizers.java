package dev.gilspy.interp.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code __del__}: CPython's {@code tp_finalize} of a class that defines (or inherits) it.
 *
 * <h2>Notes about the implementation</h2>
 * CPython calls {@code __del__} the moment an object's reference count drops to zero; a JVM has no
 * counts, and a {@link java.lang.ref.Cleaner} or phantom reference never sees the object again, so
 * only Java finalisation can hand a dead object back. An instance of a class with {@code __del__}
 * ({@link PyType#hasDel}, kept in sync on class writes) is made as an {@link Instance}, a
 * {@link PyInstance} whose {@code finalize()} puts it back in reach; an instance of a subclass of
 * dict, list, tuple, set or bytes gets a {@link Hook}, a finalizable object that only the instance
 * refers to and that refers back to it. Instances of classes without {@code __del__} are plain
 * {@code PyInstance}s: their allocation reads one boolean of their class more, nothing else.
 * <p>
 * The JVM's finaliser thread runs no Python: {@code finalize()} queues the object on its
 * interpreter ({@link InterpreterState#pendingDels}) and sets the eval breaker of the
 * interpreter's threads ({@link dev.gilspy.interp.gil.Gil#requestPendingCalls}); the first thread
 * to pass a check site with the GIL runs the queue ({@link #runPending}), as CPython runs pending
 * calls. {@code gc.collect()} runs {@link System#gc()} and {@link System#runFinalization()} and then
 * the queue, so {@code del x; gc.collect()} sees {@code __del__}'s effects. An exception in
 * {@code __del__} is printed as "Exception ignored in: &lt;function C.__del__ ...&gt;" with its
 * traceback, and swallowed. {@code __del__} runs at most once per object (PEP 442), also when it
 * resurrects it. The JVM clears weak references before it finalises, so a weakref callback of the
 * object runs before its {@code __del__} (CPython: after).
 */
public final class Finalizers {
    private Finalizers() {}

    /** Numbers the objects with a {@code __del__} in the order they are made. */
    static final AtomicLong MADE = new AtomicLong();

    /** An object whose {@code __del__} is due, with its place in the order of creation. */
    interface Due {
        long seq();

        Object self();
    }

    /** A plain instance of a class with {@code __del__}. */
    static final class Instance extends PyInstance implements Due {
        private final InterpreterState interp;
        private final long seq = MADE.incrementAndGet();

        Instance(PyType cls, InterpreterState interp) {
            super(cls);
            this.interp = interp;
            interp.madeFinalizable = true;
        }

        @Override public long seq() { return seq; }

        @Override public Object self() { return this; }

        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {
            enqueue(interp, this);
        }
    }

    /** What finalises a builtin subclass's instance: referred to by that instance only. */
    static final class Hook implements Due {
        private final Object self;
        private final InterpreterState interp;
        private final long seq = MADE.incrementAndGet();

        @Override public long seq() { return seq; }

        @Override public Object self() { return self; }

        Hook(Object self, InterpreterState interp) {
            this.self = self;
            this.interp = interp;
            interp.madeFinalizable = true;
        }

        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {
            enqueue(interp, this);
        }
    }

    /** {@code object.__new__(cls)} of a class with {@code __del__}. */
    static PyInstance instance(PyThread t, PyType cls) {
        return new Instance(cls, t.interp);
    }

    /**
     * A new object of a class with {@code __del__} that {@link #instance} did not make (a builtin
     * subclass's constructor made it): gives it a {@link Hook} when its representation has room.
     */
    static void attach(PyThread t, Object o) {
        // the Hook is made only where it is kept: a dropped Hook would be finalised too
        if (o instanceof PyDictSub d && d.delHook == null) {
            d.delHook = new Hook(o, t.interp);
        } else if (o instanceof PyListSub l && l.delHook == null) {
            l.delHook = new Hook(o, t.interp);
        } else if (o instanceof PyTuple.Sub tu && tu.delHook == null) {
            tu.delHook = new Hook(o, t.interp);
        } else if (o instanceof PyBytes.Sub b && b.delHook == null) {
            b.delHook = new Hook(o, t.interp);
        } else if (o instanceof PySetSub s && s.delHook == null) {
            s.delHook = new Hook(o, t.interp);
        } else {
            // else a plain Instance already, or a representation without room (exceptions, int/str/float subclasses)
        }
    }

    static void enqueue(InterpreterState interp, Due due) {
        if (interp == null) {
            return;
        }
        interp.pendingDels.add(due);
        interp.gil.requestPendingCalls();
    }

    /** Whether this thread is running {@code __del__} methods now (they are not run nested). */
    private static final ThreadLocal<boolean[]> RUNNING = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * Runs the queued {@code __del__} methods, those found dead together in the order the objects
     * were made (CPython's collector finalises in about that order: its lists are in tracking
     * order); the caller holds the GIL.
     */
    public static void runPending(PyThread t) {
        ConcurrentLinkedQueue<Object> q = t.interp.pendingDels;
        t.interp.gil.clearPendingCalls();
        if (q.isEmpty()) {
            return;
        }
        boolean[] running = RUNNING.get();
        if (running[0]) {
            return;
        }
        running[0] = true;
        try {
            while (!q.isEmpty()) {
                java.util.List<Due> batch = new java.util.ArrayList<>();
                Object o;
                while ((o = q.poll()) != null) {
                    batch.add((Due) o);
                }
                batch.sort(java.util.Comparator.comparingLong(Due::seq));
                for (Due d : batch) {
                    callDel(t, d.self());
                }
            }
        } finally {
            running[0] = false;
        }
    }

    private static void callDel(PyThread t, Object o) {
        Object del = Ops.typeOf(o).lookup("__del__");
        if (del == null) {
            return; // the class lost its __del__ since
        }
        try {
            Ops.call(t, del, new Object[] {o}, null);
        } catch (PyException e) {
            unraisable(t, del, e);
        } catch (StackOverflowError e) {
            unraisable(t, del, Err.make(Types.RecursionError, "maximum recursion depth exceeded"));
        }
    }

    /**
     * {@code PyErr_WriteUnraisable}: a replaced {@code sys.unraisablehook} is called with the
     * exception's type, value and traceback, the message and the object; the default one writes
     * "Exception ignored in: " the object's repr and the traceback to {@code sys.stderr}.
     */
    public static void unraisable(PyThread t, Object obj, PyException e) {
        try {
            PyModule sys = t.interp.sys;
            Object hook = sys.get("unraisablehook");
            if (hook != null && hook != sys.get("__unraisablehook__")) {
                java.util.Map<String, Object> a = new java.util.LinkedHashMap<>();
                a.put("exc_type", e.exc.type());
                a.put("exc_value", e.exc);
                a.put("exc_traceback", Traceback.of(e.exc));
                a.put("err_msg", PyNone.NONE);
                a.put("object", obj);
                Ops.call(t, hook, new Object[] {SimpleNamespace.of(a)}, null);
                return;
            }
            String text = "Exception ignored in: " + StrRepr.repr(obj) + "\n" + Traceback.format(t.interp, e.exc);
            Object err = sys.get("stderr");
            if (err == null || err == PyNone.NONE) {
                t.interp.stderr.write(t, text);
            } else {
                Ops.call(t, Ops.getattr(err, "write"), new Object[] {text}, null);
            }
        } catch (PyException again) {
            t.interp.stderr.write(t, "Exception ignored in: " + StrRepr.repr(obj) + "\n" + Traceback.format(t.interp, e.exc));
        }
    }

    /**
     * {@code gc.collect()}'s part: a JVM collection, the finalisers of what it found dead, then
     * their {@code __del__} methods. Returns how many ran.
     */
    public static int collect(PyThread t) {
        if (!t.interp.madeFinalizable) {
            return 0;
        }
        int n = 0;
        // One JVM collection per call, as before __del__ ran at all: CPython's test helpers call
        // gc.collect() thousands of times, and in a test JVM with a large heap each full collection
        // costs most of a second (up to four per call kept a CI run in its conformance ratchet for over
        // 20 minutes, 1,244 full collections of ~0.8 s). An object whose
        // last reference a __del__ drops is finalised at the next collection (or the JVM's own).
        runFinalization();
        ConcurrentLinkedQueue<Object> q = t.interp.pendingDels;
        if (!q.isEmpty()) {
            n += q.size();
            runPending(t);
        }
        return n;
    }

    /**
     * At exit, after the atexit callbacks: what CPython's module teardown does for {@code __main__}
     * (its dict goes when {@code sys.modules} is cleared, dropping the values in insertion order:
     * here each global but {@code __builtins__} is set to None in that order), then a collection
     * and the {@code __del__} methods it made due. Nothing when no object with {@code __del__} was ever made. Other modules' globals
     * and objects still referenced from elsewhere are not finalised (CPython does not promise them).
     */
    public static void atExit(PyThread t, PyModule main) {
        if (!t.interp.madeFinalizable) {
            return;
        }
        if (main != null) {
            java.util.List<String> names;
            synchronized (main.cells) {
                names = new java.util.ArrayList<>(main.cells.keySet());
            }
            for (String n : names) {
                if (!n.equals("__builtins__") && main.get(n) != null) {
                    main.put(n, PyNone.NONE);
                }
            }
        }
        collect(t);
    }

    /** Finalised after the objects the same collection found dead were handed to the finaliser thread. */
    private static final class Sentinel {
        private final java.util.concurrent.CountDownLatch done;

        Sentinel(java.util.concurrent.CountDownLatch done) {
            this.done = done;
        }

        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {
            done.countDown();
        }
    }

    /**
     * System.gc(), then waits (at most a second) until the reference handler has passed a sentinel
     * found dead in that collection to the finaliser thread, then runs what is still queued
     * ({@link System#runFinalization()} alone does not wait for the reference handler).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void runFinalization() {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        new Sentinel(done);
        System.gc();
        try {
            done.await(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
    }
}
