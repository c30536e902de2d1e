package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

/**
 * The types {@code async def} makes (CPython's Objects/genobject.c): {@code coroutine} and its
 * {@code __await__} iterator, {@code async_generator} with the awaitables its {@code __anext__},
 * {@code asend}, {@code athrow} and {@code aclose} return. All run a {@link PyGenerator}'s frame.
 */
public final class Coroutines {
    private Coroutines() {}

    public static final PyType COROUTINE = Types.builtin("coroutine");
    public static final PyType ASYNC_GENERATOR = Types.builtin("async_generator");
    static final PyType CORO_WRAPPER = Types.builtin("coroutine_wrapper");
    static final PyType ASEND = Types.builtin("async_generator_asend");
    static final PyType ATHROW = Types.builtin("async_generator_athrow");
    public static final PyType StopAsyncIteration = Types.get("StopAsyncIteration");

    /** {@code coro.__await__()}: an iterator over the coroutine. */
    static final class Wrapper extends PyIter {
        final PyGenerator coro;
        Wrapper(PyGenerator coro) { this.coro = coro; }
        @Override public PyType type() { return CORO_WRAPPER; }
        @Override public Object next(PyThread t) { return coro.next(t); }
    }

    private enum State { INIT, ITER, CLOSED }

    /** {@code agen.__anext__()} / {@code agen.asend(v)}: one step of the async generator, as an awaitable. */
    static final class Asend extends PyObj {
        final PyGenerator gen;
        final Object value;
        State state = State.INIT;
        Asend(PyGenerator gen, Object value) { this.gen = gen; this.value = value; }
        @Override public PyType type() { return ASEND; }

        Object send(PyThread t, Object v, PyException thrown) {
            if (state == State.CLOSED) {
                throw Err.runtime("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == State.INIT) {
                if (gen.runningAsync) {
                    throw Err.runtime("anext(): asynchronous generator is already running");
                }
                if (v == null || v == PyNone.NONE) {
                    v = value;
                }
                state = State.ITER;
            }
            gen.runningAsync = true;
            try {
                return unwrap(gen, gen.resume(t, v == null ? PyNone.NONE : v, thrown));
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            } finally {
                if (state == State.CLOSED) {
                    gen.runningAsync = false;
                }
            }
        }

        private Object unwrap(PyGenerator g, Object r) {
            if (r instanceof PyGenerator.AsyncGenValue w) {
                state = State.CLOSED;
                throw Err.make(Types.StopIteration, new Object[] {w.value()});
            }
            return Coroutines.unwrap(g, r);
        }
    }

    /** A finished step or an escaping StopAsyncIteration/GeneratorExit closes the async generator. */
    static Object unwrap(PyGenerator g, Object r) {
        if (r == null) {
            g.closed = true;
            g.runningAsync = false;
            throw Err.make(StopAsyncIteration, new Object[0]);
        }
        if (r instanceof PyGenerator.AsyncGenValue w) {
            g.runningAsync = false;
            throw Err.make(Types.StopIteration, new Object[] {w.value()});
        }
        return r;
    }

    /** {@code agen.athrow(exc)}, or {@code agen.aclose()} when {@code exc} is null. */
    static final class Athrow extends PyObj {
        final PyGenerator gen;
        final PyException exc;
        State state = State.INIT;
        Athrow(PyGenerator gen, PyException exc) { this.gen = gen; this.exc = exc; }
        @Override public PyType type() { return ATHROW; }

