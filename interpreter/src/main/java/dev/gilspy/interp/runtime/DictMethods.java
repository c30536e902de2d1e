package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code dict} ({@link PyDict}) and its views. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        dictMethods();
    }

    /** {@code dict.get}, with entries by arity for the call nodes ({@link PyBuiltin.Fixed}). */
    static final class DictGet extends PyBuiltin.Fixed {
        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            return a.length > 2 ? call3(t, a[0], a[1], a[2]) : call2(t, a[0], a[1]);
        }

        @Override
        public Object call2(PyThread t, Object d, Object key) {
            Object v = dself(d).get(key);
            return v != null ? v : PyNone.NONE;
        }

        @Override
        public Object call3(PyThread t, Object d, Object key, Object dflt) {
            Object v = dself(d).get(key);
            return v != null ? v : dflt;
        }
    }

    static PyDict dself(Object o) {
        if (o instanceof PyDict d) {
            return d;
        }
        throw Err.type("descriptor requires a 'dict' object but received a '" + Ops.typeName(o) + "'");
    }

    static void dictMethods() {
        PyType d = Types.DICT;
        d.ctor = (t, cls, a, k) -> {
            PyDict r = cls == Types.DICT ? new PyDict() : new PyDictSub(cls);
            dictInit(r, a, k);
            return r;
        };
        def(d, "__init__", (t, a, k) -> {
            dictInit(dself(a[0]), Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        def(d, "get", new DictGet());
        def(d, "keys", (t, a, k) -> new DictView(dself(a[0]), 0));
        def(d, "values", (t, a, k) -> new DictView(dself(a[0]), 1));
        def(d, "items", (t, a, k) -> new DictView(dself(a[0]), 2));
        def(d, "pop", (t, a, k) -> {
            Object v = dself(a[0]).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw Err.key(a[1]);
            }
            return v;
        });
        def(d, "popitem", (t, a, k) -> {
            PyDict x = dself(a[0]);
            Object[] keys = x.keysArray();
            if (keys.length == 0) {
                throw Err.make(Types.KeyError, "popitem(): dictionary is empty");
            }
            Object key = keys[keys.length - 1];
            Object v = x.remove(key);
            return PyTuple.of(key, v);
        });
        def(d, "setdefault", (t, a, k) -> dself(a[0]).setdefault(a[1], a.length > 2 ? a[2] : PyNone.NONE));
        def(d, "update", (t, a, k) -> {
            PyDict x = dself(a[0]);
            int n = BuiltinArgs.npos(a, k);
            if (n > 1) {
                PyDict.updateDict(x, a[1]);
            }
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    x.put(k[i], a[n + i]);
                }
            }
            return PyNone.NONE;
        });
        def(d, "clear", (t, a, k) -> {
            dself(a[0]).clear();
            return PyNone.NONE;
        });
        def(d, "copy", (t, a, k) -> {
            PyDict r = new PyDict();
            for (var e : dself(a[0]).entries()) {
                r.put(e.getKey(), e.getValue());
            }
            return r;
        });
        def(d, "fromkeys", (t, a, k) -> {
            Object v = a.length > 2 ? a[2] : PyNone.NONE;
            if (a[0] != Types.DICT) { // dict_fromkeys: cls(), filled through its __setitem__
                Object r = Ops.call(t, a[0], new Object[0], null);
                for (Object key : Ops.toArray(a[1])) {
                    Ops.setitem(r, key, v);
                }
                return r;
            }
            PyDict r = new PyDict();
            for (Object key : Ops.toArray(a[1])) {
                r.put(key, v);
            }
            return r;
        });
        d.dict.put("fromkeys", new PyDescriptors.ClassMethod(d.dict.get("fromkeys")));
        def(d, "__or__", (t, a, k) -> a[1] instanceof PyDict ? BinOp.OR.apply(a[0], a[1]) : Types.NOT_IMPLEMENTED);
        def(d, "__ior__", (t, a, k) -> { // dict_ior: any mapping or iterable of pairs
            PyDict.updateDict(dself(a[0]), a[1]);
            return a[0];
        });
        ListMethods.sequenceDunders(d);
        for (PyType vt : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
            def(vt, "__iter__", (t, a, k) -> {
                DictView v = (DictView) a[0];
                return new PyIter.DictIter(v.dict, v.mode);
            });
            def(vt, "__len__", (t, a, k) -> (long) ((DictView) a[0]).dict.size());
            def(vt, "__repr__", (t, a, k) -> a[0].toString());
            def(vt, "__contains__", (t, a, k) -> {
                DictView v = (DictView) a[0];
                if (v.mode == 0) {
                    return v.dict.containsKey(a[1]);
                }
                if (v.mode == 2 && a[1] instanceof PyTuple tu && tu.items.length == 2) {
                    Object val = v.dict.get(tu.items[0]);
                    return val != null && Ops.eq(val, tu.items[1]);
                }
                for (Object o : v.items()) {
                    if (Ops.eq(o, a[1])) {
                        return true;
                    }
                }
                return false;
            });
            def(vt, "__eq__", (t, a, k) -> viewCompare(a[0], a[1], "=="));
            def(vt, "__ne__", (t, a, k) -> {
                Object r = viewCompare(a[0], a[1], "==");
                return r instanceof Boolean b ? !b : r;
            });
            for (String[] op : new String[][] {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}}) {
                def(vt, op[0], (t, a, k) -> viewCompare(a[0], a[1], op[1]));
            }
            def(vt, "mapping", (t, a, k) -> PyMappingProxy.live(((DictView) a[0]).dict));
            vt.dict.put("mapping", new PyDescriptors.Property(vt.dict.get("mapping"), null, null));
            for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__"}) {
                BinOp bop = op.equals("__and__") ? BinOp.AND : op.equals("__or__") ? BinOp.OR : op.equals("__sub__") ? BinOp.SUB : BinOp.XOR;
                def(vt, op, (t, a, k) -> bop.apply(toSet(a[0]), toSet(a[1])));
            }
            def(vt, "isdisjoint", (t, a, k) -> {
                HashSet<Object> x = new HashSet<>(Arrays.asList(keysOf((DictView) a[0])));
                for (Object o : Ops.toArray(a[1])) {
                    if (x.contains(Hashing.key(o))) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /**
     * {@code dictview_richcompare}: a keys or items view against a set or another view compares by
     * size, then by membership through {@code in} (so a value's {@code __eq__} may raise).
     */
    static Object viewCompare(Object self, Object other, String op) {
        DictView v = (DictView) self;
        if (v.mode == 1 || !(other instanceof DictView || other instanceof PySet)
            || other instanceof DictView ov && ov.mode == 1) {
            return Types.NOT_IMPLEMENTED;
        }
        long n = v.dict.size();
        long m = Ops.len(other);
        return switch (op) {
            case "==" -> n == m && allIn(self, other);
            case "<" -> n < m && allIn(self, other);
            case "<=" -> n <= m && allIn(self, other);
            case ">" -> n > m && allIn(other, self);
            default -> n >= m && allIn(other, self);
        };
    }

    private static boolean allIn(Object small, Object big) {
        for (Object x : Ops.toArray(small)) {
            if (!Ops.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    static Object[] keysOf(DictView v) {
        Object[] items = v.items();
        for (int i = 0; i < items.length; i++) {
            items[i] = Hashing.key(items[i]);
        }
        return items;
    }

    static PySet toSet(Object o) {
        PySet s = new PySet(false);
        for (Object x : Ops.toArray(o)) {
            s.add(x);
        }
        return s;
    }

    static void dictInit(PyDict r, Object[] a, String[] k) {
        int n = BuiltinArgs.npos(a, k);
        if (n > 1) {
            throw Err.type("dict expected at most 1 argument, got " + n);
        }
        if (n == 1) {
            PyDict.updateDict(r, a[0]);
        }
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                r.put(k[i], a[n + i]);
            }
        }
    }
}
