package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeAttrs;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Retypable;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code itertools} ({@code Modules/itertoolsmodule.c}): each tool is a {@link PyIter} of its own
 * type that pulls from its inputs exactly as far as the C version does (islice never reads past
 * its stop, takewhile consumes the first failing item). The combinatoric tools, {@code tee} and
 * {@code groupby} are in {@link ItertoolsCombinatorics}. No tool releases the GIL.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    /** An itertools iterator whose Python type is {@code itertools.<name>}. */
    abstract static class Tool extends PyIter implements NativeAttrs, Retypable {
        private PyType type;
        private PyDict attrs;

        Tool(PyType type) { this.type = type; }

        @Override public PyType type() { return type; }

        /** A Python subclass's instance has a {@code __dict__}; being {@link NativeAttrs} makes repr() ask the type's {@code __repr__}. */
        @Override public PyDict instanceDict() { return attrs; }

        @Override public void retype(PyType cls) {
            type = cls;
            attrs = new PyDict();
            retyped = true;
        }

        /** Set for an instance of a Python subclass, whose {@code __next__} may be its own. */
        private boolean retyped;

        /** The next item, or null when exhausted: what the native {@code __next__} does. */
        abstract Object advance(PyThread t);

        /**
         * Loops, {@code next()} and the other tools call this: a subclass's own {@code __next__} runs
         * (CPython's tp_iternext is the slot that calls it), else the native step, with no call.
         */
        @Override public final Object next(PyThread t) {
            if (retyped) {
                Object m = type.lookup("__next__");
                if (!(m instanceof PyBuiltin)) {
                    try {
                        return Ops.call(t, m, new Object[] {this}, null);
                    } catch (PyException e) {
                        if (Err.matches(e, Types.StopIteration)) {
                            return null;
                        }
                        throw e;
                    }
                }
            }
            return advance(t);
        }
    }

    interface Step {
        Object next(PyThread t, Tool self);
    }

    static PyType type(String name, PyType.Ctor ctor) {
        return type(name, false, ctor);
    }

    /** {@code keywordsToInit}: the tool takes no keywords, but a subclass defining {@code __init__} may be given some. */
    static PyType type(String name, boolean keywordsToInit, PyType.Ctor ctor) {
        PyType t = NativeTypes.newType(name, "itertools", null, ctor);
        NativeTypes.subclassable(t, keywordsToInit);
        NativeTypes.def(t, "__iter__", (th, a, k) -> a[0]);
        NativeTypes.def(t, "__next__", (th, a, k) -> {
            Object v = ((Tool) a[0]).advance(th);
            if (v == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return v;
        });
        NativeTypes.classMethod(t, "__class_getitem__", (th, a, k) -> GenericAliases.of(a[0], a[1]));
        return t;
    }

    static void noKw(String fn, String[] k) {
        if (k != null && k.length > 0) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
    }

    static void nargs(String fn, Object[] a, String[] k, int min, int max) {
        int n = BuiltinArgs.npos(a, k);
        if (n < min) {
            throw Err.type(fn + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Err.type(fn + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    static Object required(Object[] a, String[] k, int i, String name, String fn) {
        Object v = BuiltinArgs.get(a, k, i, name, null);
        if (v == null) {
            throw Err.type(fn + "() missing required argument '" + name + "' (pos " + (i + 1) + ")");
        }
        return v;
    }

    /** Keywords other than {@code allowed} are CPython's "'x' is an invalid keyword argument". */
    static void onlyKw(String fn, String[] k, String... allowed) {
        if (k == null) {
            return;
        }
        for (String name : k) {
            if (!Arrays.asList(allowed).contains(name)) {
                throw Err.type("'" + name + "' is an invalid keyword argument for " + fn + "()");
            }
        }
    }

    // ------------------------------------------------------------------ count, cycle, repeat

    static final class Count extends Tool {
        Object n;
        final Object step;

        Count(Object start, Object step) {
            super(COUNT);
            this.n = start;
            this.step = step;
        }

        @Override Object advance(PyThread t) {
            Object r = n;
            n = Ops.add(n, step);
            return r;
        }
    }

    static final PyType COUNT = type("count", (t, cls, a, k) -> {
        onlyKw("count", k, "start", "step");
        nargs("count", a, k, 0, 2);
        Object start = BuiltinArgs.get(a, k, 0, "start", 0L);
        Object step = BuiltinArgs.get(a, k, 1, "step", 1L);
        if (!isNumber(start) || !isNumber(step)) {
            throw Err.type("a number is required");
        }
        return new Count(start, step);
    });

    private static boolean isNumber(Object o) {
        PyType t = Ops.typeOf(o);
        return Ops.isInt(o) || o instanceof Double || t.lookup("__index__") != null || t.lookup("__float__") != null
            || t.lookup("__int__") != null || t.lookup("__complex__") != null;
    }

    static final class Cycle extends Tool {
        final Object it;
        final List<Object> saved = new ArrayList<>();
        int i = -1;
        boolean firstpass; // set by __setstate__: the source's items are already in saved

        Cycle(Object it) {
            super(CYCLE);
            this.it = it;
        }

        @Override Object advance(PyThread t) {
            if (i < 0) {
                Object v = Ops.next(t, it);
                if (v != null) {
                    if (!firstpass) {
                        saved.add(v);
                    }
                    return v;
                }
                if (saved.isEmpty()) {
                    return null;
                }
                i = 0;
            }
            Object v = saved.get(i);
            i = (i + 1) % saved.size();
            return v;
        }
    }

    static final PyType CYCLE = type("cycle", true, (t, cls, a, k) -> {
        noKw("cycle", k);
        nargs("cycle", a, k, 1, 1);
        return new Cycle(Ops.iter(a[0]));
    });

    static final class Repeat extends Tool {
        final Object value;
        long times;

        Repeat(Object value, long times) {
            super(REPEAT);
            this.value = value;
            this.times = times;
        }

        @Override Object advance(PyThread t) {
            if (times == 0) {
                return null;
            }
            if (times > 0) {
                times--;
            }
            return value;
        }
    }

    static final PyType REPEAT = type("repeat", (t, cls, a, k) -> {
        onlyKw("repeat", k, "object", "times");
        nargs("repeat", a, k, 0, 2);
        Object v = required(a, k, 0, "object", "repeat");
        Object times = BuiltinArgs.get(a, k, 1, "times", null);
        return new Repeat(v, times == null ? -1 : Math.max(0, Ops.toLong(times)));
    });

    // ------------------------------------------------------------------ filtering and mapping

    static final class Simple extends Tool {
        final Step step;
        /** {@code __reduce__}'s constructor arguments (the live iterators), or null: not picklable. */
        Object[] args;
        /** dropwhile's "still dropping" or takewhile's "stopped": the state {@code __reduce__} gives. */
        boolean[] flag;
        /** accumulate's and islice's own {@code __reduce__} and {@code __setstate__}, or null. */
        java.util.function.Function<PyThread, Object> reducer;
        java.util.function.Consumer<Object> setter;

        Simple(PyType type, Step step) {
            super(type);
            this.step = step;
        }

        @Override Object advance(PyThread t) { return step.next(t, this); }
    }

    static final PyType ACCUMULATE = type("accumulate", (t, cls, a, k) -> {
        onlyKw("accumulate", k, "iterable", "func", "initial");
        nargs("accumulate", a, k, 0, 2);
        Object it = Ops.iter(required(a, k, 0, "iterable", "accumulate"));
        Object func = BuiltinArgs.get(a, k, 1, "func", PyNone.NONE);
        Object initial = BuiltinArgs.kw(a, k, "initial");
        Object[] total = {initial == null || initial == PyNone.NONE ? null : initial};
        boolean[] first = {total[0] != null};
        Simple acc = new Simple(accumulateType(), (th, self) -> {
            if (first[0]) {
                first[0] = false;
                return total[0];
            }
            Object v = Ops.next(th, it);
            if (v == null) {
                return null;
            }
            total[0] = total[0] == null ? v : func == PyNone.NONE ? Ops.add(total[0], v)
                : Ops.call(th, func, new Object[] {total[0], v}, null);
            return total[0];
        });
        // CPython's accumulate_reduce: a pending initial value goes first through chain((initial,), it);
        // the running total is the state (None: nothing accumulated yet)
        // (a total that is None itself: islice(accumulate(chain((None,), it), func), 1, None))
        acc.reducer = th -> {
            if (first[0] || total[0] == PyNone.NONE) {
                Object chained = Ops.call(th, ItertoolsModule.CHAIN, new Object[] {PyTuple.of(total[0]), it}, null);
                if (first[0]) {
                    return PyTuple.of(accumulateType(), PyTuple.of(chained, func), PyNone.NONE);
                }
                Object again = Ops.call(th, accumulateType(), new Object[] {chained, func}, null);
                return PyTuple.of(ItertoolsModule.ISLICE, PyTuple.of(again, 1L, PyNone.NONE));
            }
            return PyTuple.of(accumulateType(), PyTuple.of(it, func), total[0] == null ? PyNone.NONE : total[0]);
        };
        acc.setter = state -> total[0] = state == PyNone.NONE ? null : state;
        return acc;
    });

    // The constructors below name their own type through a method: Java rejects a static final
    // field read inside its own initializer, even in a lambda.
    private static PyType accumulateType() { return ACCUMULATE; }

    static final class Chain extends Tool {
        Object sources; // __setstate__ sets both
        Object active;

        Chain(Object sources) {
            super(CHAIN);
            this.sources = sources;
        }

        @Override Object advance(PyThread t) {
            while (true) {
                if (active == null) {
                    Object src = Ops.next(t, sources);
                    if (src == null) {
                        return null;
                    }
                    active = Ops.iter(src);
                }
                Object v = Ops.next(t, active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
        }
    }

    static final PyType CHAIN = type("chain", true, (t, cls, a, k) -> {
        noKw("chain", k);
        return new Chain(Ops.iter(new PyTuple(a.clone())));
    });

    static {
        NativeTypes.classMethod(CHAIN, "from_iterable", (t, a, k) -> {
            Chain c = new Chain(Ops.iter(a[1]));
            if (a[0] != CHAIN) {
                c.retype((PyType) a[0]);
            }
            return c;
        });
    }

    static final PyType COMPRESS = type("compress", (t, cls, a, k) -> {
        onlyKw("compress", k, "data", "selectors");
        nargs("compress", a, k, 0, 2);
        Object data = Ops.iter(required(a, k, 0, "data", "compress"));
        Object sel = Ops.iter(required(a, k, 1, "selectors", "compress"));
        return pickled(new Object[] {data, sel}, null, new Simple(compressType(), (th, self) -> {
            while (true) {
                Object d = Ops.next(th, data);
                if (d == null) {
                    return null;
                }
                Object s = Ops.next(th, sel);
                if (s == null) {
                    return null;
                }
                if (Ops.truthy(s)) {
                    return d;
                }
            }
        }));
    });

    private static PyType compressType() { return COMPRESS; }

    private static Simple pickled(Object[] args, boolean[] flag, Simple s) {
        s.args = args;
        s.flag = flag;
        return s;
    }

    static final PyType DROPWHILE = type("dropwhile", true, (t, cls, a, k) -> {
        noKw("dropwhile", k);
        nargs("dropwhile", a, k, 2, 2);
        Object pred = a[0];
        Object it = Ops.iter(a[1]);
        boolean[] dropping = {true};
        return pickled(new Object[] {pred, it}, dropping, new Simple(dropwhileType(), (th, self) -> {
            while (true) {
                Object v = Ops.next(th, it);
                if (v == null || !dropping[0]) {
                    return v;
                }
                if (!Ops.truthy(Ops.call(th, pred, new Object[] {v}, null))) {
                    dropping[0] = false;
                    return v;
                }
            }
        }));
    });

    private static PyType dropwhileType() { return DROPWHILE; }

    static final PyType TAKEWHILE = type("takewhile", true, (t, cls, a, k) -> {
        noKw("takewhile", k);
        nargs("takewhile", a, k, 2, 2);
        Object pred = a[0];
        Object it = Ops.iter(a[1]);
        boolean[] stopped = {false};
        return pickled(new Object[] {pred, it}, stopped, new Simple(takewhileType(), (th, self) -> {
            if (stopped[0]) {
                return null;
            }
            Object v = Ops.next(th, it);
            if (v == null) {
                return null;
            }
            if (Ops.truthy(Ops.call(th, pred, new Object[] {v}, null))) {
                return v;
            }
            stopped[0] = true;
            return null;
        }));
    });

    private static PyType takewhileType() { return TAKEWHILE; }

    static final PyType FILTERFALSE = type("filterfalse", true, (t, cls, a, k) -> {
        noKw("filterfalse", k);
        nargs("filterfalse", a, k, 2, 2);
        Object pred = a[0];
        Object it = Ops.iter(a[1]);
        return pickled(new Object[] {pred, it}, null, new Simple(filterfalseType(), (th, self) -> {
            while (true) {
                Object v = Ops.next(th, it);
                if (v == null) {
                    return null;
                }
                Object ok = pred == PyNone.NONE ? v : Ops.call(th, pred, new Object[] {v}, null);
                if (!Ops.truthy(ok)) {
                    return v;
                }
            }
        }));
    });

    private static PyType filterfalseType() { return FILTERFALSE; }

    static final PyType STARMAP = type("starmap", true, (t, cls, a, k) -> {
        noKw("starmap", k);
        nargs("starmap", a, k, 2, 2);
        Object fn = a[0];
        Object it = Ops.iter(a[1]);
        return pickled(new Object[] {fn, it}, null, new Simple(starmapType(), (th, self) -> {
            Object v = Ops.next(th, it);
            if (v == null) {
                return null;
            }
            if (!(v instanceof PyTuple) && Ops.typeOf(v).lookup("__iter__") == null) {
                throw Err.type("'" + Ops.typeName(v) + "' object is not iterable");
            }
            return Ops.call(th, fn, Ops.toArray(v).clone(), null);
        }));
    });

    private static PyType starmapType() { return STARMAP; }

    static final PyType PAIRWISE = type("pairwise", true, (t, cls, a, k) -> {
        noKw("pairwise", k);
        nargs("pairwise", a, k, 1, 1);
        Object it = Ops.iter(a[0]);
        Object[] old = {null};
        return new Simple(pairwiseType(), (th, self) -> {
            if (old[0] == null) {
                old[0] = Ops.next(th, it);
                if (old[0] == null) {
                    return null;
                }
            }
            Object v = Ops.next(th, it);
            if (v == null) {
                return null;
            }
            PyTuple r = PyTuple.of(old[0], v);
            old[0] = v;
            return r;
        });
    });

    private static PyType pairwiseType() { return PAIRWISE; }

    static final PyType ZIP_LONGEST = type("zip_longest", (t, cls, a, k) -> {
        if (k != null && (k.length > 1 || !k[0].equals("fillvalue"))) {
            throw Err.type("zip_longest() got an unexpected keyword argument");
        }
        Object fill = BuiltinArgs.kw(a, k, "fillvalue");
        Object[] fillvalue = {fill == null ? PyNone.NONE : fill};
        int n = BuiltinArgs.npos(a, k);
        Object[] its = new Object[n];
        for (int i = 0; i < n; i++) {
            its[i] = Ops.iter(a[i]);
        }
        int[] active = {n};
        Simple z = new Simple(zipLongestType(), (th, self) -> {
            if (n == 0 || active[0] == 0) {
                return null;
            }
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                Object v = its[i] == null ? null : Ops.next(th, its[i]);
                if (v == null) {
                    if (its[i] != null) {
                        its[i] = null;
                        if (--active[0] == 0) {
                            return null;
                        }
                    }
                    v = fillvalue[0];
                }
                r[i] = v;
            }
            return new PyTuple(r);
        });
        // zip_longest_reduce: an exhausted input is pickled as (), the fill value as the state
        z.reducer = th -> {
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                args[i] = its[i] == null ? new PyTuple(new Object[0]) : its[i];
            }
            return new PyTuple(new Object[] {Ops.typeOf(z), new PyTuple(args), fillvalue[0]});
        };
        z.setter = state -> fillvalue[0] = state;
        return z;
    });

    private static PyType zipLongestType() { return ZIP_LONGEST; }

    // ------------------------------------------------------------------ islice

    static final PyType ISLICE = type("islice", true, (t, cls, a, k) -> {
        noKw("islice", k);
        nargs("islice", a, k, 2, 4);
        Object it = Ops.iter(a[0]);
        long start = 0;
        long stop;
        long step = 1;
        if (a.length == 2) {
            stop = sliceArg(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", -1);
        } else {
            start = sliceArg(a[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.", 0);
            stop = sliceArg(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", -1);
            if (a.length == 4) {
                step = a[3] == PyNone.NONE ? 1 : sliceArg(a[3], "Step for islice() must be a positive integer or None.", 1);
                if (step < 1) {
                    throw Err.value("Step for islice() must be a positive integer or None.");
                }
            }
        }
        long[] st = {start, stop, step, 0};
        Object[] src = {it}; // dropped once exhausted, as islice_next drops lz->it (bpo-21321: the source can be freed)
        Simple sl = new Simple(isliceType(), (th, self) -> {
            // st = next wanted index, stop, step, items consumed so far
            if (st[0] < 0) {
                return null;
            }
            while (st[3] < st[0]) {
                if (st[1] >= 0 && st[3] >= st[1]) {
                    st[0] = -1;
                    src[0] = null;
                    return null;
                }
                if (Ops.next(th, src[0]) == null) {
                    st[0] = -1;
                    src[0] = null;
                    return null;
                }
                st[3]++;
            }
            if (st[1] >= 0 && st[0] >= st[1]) {
                st[0] = -1;
                src[0] = null;
                return null;
            }
            Object v = Ops.next(th, src[0]);
            if (v == null) {
                st[0] = -1;
                src[0] = null;
                return null;
            }
            st[3]++;
            st[0] += st[2];
            if (st[1] >= 0 && st[0] > st[1]) {
                st[0] = st[1];
            }
            return v;
        });
        // CPython's islice_reduce: (islice, (it, next, stop, step), consumed); an exhausted one as empty
        sl.reducer = th -> st[0] < 0
            ? PyTuple.of(isliceType(), PyTuple.of(Ops.iter(new PyList(new Object[0])), 0L), 0L)
            : PyTuple.of(isliceType(), PyTuple.of(src[0], st[0], st[1] < 0 ? PyNone.NONE : (Object) st[1], st[2]), st[3]);
        sl.setter = state -> st[3] = Ops.toLong(state);
        return sl;
    });

    private static PyType isliceType() { return ISLICE; }

    private static long sliceArg(Object o, String msg, long ifNone) {
        if (o == PyNone.NONE) {
            return ifNone;
        }
        if (!Ops.isInt(o) && Ops.typeOf(o).lookup("__index__") == null) {
            throw Err.value(msg);
        }
        if (o instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw Err.value(msg);
            }
            return Long.MAX_VALUE;
        }
        long v = Ops.toLong(o);
        if (v < 0) {
            throw Err.value(msg);
        }
        return v;
    }

    // ------------------------------------------------------------------ the module

    static String countRepr(Count c) {
        boolean unitStep = c.step instanceof Long l && l == 1;
        return "count(" + StrRepr.repr(c.n) + (unitStep ? "" : ", " + StrRepr.repr(c.step)) + ")";
    }

    static {
        NativeTypes.def(COUNT, "__repr__", (t, a, k) -> countRepr((Count) a[0]));
        NativeTypes.def(REPEAT, "__repr__", (t, a, k) -> {
            Repeat r = (Repeat) a[0];
            return "repeat(" + StrRepr.repr(r.value) + (r.times < 0 ? "" : ", " + r.times) + ")";
        });
        // pickling, as CPython 3.11's itertoolsmodule.c still offers it (count_reduce, repeat_reduce,
        // cycle_reduce/cycle_setstate)
        NativeTypes.def(COUNT, "__reduce__", (t, a, k) -> {
            Count c = (Count) a[0];
            boolean unitStep = c.step instanceof Long l && l == 1;
            return new PyTuple(new Object[] {Ops.typeOf(c), unitStep ? new PyTuple(new Object[] {c.n}) : new PyTuple(new Object[] {c.n, c.step})});
        });
        NativeTypes.def(REPEAT, "__reduce__", (t, a, k) -> {
            Repeat r = (Repeat) a[0];
            return new PyTuple(new Object[] {Ops.typeOf(r), r.times < 0 ? new PyTuple(new Object[] {r.value}) : new PyTuple(new Object[] {r.value, r.times})});
        });
        NativeTypes.def(CYCLE, "__reduce__", (t, a, k) -> {
            Cycle c = (Cycle) a[0];
            PyList saved = new PyList(c.saved.toArray());
            if (c.i < 0) {
                return new PyTuple(new Object[] {Ops.typeOf(c), new PyTuple(new Object[] {c.it}), new PyTuple(new Object[] {saved, c.firstpass})});
            }
            Object it = Ops.iter(saved);
            for (int n = 0; n < c.i; n++) {
                Ops.next(t, it);
            }
            return new PyTuple(new Object[] {Ops.typeOf(c), new PyTuple(new Object[] {it}), new PyTuple(new Object[] {saved, true})});
        });
        NativeTypes.def(CYCLE, "__setstate__", (t, a, k) -> {
            Cycle c = (Cycle) a[0];
            if (!(a[1] instanceof PyTuple st) || st.size() != 2 || !(st.get(0) instanceof PyList l)) {
                throw Err.type("state is not a tuple");
            }
            if (!Ops.isInt(st.get(1))) {
                throw Err.type("'" + Ops.typeName(st.get(1)) + "' object cannot be interpreted as an integer");
            }
            c.saved.clear();
            c.saved.addAll(java.util.Arrays.asList(l.toArray()));
            c.firstpass = Ops.truthy(st.get(1));
            c.i = -1;
            return PyNone.NONE;
        });
        NativeTypes.def(CHAIN, "__reduce__", (t, a, k) -> {
            Chain c = (Chain) a[0];
            PyTuple state = c.active == null ? new PyTuple(new Object[] {c.sources}) : new PyTuple(new Object[] {c.sources, c.active});
            return new PyTuple(new Object[] {Ops.typeOf(c), new PyTuple(new Object[0]), state});
        });
        NativeTypes.def(CHAIN, "__setstate__", (t, a, k) -> {
            Chain c = (Chain) a[0];
            if (!(a[1] instanceof PyTuple st) || st.size() < 1 || st.size() > 2) {
                throw Err.type("state is not a length 1 or 2 tuple");
            }
            if (Ops.typeOf(st.get(0)).lookup("__next__") == null || st.size() == 2 && Ops.typeOf(st.get(1)).lookup("__next__") == null) {
                throw Err.type("Arguments must be iterators.");
            }
            c.sources = st.get(0);
            c.active = st.size() == 2 ? st.get(1) : null;
            return PyNone.NONE;
        });
        for (PyType ty : new PyType[] {COMPRESS, DROPWHILE, TAKEWHILE, FILTERFALSE, STARMAP}) {
            NativeTypes.def(ty, "__reduce__", (t, a, k) -> {
                Simple s = (Simple) a[0];
                PyTuple args = new PyTuple(s.args.clone());
                if (s.flag == null) {
                    return new PyTuple(new Object[] {Ops.typeOf(s), args});
                }
                // dropwhile's state is "done dropping", takewhile's "stopped" (CPython's start/stop)
                boolean state = ty == DROPWHILE ? !s.flag[0] : s.flag[0];
                return new PyTuple(new Object[] {Ops.typeOf(s), args, state});
            });
        }
        for (PyType ty : new PyType[] {ACCUMULATE, ISLICE, ZIP_LONGEST}) {
            NativeTypes.def(ty, "__reduce__", (t, a, k) -> ((Simple) a[0]).reducer.apply(t));
            NativeTypes.def(ty, "__setstate__", (t, a, k) -> {
                ((Simple) a[0]).setter.accept(a[1]);
                return PyNone.NONE;
            });
        }
        for (PyType ty : new PyType[] {DROPWHILE, TAKEWHILE}) {
            NativeTypes.def(ty, "__setstate__", (t, a, k) -> {
                Simple s = (Simple) a[0];
                boolean v = Ops.truthy(a[1]);
                s.flag[0] = ty == DROPWHILE ? !v : v;
                return PyNone.NONE;
            });
        }
        NativeTypes.def(REPEAT, "__length_hint__", (t, a, k) -> {
            Repeat r = (Repeat) a[0];
            if (r.times < 0) {
                throw Err.type("len() of unsized object");
            }
            return r.times;
        });
        for (PyType ty : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
            FILTERFALSE, STARMAP, PAIRWISE, ZIP_LONGEST, ISLICE}) {
            NativeTypes.ready(ty);
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType ty : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, TAKEWHILE,
            FILTERFALSE, STARMAP, PAIRWISE, ZIP_LONGEST, ISLICE}) {
            m.put(NativeTypes.name(ty), ty);
        }
        ItertoolsCombinatorics.install(m);
        return m;
    }
}
