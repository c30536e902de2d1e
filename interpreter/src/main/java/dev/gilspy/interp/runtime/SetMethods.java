package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code set} and {@code frozenset} ({@link PySet}). */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        setMethods();
    }

    static PySet sself(Object o) {
        return (PySet) o;
    }

    /**
     * Runs an in-place operation on a copy of {@code s}'s table and swaps the result in. Comparing
     * keys runs Python {@code __eq__}, which may change either set meanwhile (bpo-46615): a Java
     * HashMap changed in the middle of its own remove or copy breaks (NullPointerException in a
     * tree bin, ConcurrentModificationException), where CPython's set raises RuntimeError.
     */
    static PySet inPlace(PySet s, java.util.function.Consumer<HashSet<Object>> op) {
        HashSet<Object> r;
        try {
            r = new HashSet<>(s.set);
            op.accept(r);
        } catch (java.util.ConcurrentModificationException | NullPointerException e) {
            throw Err.runtime("set changed size during iteration");
        }
        s.set = r;
        s.foreignKinds = -1;
        return s;
    }

    /** Symmetric difference of {@code r} with {@code other}, into {@code r}. */
    static void xorInto(PySet self, HashSet<Object> r, PySet other) {
        for (Object o : other.toArray()) {
            Object key = Hashing.key(o);
            if (!r.remove(key) && r.add(key) && key != o) {
                if (self.origKeys == null) {
                    self.origKeys = new java.util.HashMap<>();
                }
                self.origKeys.put(key, o);
            }
        }
    }

    /** The positional arguments of set()/frozenset() (PyArg_UnpackTuple's 0 to 1, named after the type). */
    private static Object[] atMostOne(String type, Object[] a, String[] k) {
        int n = BuiltinArgs.npos(a, k);
        if (n > 1) {
            throw Err.type(type + " expected at most 1 argument, got " + n);
        }
        return n == a.length ? a : java.util.Arrays.copyOf(a, n);
    }

    static void setMethods() {
        for (PyType st : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = st == Types.FROZENSET;
            st.ctor = (t, cls, a, k) -> {
                boolean sub = cls != null && cls != st;
                if (k != null && k.length > 0 && (!sub || cls.lookup("__init__") == st.lookup("__init__"))) {
                    throw Err.type(st.name + "() takes no keyword arguments"); // set_new/frozenset_new: only a subclass's own __init__ takes keywords
                }
                PySet s = sub ? new PySetSub(cls, frozen) : new PySet(frozen);
                if (sub && !frozen) {
                    return s; // set_new: a subclass's set.__init__ takes the items (its own __init__ may take other arguments)
                }
                a = atMostOne((sub ? cls : st).name, a, k);
                if (frozen && !sub && a.length > 0 && a[0] instanceof PySet f && f.frozen && f.type() == Types.FROZENSET) {
                    return f; // frozenset(f) of an exact frozenset is f, as in CPython
                }
                if (a.length > 0) {
                    for (Object o : Ops.toArray(a[0])) {
                        s.add(o);
                    }
                }
                return s;
            };
            def(st, "union", (t, a, k) -> {
                PySet r = sself(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) {
                    for (Object o : Ops.toArray(a[i])) {
                        r.add(o);
                    }
                }
                return r;
            });
            def(st, "intersection", (t, a, k) -> {
                PySet r = sself(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) {
                    r.set.retainAll(DictMethods.toSet(a[i]).set);
                }
                return r;
            });
            def(st, "difference", (t, a, k) -> {
                PySet r = sself(a[0]).copyAs(frozen);
                for (int i = 1; i < a.length; i++) {
                    r.set.removeAll(DictMethods.toSet(a[i]).set);
                }
                return r;
            });
            def(st, "symmetric_difference", (t, a, k) -> BinOp.XOR.apply(a[0], DictMethods.toSet(a[1])));
            def(st, "issubset", (t, a, k) -> DictMethods.toSet(a[1]).containsAllOf(sself(a[0])));
            def(st, "issuperset", (t, a, k) -> sself(a[0]).containsAllOf(DictMethods.toSet(a[1])));
            def(st, "isdisjoint", (t, a, k) -> {
                HashSet<Object> x = new HashSet<>(sself(a[0]).set);
                x.retainAll(DictMethods.toSet(a[1]).set);
                return x.isEmpty();
            });
            if (!frozen) {
                def(st, "__init__", (t, a, k) -> { // set_init: empties the set, then adds the iterable's items
                    if (k != null && k.length > 0) {
                        throw Err.type("set() takes no keyword arguments");
                    }
                    PySet s = sself(a[0]);
                    if (a.length > 2) {
                        throw Err.type(s.type().name + " expected at most 1 argument, got " + (a.length - 1));
                    }
                    s.set.clear();
                    s.origKeys = null;
                    if (a.length > 1) {
                        for (Object o : Ops.toArray(a[1])) {
                            s.add(o);
                        }
                    }
                    return PyNone.NONE;
                });
            }
            def(st, "copy", (t, a, k) -> {
                PySet self = sself(a[0]);
                return frozen && self.type() == Types.FROZENSET ? self : self.copyAs(frozen);
            });
            if (frozen) { // frozenset.__hash__(self) in a subclass's own __hash__: the items' hash
                def(st, "__hash__", (t, a, k) -> sself(a[0]).valueHash());
            }
            def(st, "__len__", (t, a, k) -> (long) sself(a[0]).size());
            def(st, "__contains__", (t, a, k) -> sself(a[0]).contains(a[1]));
            def(st, "__iter__", (t, a, k) -> { // the set's own items, never a subclass's __iter__
                return new PyIter.SetIter(sself(a[0]));
            });
            def(st, "__repr__", (t, a, k) -> StrRepr.repr(a[0]));
        }
        PyType s = Types.SET;
        def(s, "add", (t, a, k) -> {
            sself(a[0]).add(a[1]);
            return PyNone.NONE;
        });
        def(s, "remove", (t, a, k) -> {
            if (!sself(a[0]).remove(a[1])) {
                throw Err.key(a[1]);
            }
            return PyNone.NONE;
        });
        def(s, "discard", (t, a, k) -> {
            sself(a[0]).remove(a[1]);
            return PyNone.NONE;
        });
        def(s, "pop", (t, a, k) -> {
            PySet x = sself(a[0]);
            Object[] items = x.toArray();
            if (items.length == 0) {
                throw Err.make(Types.KeyError, "pop from an empty set");
            }
            x.remove(items[0]);
            return items[0];
        });
        def(s, "clear", (t, a, k) -> {
            sself(a[0]).set.clear();
            return PyNone.NONE;
        });
        def(s, "update", (t, a, k) -> {
            for (int i = 1; i < a.length; i++) {
                for (Object o : Ops.toArray(a[i])) {
                    sself(a[0]).add(o);
                }
            }
            return PyNone.NONE;
        });
        def(s, "intersection_update", (t, a, k) -> {
            for (int i = 1; i < a.length; i++) {
                PySet other = DictMethods.toSet(a[i]);
                inPlace(sself(a[0]), r -> r.retainAll(other.set));
            }
            return PyNone.NONE;
        });
        def(s, "difference_update", (t, a, k) -> {
            for (int i = 1; i < a.length; i++) {
                PySet other = DictMethods.toSet(a[i]);
                inPlace(sself(a[0]), r -> r.removeAll(other.set));
            }
            return PyNone.NONE;
        });
        def(s, "symmetric_difference_update", (t, a, k) -> {
            PySet other = DictMethods.toSet(a[1]);
            inPlace(sself(a[0]), r -> xorInto(sself(a[0]), r, other));
            return PyNone.NONE;
        });
        s.dict.put("__hash__", PyNone.NONE);
    }
}
