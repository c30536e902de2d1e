package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code list} ({@link PyList}), and the sequence dunders list and tuple share. */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        listMethods();
    }

    static PyList self(Object o) {
        if (o instanceof PyList l) {
            return l;
        }
        throw Err.type("descriptor requires a 'list' object but received a '" + Ops.typeName(o) + "'");
    }

    static void listMethods() {
        PyType l = Types.LIST;
        l.ctor = (t, cls, a, k) -> {
            if (k != null && k.length > 0 && cls.lookup("__init__") == l.lookup("__init__")) {
                throw Err.type("list() takes no keyword arguments"); // list___init__, unless a subclass's __init__ takes them
            }
            PyList r = cls == Types.LIST ? new PyList() : new PyListSub(cls);
            if (a.length > 0) {
                Object[] items = LengthHint.toArray(a[0]);
                r.replace(a[0] instanceof PyList ? items : items.clone());
            }
            return r;
        };
        def(l, "__init__", (t, a, k) -> {
            if (k != null && k.length > 0 && Ops.typeOf(a[0]).lookup("__new__") == l.lookup("__new__")) {
                throw Err.type("list() takes no keyword arguments"); // list___init__, unless a subclass's __new__ took them
            }
            if (a.length > 1) {
                self(a[0]).replace(LengthHint.toArray(a[1]).clone());
            } else {
                self(a[0]).replace(new Object[0]); // list.__init__() clears, as CPython's list___init__
            }
            return PyNone.NONE;
        });
        def(l, "append", new PyBuiltin.Fixed() { // entries by arity: see PyBuiltin.Fixed
            @Override
            public Object call(PyThread t, Object[] a, String[] k) {
                BuiltinArgs.check("list.append", a, k, 2, 2);
                return call2(t, a[0], a[1]);
            }

            @Override
            public Object call2(PyThread t, Object list, Object x) {
                self(list).append(x);
                return PyNone.NONE;
            }
        });
        def(l, "extend", (t, a, k) -> {
            Object[] items = LengthHint.toArray(a[1]);
            self(a[0]).extend(items, items.length);
            return PyNone.NONE;
        });
        // list_inplace_concat and list_inplace_repeat, which `+=` and `*=` reach directly (BinOp.applyInPlace)
        def(l, "__iadd__", (t, a, k) -> {
            Object[] items = Ops.toArray(a[1]);
            self(a[0]).extend(items, items.length);
            return a[0];
        });
        def(l, "__rmul__", (t, a, k) -> BinOp.MUL.apply(a[0], a[1]));
        def(l, "__imul__", (t, a, k) -> {
            PyList self = self(a[0]);
            self.replace(Seq.repeat(self.toArray(), BinOp.repeatCount(a[1])));
            return a[0];
        });
        def(l, "insert", (t, a, k) -> {
            self(a[0]).insert((int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, Ops.toLong(a[1]))), a[2]);
            return PyNone.NONE;
        });
        def(l, "pop", (t, a, k) -> self(a[0]).pop(a.length > 1 ? Ops.ssizeSaturated(a[1]) : -1));
        def(l, "remove", (t, a, k) -> {
            PyList x = self(a[0]);
            Object[] items = x.toArray();
            for (int i = 0; i < items.length; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    x.pop(i);
                    return PyNone.NONE;
                }
            }
            throw Err.value("list.remove(x): x not in list");
        });
        def(l, "index", (t, a, k) -> {
            Object[] items = self(a[0]).toArray();
            int start = a.length > 2 ? (int) clampIndex(Ops.toIndex(a[2]), items.length) : 0;
            int stop = a.length > 3 ? (int) clampIndex(Ops.toIndex(a[3]), items.length) : items.length;
            for (int i = start; i < stop; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value(StrRepr.repr(a[1]) + " is not in list");
        });
        def(l, "count", (t, a, k) -> {
            long n = 0;
            for (Object o : self(a[0]).toArray()) {
                if (o == a[1] || Ops.eq(o, a[1])) {
                    n++;
                }
            }
            return n;
        });
        def(l, "clear", (t, a, k) -> {
            self(a[0]).replace(new Object[0]);
            return PyNone.NONE;
        });
        def(l, "copy", (t, a, k) -> new PyList(self(a[0]).toArray()));
        def(l, "reverse", (t, a, k) -> {
            PyList x = self(a[0]);
            Object[] items = x.toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object tmp = items[i];
                items[i] = items[j];
                items[j] = tmp;
            }
            x.replace(items);
            return PyNone.NONE;
        });
        def(l, "sort", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) > 1) {
                throw Err.type("sort() takes no positional arguments");
            }
            PyList.sortList(t, self(a[0]), BuiltinArgs.kw(a, k, "key"), BuiltinArgs.kw(a, k, "reverse"));
            return PyNone.NONE;
        });
        sequenceDunders(l);
    }

    static long clampIndex(long i, long len) {
        if (i < 0) {
            i += len;
        }
        return Math.max(0, Math.min(len, i));
    }

    /** Dunders of the built-in containers, for explicit calls like {@code dict.__setitem__(self, k, v)}. */
    static void sequenceDunders(PyType t) {
        def(t, "__len__", (th, a, k) -> a[0] instanceof PyList l ? (long) l.size : a[0] instanceof PyTuple tu
            ? (long) tu.items.length : a[0] instanceof PyDict d ? (long) d.size() : Ops.len(a[0])); // not a subclass's __len__
        def(t, "__getitem__", (th, a, k) -> builtinGetitem(a[0], a[1]));
        def(t, "__contains__", (th, a, k) -> builtinContains(a[0], a[1]));
        def(t, "__iter__", (th, a, k) -> builtinIter(a[0]));
        def(t, "__repr__", (th, a, k) -> builtinRepr(a[0]));
        def(t, "__str__", (th, a, k) -> builtinRepr(a[0]));
        def(t, "__eq__", (th, a, k) -> builtinEq(a[0], a[1]));
        def(t, "__ne__", (th, a, k) -> !builtinEq(a[0], a[1]));
        def(t, "__add__", (th, a, k) -> BinOp.ADD.apply(a[0], a[1]));
        def(t, "__mul__", (th, a, k) -> BinOp.MUL.apply(a[0], a[1]));
        def(t, "__lt__", (th, a, k) -> Compare.LT.test(a[0], a[1]));
        if (t == Types.LIST || t == Types.DICT) {
            def(t, "__setitem__", (th, a, k) -> {
                if (a[0] instanceof PyDict d) {
                    d.put(a[1], a[2]);
                } else if (a[1] instanceof PySlice) {
                    PyList l = (PyList) a[0];
                    PyList tmp = new PyList(l.toArray());
                    Seq.setitemSlow(tmp, a[1], a[2]);
                    l.replace(tmp.toArray());
                } else {
                    PyList l = (PyList) a[0];
                    long i = Ops.toLong(a[1]);
                    if (i < 0) {
                        i += l.size;
                    }
                    l.set((int) i, a[2]);
                }
                return PyNone.NONE;
            });
            def(t, "__delitem__", (th, a, k) -> {
                if (a[0] instanceof PyDict d) {
                    if (d.remove(a[1]) == null) {
                        throw Err.key(a[1]);
                    }
                } else {
                    PyList tmp = new PyList(((PyList) a[0]).toArray());
                    Seq.delitem(tmp, a[1]);
                    ((PyList) a[0]).replace(tmp.toArray());
                }
                return PyNone.NONE;
            });
            t.dict.put("__hash__", PyNone.NONE);
        }
    }

    static Object builtinGetitem(Object o, Object k) {
        if (o instanceof PyDict d) {
            Object v = d.get(k);
            return v != null ? v : Seq.missing(d, k);
        }
        if (o instanceof PyList l && !(k instanceof PySlice)) {
            long i = Ops.toLong(k);
            if (i < 0) {
                i += l.size;
            }
            return l.get((int) i);
        }
        if (o instanceof PyList l) {
            return Seq.sliceList(l, (PySlice) k);
        }
        if (o instanceof PyTuple t && t.type() != Types.TUPLE) {
            // tuple.__getitem__ on a subclass instance: not back through the subclass's own __getitem__
            return Ops.getitem(new PyTuple(t.items), k);
        }
        return Ops.getitem(o, k);
    }

    static boolean builtinContains(Object o, Object k) {
        if (o instanceof PyDict d) {
            return d.containsKey(k);
        }
        if (o instanceof PyList l) {
            for (Object x : l.toArray()) {
                if (Ops.eq(x, k)) {
                    return true;
                }
            }
            return false;
        }
        if (o instanceof PyTuple t) {
            for (Object x : t.items) {
                if (x == k || Ops.eq(x, k)) {
                    return true;
                }
            }
            return false;
        }
        return Ops.contains(o, k);
    }

    static Object builtinIter(Object o) {
        if (o instanceof PyDict d) {
            return new PyIter.DictIter(d, 0);
        }
        if (o instanceof PyList l) {
            return new PyIter.ListIter(l);
        }
        if (o instanceof PyTuple t) {
            return new PyIter.ArrayIter(t.items, t.items.length, t);
        }
        return Ops.iter(o);
    }

    static String builtinRepr(Object o) {
        if (o instanceof PyDict d) {
            PyDict plain = new PyDict();
            for (var e : d.entries()) {
                plain.put(e.getKey(), e.getValue());
            }
            return StrRepr.repr(plain);
        }
        if (o instanceof PyList l) {
            return StrRepr.repr(new PyList(l.toArray()));
        }
        return StrRepr.repr(o);
    }

    static boolean builtinEq(Object a, Object b) {
        if (a instanceof PyDict x && b instanceof PyDict y) {
            PyDict px = new PyDict();
            x.entries().forEach(e -> px.put(e.getKey(), e.getValue()));
            PyDict py = new PyDict();
            y.entries().forEach(e -> py.put(e.getKey(), e.getValue()));
            return Compare.EQ.test(px, py);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return Compare.EQ.test(new PyList(x.toArray()), new PyList(y.toArray()));
        }
        return Ops.eq(a, b);
    }
}
