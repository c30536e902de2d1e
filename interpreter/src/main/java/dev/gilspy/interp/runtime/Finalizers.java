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

        /** Marks that {@code __del__} is being called; false if it was already (at most once, PEP 442). */
        boolean markFinalized();

        /** {@code __del__} has returned (gc.is_finalized: CPython sets the flag after the call). */
        void doneFinalizing();

        boolean finalized();
    }

    /** A plain instance of a class with {@code __del__}. */
    static final class Instance extends PyInstance implements Due {
        private final InterpreterState interp;
        private final long seq = MADE.incrementAndGet();
        /** 0: alive, 1: its {@code __del__} is running, 2: finalized. */
        private byte state;

        Instance(PyType cls, InterpreterState interp) {
            super(cls);
            this.interp = interp;
            interp.madeFinalizable = true;
        }

        @Override public long seq() { return seq; }

        @Override public Object self() { return this; }

        @Override public boolean markFinalized() {
            boolean first = state == 0;
            if (first) {
                state = 1;
            }
            return first;
        }

        @Override public void doneFinalizing() { state = 2; }

        @Override public boolean finalized() { return state == 2; }

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
        /** 0: alive, 1: its {@code __del__} is running, 2: finalized. */
        private byte state;

        @Override public long seq() { return seq; }

        @Override public Object self() { return self; }

        @Override public boolean markFinalized() {
            boolean first = state == 0;
            if (first) {
                state = 1;
            }
            return first;
        }

        @Override public void doneFinalizing() { state = 2; }

        @Override public boolean finalized() { return state == 2; }

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
    public static PyInstance instance(PyThread t, PyType cls) {
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

    /**
     * {@code gc.is_finalized(o)}: whether {@code o}'s {@code __del__} has been called (PEP 442's
     * finalized flag; an object whose class has no {@code __del__} is never finalized).
     */
    public static boolean isFinalized(Object o) {
        Object due = o instanceof Instance ? o
            : o instanceof PyDictSub d ? d.delHook
            : o instanceof PyListSub l ? l.delHook
            : o instanceof PyTuple.Sub tu ? tu.delHook
            : o instanceof PyBytes.Sub b ? b.delHook
            : o instanceof PySetSub st ? st.delHook
            : null;
        return due instanceof Due d && d.finalized();
    }

    static void enqueue(InterpreterState interp, Due due) {
        if (interp == null) {
            return;
        }
        interp.pendingDels.add(due);
        interp.gil.requestPendingCalls();
    }

    /** Whether this thread is running {@code __del__} methods now (they are not run nested, and collect nothing). */
    private static final ThreadLocal<boolean[]> RUNNING = ThreadLocal.withInitial(() -> new boolean[1]);

    /** Whether this thread is running {@code __del__} methods (a collection is under way, for gc.collect()). */
    public static boolean finalizing() {
        return RUNNING.get()[0];
    }

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
                    if (d.markFinalized()) {
                        callDel(t, d.self());
                        d.doneFinalizing();
                    }
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
        if (RUNNING.get()[0]) {
            // gc.collect() from a __del__ this thread runs: CPython's returns 0 while a collection
            // is under way. A JVM collection each time made test_futures' 100 __del__ methods that
            // call gc.collect() 100 full collections of the test JVM's heap (minutes under load)
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
     * here each global that may hold an object with {@code __del__} ({@link #dropsAtExit}) is set to
     * None in that order, and the others stay for the {@code __del__} methods to read); then, for the other
     * modules loaded from a file on disk (not the shipped library, not Java modules), in reverse
     * import order, the globals that hold data (not modules, classes or functions, so that a
     * {@code __del__} still finds its module's imports and helpers, as CPython's collector runs the
     * finalizers of a dead module's cycle before it clears anything). A collection and the
     * {@code __del__} methods it made due after each step (CPython finalises {@code __main__}'s
     * objects first); the second only when a module had data to drop. Nothing when no object with {@code __del__} was ever made.
     * Objects still referenced from elsewhere (a class attribute, the shipped library's modules)
     * are not finalised (CPython does not promise them).
     */
    public static void atExit(PyThread t, PyModule main) {
        if (!t.interp.madeFinalizable) {
            return;
        }
        if (main != null) {
            for (String n : names(main)) {
                if (!n.equals("__builtins__") && dropsAtExit(main.get(n))) {
                    main.put(n, PyNone.NONE);
                }
            }
        }
        collect(t);
        java.util.List<PyModule> others = new java.util.ArrayList<>();
        if (t.interp.sys.get("modules") instanceof PyDict d) {
            Object[] mods;
            synchronized (d) {
                mods = d.map.values().toArray();
            }
            for (int i = mods.length - 1; i >= 0; i--) {
                if (mods[i] instanceof PyModule m && m != main && !m.builtin && m.get("__file__") instanceof String f
                    && !f.startsWith("<")) {
                    others.add(m);
                }
            }
        }
        boolean dropped = false;
        for (PyModule m : others) {
            for (String n : names(m)) {
                Object v = m.get(n);
                if (!n.startsWith("__") && dropsAtExit(v)) {
                    m.put(n, PyNone.NONE);
                    dropped = true;
                }
            }
        }
        if (dropped) {
            collect(t); // a second collection, only in a program with modules of its own that hold data
        }
    }

    /**
     * Whether a module's global is dropped at exit: a value that may hold objects with a
     * {@code __del__}. Modules, classes, functions and values that hold no other object (str, int,
     * float, bytes, bool, None) stay, so a {@code __del__} run then still reads them, as CPython's,
     * whose collector runs the finalizers of a dead module's cycle before it clears the module's dict.
     */
    private static boolean dropsAtExit(Object v) {
        return v != null && !(v instanceof PyModule || v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin
            || v == PyNone.NONE || v instanceof String || v instanceof Long || v instanceof java.math.BigInteger
            || v instanceof Double || v instanceof Boolean || v instanceof PyBytes && Ops.typeOf(v) == Types.BYTES);
    }

    private static java.util.List<String> names(PyModule m) {
        synchronized (m.cells) {
            return new java.util.ArrayList<>(m.cells.keySet());
        }
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
     * System.gc(), then waits until the reference handler has passed a sentinel found dead in that
     * collection to the finaliser thread, then runs what is still queued ({@link
     * System#runFinalization()} alone does not wait for the reference handler). A second is enough on
     * a quiet machine; on a loaded one the finaliser thread can miss it (a {@code del x;
     * gc.collect()} then did not see {@code __del__}'s effect), so a miss collects again and waits up
     * to four more seconds. A JVM that ignores System.gc() ({@code -XX:+DisableExplicitGC}) never
     * finalises the sentinel: after one such miss the wait is a second again.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void runFinalization() {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        new Sentinel(done);
        System.gc();
        try {
            if (!done.await(1, java.util.concurrent.TimeUnit.SECONDS) && !explicitGcIgnored) {
                System.gc();
                explicitGcIgnored = !done.await(4, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.runFinalization();
        awaitFinalizerIdle();
    }

    /**
     * Waits (at most 200 ms) until the JVM's finaliser thread is idle again: the sentinel's {@code
     * finalize()} can run while that thread or the reference handler still holds other objects the same
     * collection found dead, and {@link System#runFinalization()} drains only what is queued. Under load
     * 30 a cycle's second object then reached {@code pendingDels} after {@code gc.collect()} had
     * returned (golden gc/004, twice in a round). Idle is WAITING in its queue's {@code remove}.
     */
    private static void awaitFinalizerIdle() {
        Thread fin = finalizerThread();
        if (fin == null) {
            return;
        }
        long deadline = System.nanoTime() + 200_000_000L;
        int idle = 0;
        while (idle < 2 && System.nanoTime() < deadline) {
            if (fin.getState() == Thread.State.WAITING) {
                idle++;
                Thread.yield();
            } else {
                idle = 0;
                System.runFinalization();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static volatile Thread finalizer;

    /** The JVM's "Finalizer" thread, in the system thread group; null if none is found. */
    private static Thread finalizerThread() {
        Thread f = finalizer;
        if (f == null || !f.isAlive()) {
            ThreadGroup g = Thread.currentThread().getThreadGroup();
            while (g != null && g.getParent() != null) {
                g = g.getParent();
            }
            if (g == null) {
                return null;
            }
            Thread[] all = new Thread[g.activeCount() + 16];
            int n = g.enumerate(all, true);
            for (int i = 0; i < n; i++) {
                if ("Finalizer".equals(all[i].getName()) && all[i].isDaemon()) {
                    finalizer = f = all[i];
                    break;
                }
            }
        }
        return f;
    }

    /** A sentinel was not finalised within five seconds of two System.gc() calls. */
    private static volatile boolean explicitGcIgnored;
}