        Object send(PyThread t, Object v, PyException thrown) {
            if (state == State.CLOSED) {
                throw Err.runtime("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                state = State.CLOSED;
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            try {
                Object r;
                if (state == State.INIT) {
                    if (gen.runningAsync) {
                        state = State.CLOSED;
                        throw Err.runtime(exc == null ? "aclose(): asynchronous generator is already running"
                            : "athrow(): asynchronous generator is already running");
                    }
                    if (gen.closed) {
                        state = State.CLOSED;
                        throw Err.make(StopAsyncIteration, new Object[0]);
                    }
                    if (thrown == null && v != null && v != PyNone.NONE) {
                        throw Err.runtime("can't send non-None value to a just-started coroutine");
                    }
                    state = State.ITER;
                    gen.runningAsync = true;
                    if (exc == null) {
                        gen.closed = true;
                        r = gen.resume(t, PyNone.NONE, Err.make(Types.GeneratorExit, new Object[0]));
                    } else {
                        r = gen.resume(t, PyNone.NONE, exc);
                    }
                } else {
                    r = gen.resume(t, v == null ? PyNone.NONE : v, thrown);
                }
                if (exc == null) {
                    if (r instanceof PyGenerator.AsyncGenValue) {
                        throw Err.runtime("async generator ignored GeneratorExit");
                    }
                    if (r == null) {
                        state = State.CLOSED;
                        gen.runningAsync = false;
                        throw Err.make(Types.StopIteration, new Object[0]);
                    }
                    return r;
                }
                return unwrap(gen, r);
            } catch (PyException e) {
                state = State.CLOSED;
                gen.runningAsync = false;
                if (exc == null && (Err.matches(e, StopAsyncIteration) || Err.matches(e, Types.GeneratorExit))) {
                    throw Err.make(Types.StopIteration, new Object[0]);
                }
                throw e;
            }
        }
    }

    /** The exception {@code throw(type[, value[, tb]])} or {@code throw(exc)} asks for. */
    static PyException thrown(PyThread t, Object[] a, int off) {
        Object v = a[off];
        // _gen_throw's checks, in its order: the traceback argument, then something raisable
        if (a.length > off + 2 && a[off + 2] != PyNone.NONE && !(a[off + 2] instanceof Traceback.TbObj)) {
            throw Err.type("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (v instanceof PyType type && type.isSubtypeOf(Types.BaseException)) {
            Object val = a.length > off + 1 ? a[off + 1] : PyNone.NONE;
            if (val instanceof PyBaseException be && be.type().isSubtypeOf(type)) {
                e = be;
            } else {
                Object o = Ops.call(t, type, val == PyNone.NONE ? new Object[0]
                    : val instanceof PyTuple tup ? tup.items : new Object[] {val}, null);
                if (!(o instanceof PyBaseException be)) {
                    // raised inside the generator, at its yield, as CPython normalizes the exception there
                    return Err.type("calling " + StrRepr.repr(type) + " should have returned an instance of BaseException, not "
                        + Ops.typeName(o));
                }
                e = be;
            }
        } else if (v instanceof PyBaseException be) {
            if (a.length > off + 1 && a[off + 1] != PyNone.NONE) {
                throw Err.type("instance exception may not have a separate value");
            }
            e = be;
        } else {
            throw Err.type("exceptions must be classes or instances deriving from BaseException, not " + Ops.typeName(v));
        }
        return new PyException(e);
    }

    private static PyGenerator gen(Object o) { return (PyGenerator) o; }

    /** {@code sys.set_asyncgen_hooks}: per thread, as CPython keeps them in the thread state. */
    private static final ThreadLocal<Object[]> ASYNCGEN_HOOKS = ThreadLocal.withInitial(() -> new Object[] {PyNone.NONE, PyNone.NONE});
    private static final ThreadLocal<long[]> ORIGIN_DEPTH = ThreadLocal.withInitial(() -> new long[1]);

    /** The first step of an async generator calls the firstiter hook (CPython's async_gen_init_hooks). */
    private static PyGenerator hooked(PyThread t, Object o) {
        PyGenerator g = gen(o);
        if (!g.hooksInited) {
            g.hooksInited = true;
            Object first = ASYNCGEN_HOOKS.get()[0];
            if (first != PyNone.NONE) {
                Ops.call(t, first, new Object[] {g}, null);
            }
        }
        return g;
    }

    /** {@code sys.get/set_asyncgen_hooks} and {@code sys.get/set_coroutine_origin_tracking_depth}. */
    public static void installSys(PyModule sys) {
        sys.def("get_asyncgen_hooks", (t, a, k) -> new PyTuple(ASYNCGEN_HOOKS.get().clone()));
        sys.def("set_asyncgen_hooks", (t, a, k) -> {
            Object[] h = ASYNCGEN_HOOKS.get().clone();
            int nk = k == null ? 0 : k.length;
            int npos = a.length - nk;
            for (int i = 0; i < npos && i < 2; i++) {
                h[i] = a[i];
            }
            for (int i = 0; i < nk; i++) {
                int idx = k[i].equals("firstiter") ? 0 : k[i].equals("finalizer") ? 1 : -1;
                if (idx < 0) {
                    throw Err.type("set_asyncgen_hooks() got an unexpected keyword argument '" + k[i] + "'");
                }
                h[idx] = a[npos + i];
            }
            for (int i = 0; i < 2; i++) {
                if (h[i] != PyNone.NONE && !(h[i] instanceof PyCallable) && !(h[i] instanceof PyBoundMethod)
                    && !(h[i] instanceof PyType) && Ops.typeOf(h[i]).lookup("__call__") == null) {
                    throw Err.type("callable " + (i == 0 ? "firstiter" : "finalizer") + " expected, got " + Ops.typeName(h[i]));
                }
            }
            ASYNCGEN_HOOKS.set(h);
            return PyNone.NONE;
        });
        sys.def("get_coroutine_origin_tracking_depth", (t, a, k) -> ORIGIN_DEPTH.get()[0]);
        sys.def("set_coroutine_origin_tracking_depth", (t, a, k) -> {
            long d = Ops.toLong(a[0]);
            if (d < 0) {
                throw Err.value("depth must be >= 0");
            }
            ORIGIN_DEPTH.get()[0] = d;
            return PyNone.NONE;
        });
    }

    static void install() {
        CodeObj.install();
        PyType c = COROUTINE;
        def(c, "send", (t, a, k) -> gen(a[0]).send(t, a[1]));
        def(c, "throw", (t, a, k) -> gen(a[0]).throwIn(t, thrown(t, a, 1)));
        def(c, "close", (t, a, k) -> {
            gen(a[0]).close(t);
            return PyNone.NONE;
        });
        def(c, "__await__", (t, a, k) -> new Wrapper(gen(a[0])));
        def(c, "__repr__", (t, a, k) -> a[0].toString());

        PyType w = CORO_WRAPPER;
        def(w, "__iter__", (t, a, k) -> a[0]);
        def(w, "__next__", (t, a, k) -> ((Wrapper) a[0]).coro.send(t, PyNone.NONE));
        def(w, "send", (t, a, k) -> ((Wrapper) a[0]).coro.send(t, a[1]));
        def(w, "throw", (t, a, k) -> ((Wrapper) a[0]).coro.throwIn(t, thrown(t, a, 1)));
        def(w, "close", (t, a, k) -> {
            ((Wrapper) a[0]).coro.close(t);
            return PyNone.NONE;
        });

        PyType g = ASYNC_GENERATOR;
        def(g, "__aiter__", (t, a, k) -> a[0]);
        def(g, "__anext__", (t, a, k) -> new Asend(hooked(t, a[0]), PyNone.NONE));
        def(g, "asend", (t, a, k) -> new Asend(hooked(t, a[0]), a[1]));
        def(g, "athrow", (t, a, k) -> new Athrow(hooked(t, a[0]), thrown(t, a, 1)));
        def(g, "aclose", (t, a, k) -> new Athrow(hooked(t, a[0]), null));
        def(g, "__repr__", (t, a, k) -> a[0].toString());

        for (PyType aw : new PyType[] {ASEND, ATHROW}) {
            def(aw, "__await__", (t, a, k) -> a[0]);
            def(aw, "__iter__", (t, a, k) -> a[0]);
            def(aw, "__next__", (t, a, k) -> step(t, a[0], PyNone.NONE, null));
            def(aw, "send", (t, a, k) -> step(t, a[0], a[1], null));
            def(aw, "throw", (t, a, k) -> step(t, a[0], PyNone.NONE, thrown(t, a, 1)));
            def(aw, "close", (t, a, k) -> {
                if (a[0] instanceof Asend s) {
                    s.state = State.CLOSED;
                } else {
                    ((Athrow) a[0]).state = State.CLOSED;
                }
                return PyNone.NONE;
            });
        }
    }

    private static Object step(PyThread t, Object aw, Object v, PyException thrown) {
        return aw instanceof Asend s ? s.send(t, v, thrown) : ((Athrow) aw).send(t, v, thrown);
    }
}
