package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Iterators and generators: their methods, and the constructors of enumerate, zip, map, filter and reversed. */
final class IteratorMethods {
    private IteratorMethods() {}

    static void install() {
        iteratorMethods();
        iteratorCtors();
    }

    static void iteratorMethods() {
        PyType[] iterTypes = {Types.ITERATOR, Types.GENERATOR, Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED};
        for (PyType it : iterTypes) {
            def(it, "__iter__", (t, a, k) -> a[0]);
            def(it, "__next__", (t, a, k) -> {
                Object v = ((PyIter) a[0]).next(t);
                if (v == null) {
                    if (a[0] instanceof PyGenerator g) {
                        throw g.stop();
                    }
                    throw Err.make(Types.StopIteration, new Object[0]);
                }
                return v;
            });
        }
        PyType g = Types.GENERATOR;
        def(g, "send", (t, a, k) -> ((PyGenerator) a[0]).send(t, a[1]));
        def(g, "throw", (t, a, k) -> ((PyGenerator) a[0]).throwIn(t, Coroutines.thrown(t, a, 1)));
        def(g, "close", (t, a, k) -> {
            ((PyGenerator) a[0]).close(t);
            return PyNone.NONE;
        });
        def(g, "__repr__", (t, a, k) -> a[0].toString());
        // in the type's dict, as CPython's getsets and members: dir() lists them, and they are read-only
        for (String name : new String[] {"gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"}) {
            NativeTypes.getset(g, name, o -> ((PyGenerator) o).getAttr(name), (o, v) -> {
                throw Err.attr(name.equals("gi_code") ? "readonly attribute" // a member, the others getsets
                    : "attribute '" + name + "' of 'generator' objects is not writable");
            });
        }
    }

    static void iteratorCtors() {
        Types.ENUMERATE.ctor = (t, cls, a, k) -> {
            Object it = Ops.iter(a[0]);
            long[] i = {Ops.toLong(BuiltinArgs.get(a, k, 1, "start", 0L))};
            return new PyIter.Fn(Types.ENUMERATE, th -> {
                Object v = Ops.next(th, it);
                return v == null ? null : PyTuple.of(i[0]++, v);
            });
        };
        for (PyType type : new PyType[] {Types.ZIP, Types.MAP, Types.FILTER}) {
            Methods.def(type, "__reduce__", (t, a, k) -> {
                Object r = a[0] instanceof PyIter it ? it.reduce(t) : null;
                if (r == null) {
                    throw Err.type("cannot pickle '" + Ops.typeName(a[0]) + "' object");
                }
                return r;
            });
        }
        Types.ZIP.ctor = (t, cls, a, k) -> {
            for (String name : k == null ? new String[0] : k) {
                if (!name.equals("strict")) {
                    throw Err.type("'" + name + "' is an invalid keyword argument for zip()");
                }
            }
            int n = BuiltinArgs.npos(a, k);
            boolean strict = Ops.truthy(BuiltinArgs.get(a, k, n, "strict", false));
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i]);
            }
            PyIter.Fn z = new PyIter.Fn(Types.ZIP, th -> {
                if (n == 0) {
                    return null;
                }
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = Ops.next(th, its[i]);
                    if (v == null) {
                        if (strict && i > 0) {
                            throw Err.value("zip() argument " + (i + 1) + " is shorter than argument 1");
                        }
                        if (strict) {
                            for (int j = 1; j < n; j++) {
                                if (Ops.next(th, its[j]) != null) {
                                    throw Err.value("zip() argument " + (j + 1) + " is longer than argument 1");
                                }
                            }
                        }
                        return null;
                    }
                    row[i] = v;
                }
                return new PyTuple(row);
            });
            // CPython's zip_reduce: (zip, iterators); a strict zip (whose state CPython sets by
            // __setstate__) is not picklable here
            z.reducer = strict ? null : th -> PyTuple.of(Types.ZIP, new PyTuple(its.clone()));
            return z;
        };
        Types.MAP.ctor = (t, cls, a, k) -> {
            if (cls == Types.MAP && k != null && k.length > 0) {
                throw Err.type("map() takes no keyword arguments");
            }
            if (BuiltinArgs.npos(a, k) < 2) {
                throw Err.type("map() must have at least two arguments.");
            }
            Object fn = a[0];
            int n = a.length - 1;
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i + 1]);
            }
            PyIter.Fn m = new PyIter.Fn(Types.MAP, th -> {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object v = Ops.next(th, its[i]);
                    if (v == null) {
                        return null;
                    }
                    row[i] = v;
                }
                return Ops.call(th, fn, row, null);
            });
            m.reducer = th -> {
                Object[] args = new Object[n + 1];
                args[0] = fn;
                System.arraycopy(its, 0, args, 1, n);
                return PyTuple.of(Types.MAP, new PyTuple(args));
            };
            return m;
        };
        Types.FILTER.ctor = (t, cls, a, k) -> {
            if (cls == Types.FILTER && k != null && k.length > 0) {
                throw Err.type("filter() takes no keyword arguments");
            }
            if (BuiltinArgs.npos(a, k) != 2) {
                throw Err.type("filter expected 2 arguments, got " + BuiltinArgs.npos(a, k));
            }
            Object fn = a[0];
            Object it = Ops.iter(a[1]);
            PyIter.Fn f = new PyIter.Fn(Types.FILTER, th -> {
                Object v;
                while ((v = Ops.next(th, it)) != null) {
                    if (fn == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(th, fn, new Object[] {v}, null))) {
                        return v;
                    }
                }
                return null;
            });
            f.reducer = th -> PyTuple.of(Types.FILTER, PyTuple.of(fn, it));
            return f;
        };
        NativeTypes.subclassable(Types.ZIP, false);
        NativeTypes.subclassable(Types.MAP, true);
        NativeTypes.subclassable(Types.FILTER, true);
        Types.REVERSED.ctor = (t, cls, a, k) -> {
            Object seq = a[0];
            if (seq instanceof PyRange r) {
                long n = r.length();
                return new PyIter.RangeIter(r.start + (n - 1) * r.step, r.start - r.step, -r.step);
            }
            Object m = Ops.typeOf(seq).lookup("__reversed__");
            if (m != null && (!Ops.typeOf(seq).builtin || seq instanceof NativeObj)) {
                return SpecialMethods.call(t, m, new Object[] {seq});
            }
            if (seq instanceof PyInstance && Ops.typeOf(seq).lookup("__getitem__") != null) {
                long[] i = {Ops.len(seq)};
                return new PyIter.Fn(Types.REVERSED, th -> i[0] <= 0 ? null : Ops.getitem(seq, --i[0]));
            }
            if (seq instanceof PyList || seq instanceof PyTuple) {
                return new PyIter.SeqReversed(seq);
            }
            Object[] items = seq instanceof PyDict d ? d.keysArray() : Ops.toArray(seq);
            if (seq instanceof PySet) {
                throw Err.type("'set' object is not reversible");
            }
            Object[] rev = new Object[items.length];
            for (int j = 0; j < items.length; j++) {
                rev[j] = items[items.length - 1 - j];
            }
            return new PyIter.ReversedSnapshot(rev);
        };
    }
}
