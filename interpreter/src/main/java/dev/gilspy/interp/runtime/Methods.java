package dev.gilspy.interp.runtime;

import dev.gilspy.interp.modules.Builtins;
import dev.gilspy.interp.nodes.Stmts;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods and constructors of the built-in types, installed once into {@link Types}. */
public final class Methods {
    private Methods() {}

    static void def(PyType t, String name, PyCallable body) {
        t.dict.put(name, new PyBuiltin(name, body));
    }

    static void installAll() {
        objectMethods();
        typeMethods();
        StrMethods.install();
        listMethods();
        tupleMethods();
        dictMethods();
        setMethods();
        numberCtors();
        iteratorMethods();
        miscCtors();
        exceptionMethods();
        BytesMethods.install();
    }

    // ---------------------------------------------------------------- object and type

    private static void objectMethods() {
        PyType o = Types.OBJECT;
        o.ctor = (t, cls, a, k) -> new PyInstance(cls);
        def(o, "__init__", (t, a, k) -> PyNone.NONE);
        def(o, "__new__", (t, a, k) -> {
            PyType cls = (PyType) a[0];
            if (cls.builtin && cls.ctor != null && cls != Types.OBJECT) {
                return cls.ctor.make(t, cls, Arrays.copyOfRange(a, 1, a.length), k);
            }
            return Instantiate.allocate(t, cls, Arrays.copyOfRange(a, 1, a.length), k);
        });
        o.dict.put("__new__", new PyDescriptors.StaticMethod(o.dict.get("__new__")));
        def(o, "__repr__", (t, a, k) -> "<" + Ops.typeOf(a[0]).qualName() + " object at 0x"
            + Long.toHexString(System.identityHashCode(a[0])) + ">");
        def(o, "__str__", (t, a, k) -> Ops.repr(a[0]));
        def(o, "__eq__", (t, a, k) -> a[0] == a[1] ? Boolean.TRUE : Types.NOT_IMPLEMENTED);
        def(o, "__ne__", (t, a, k) -> a[0] == a[1] ? Boolean.FALSE : Types.NOT_IMPLEMENTED);
        def(o, "__hash__", (t, a, k) -> (long) System.identityHashCode(a[0]));
        def(o, "__format__", (t, a, k) -> Fmt.format(Ops.str(a[0]), Ops.str(a[1])));
        def(o, "__setattr__", (t, a, k) -> {
            String n = Args.str(a[1], "attribute name");
            var d = Attr.instanceDict(a[0]);
            Object classAttr = Ops.typeOf(a[0]).lookup(n);
            if (Attr.setThroughDescriptor(a[0], classAttr, a[2])) {
                return PyNone.NONE;
            }
            if (d != null && !(classAttr instanceof PyDescriptors.Property)) {
                if (a[0] instanceof PyInstance inst) {
                    inst.putDictAttr(n, a[2]);
                } else {
                    d.put(n, a[2]);
                }
            } else {
                Ops.setattr(a[0], n, a[2]);
            }
            return PyNone.NONE;
        });
        def(o, "__getattribute__", (t, a, k) -> {
            Object v = Ops.getattrOrNull(a[0], Args.str(a[1], "attribute name"));
            if (v == null) {
                throw Ops.attrError(a[0], (String) a[1]);
            }
            return v;
        });
        def(o, "__delattr__", (t, a, k) -> {
            var d = Attr.instanceDict(a[0]);
            if (d == null || d.remove(a[1]) == null) {
                throw Ops.attrError(a[0], (String) a[1]);
            }
            return PyNone.NONE;
        });
        def(o, "__init_subclass__", (t, a, k) -> {
            if (k != null && k.length > 0) {
                throw Err.type(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        o.dict.put("__init_subclass__", new PyDescriptors.ClassMethod(o.dict.get("__init_subclass__")));
        def(o, "__dir__", (t, a, k) -> Attr.dir(t, a));
        def(o, "__reduce_ex__", (t, a, k) -> PyNone.NONE);
        def(o, "__sizeof__", (t, a, k) -> 16L);
    }

    private static void typeMethods() {
        PyType ty = Types.TYPE;
        ty.ctor = (t, cls, a, k) -> {
            int n = Args.npos(a, k);
            if (n == 1) {
                return Ops.typeOf(a[0]);
            }
            if (n == 3) {
                String name = Args.str(a[0], "type.__new__() argument 1");
                Object[] bs = Ops.toArray(a[1]);
                PyType[] bases = new PyType[bs.length];
                for (int i = 0; i < bs.length; i++) {
                    bases[i] = (PyType) bs[i];
                }
                java.util.LinkedHashMap<String, Object> ns = new java.util.LinkedHashMap<>();
                for (var e : ((PyDict) a[2]).entries()) {
                    ns.put((String) e.getKey(), e.getValue());
                }
                ns.putIfAbsent("__module__", t.top == null ? "__main__" : t.top.globals.name);
                return Instantiate.makeClass(name, bases, ns);
            }
            throw Err.type("type() takes 1 or 3 arguments");
        };
        def(ty, "__repr__", (t, a, k) -> a[0].toString());
        def(ty, "__call__", (t, a, k) -> Ops.call(t, a[0], Arrays.copyOfRange(a, 1, a.length), k));
        def(ty, "__subclasses__", (t, a, k) -> new PyList());
        def(ty, "__instancecheck__", (t, a, k) -> PyType.isinstance(a[1], a[0]));
        def(ty, "__subclasscheck__", (t, a, k) -> PyType.issubclass(a[1], a[0]));
    }

    // ---------------------------------------------------------------- list

    private static PyList self(Object o) {
        if (o instanceof PyList l) {
            return l;
        }
        throw Err.type("descriptor requires a 'list' object but received a '" + Ops.typeName(o) + "'");
    }

    private static void listMethods() {
        PyType l = Types.LIST;
        l.ctor = (t, cls, a, k) -> {
            PyList r = cls == Types.LIST ? new PyList() : new PyListSub(cls);
            if (a.length > 0) {
                Object[] items = Ops.toArray(a[0]);
                r.replace(a[0] instanceof PyList ? items : items.clone());
            }
            return r;
        };
        def(l, "__init__", (t, a, k) -> {
            if (a.length > 1) {
                self(a[0]).replace(Ops.toArray(a[1]).clone());
            }
            return PyNone.NONE;
        });
        def(l, "append", (t, a, k) -> {
            Args.check("list.append", a, k, 2, 2);
            self(a[0]).append(a[1]);
            return PyNone.NONE;
        });
        def(l, "extend", (t, a, k) -> {
            Object[] items = Ops.toArray(a[1]);
            self(a[0]).extend(items, items.length);
            return PyNone.NONE;
        });
        def(l, "insert", (t, a, k) -> {
            self(a[0]).insert((int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, Ops.toLong(a[1]))), a[2]);
            return PyNone.NONE;
        });
        def(l, "pop", (t, a, k) -> self(a[0]).pop(a.length > 1 ? (int) Ops.toLong(a[1]) : -1));
        def(l, "remove", (t, a, k) -> {
            PyList x = self(a[0]);
            Object[] items = x.toArray();
            for (int i = 0; i < items.length; i++) {
                if (Ops.eq(items[i], a[1])) {
                    x.pop(i);
                    return PyNone.NONE;
                }
            }
            throw Err.value("list.remove(x): x not in list");
        });
        def(l, "index", (t, a, k) -> {
            Object[] items = self(a[0]).toArray();
            int start = a.length > 2 ? (int) clampIndex(Ops.toLong(a[2]), items.length) : 0;
            int stop = a.length > 3 ? (int) clampIndex(Ops.toLong(a[3]), items.length) : items.length;
            for (int i = start; i < stop; i++) {
                if (Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value(Ops.repr(a[1]) + " is not in list");
        });
        def(l, "count", (t, a, k) -> {
            long n = 0;
            for (Object o : self(a[0]).toArray()) {
                if (Ops.eq(o, a[1])) {
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
            if (Args.npos(a, k) > 1) {
                throw Err.type("sort() takes no positional arguments");
            }
            PyList.sortList(t, self(a[0]), Args.kw(a, k, "key"), Args.kw(a, k, "reverse"));
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
    private static void sequenceDunders(PyType t) {
        def(t, "__len__", (th, a, k) -> Ops.len(a[0]));
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
            if (v == null) {
                Object miss = d.type().lookup("__missing__");
                if (miss != null) {
                    return Ops.call(PyThread.current(), miss, new Object[] {d, k}, null);
                }
                throw Err.key(k);
            }
            return v;
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
        return Ops.contains(o, k);
    }

    static Object builtinIter(Object o) {
        if (o instanceof PyDict d) {
            return new PyIter.DictIter(d, 0);
        }
        if (o instanceof PyList l) {
            return new PyIter.ListIter(l);
        }
        return Ops.iter(o);
    }

    static String builtinRepr(Object o) {
        if (o instanceof PyDict d) {
            PyDict plain = new PyDict();
            for (var e : d.entries()) {
                plain.put(e.getKey(), e.getValue());
            }
            return Ops.repr(plain);
        }
        if (o instanceof PyList l) {
            return Ops.repr(new PyList(l.toArray()));
        }
        return Ops.repr(o);
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

    // ---------------------------------------------------------------- tuple

    private static void tupleMethods() {
        PyType tp = Types.TUPLE;
        tp.ctor = (t, cls, a, k) -> {
            if (cls != Types.TUPLE) {
                return new PyTuple.Sub(cls, a.length == 0 ? new Object[0] : Ops.toArray(a[0]).clone());
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple tu && tu.getClass() == PyTuple.class) {
                return tu;
            }
            return new PyTuple(Ops.toArray(a[0]).clone());
        };
        def(tp, "index", (t, a, k) -> {
            Object[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < items.length; i++) {
                if (Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value("tuple.index(x): x not in tuple");
        });
        def(tp, "count", (t, a, k) -> {
            long n = 0;
            for (Object o : ((PyTuple) a[0]).items) {
                if (Ops.eq(o, a[1])) {
                    n++;
                }
            }
            return n;
        });
        def(tp, "__hash__", (t, a, k) -> (long) a[0].hashCode());
        sequenceDunders(tp);
    }

    // ---------------------------------------------------------------- dict

    private static PyDict dself(Object o) {
        if (o instanceof PyDict d) {
            return d;
        }
        throw Err.type("descriptor requires a 'dict' object but received a '" + Ops.typeName(o) + "'");
    }

    private static void dictMethods() {
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
        def(d, "get", (t, a, k) -> {
            Object v = dself(a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
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
        def(d, "setdefault", (t, a, k) -> {
            PyDict x = dself(a[0]);
            Object v = x.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : PyNone.NONE;
                x.put(a[1], v);
            }
            return v;
        });
        def(d, "update", (t, a, k) -> {
            PyDict x = dself(a[0]);
            int n = Args.npos(a, k);
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
            PyDict r = new PyDict();
            Object v = a.length > 2 ? a[2] : PyNone.NONE;
            for (Object key : Ops.toArray(a[1])) {
                r.put(key, v);
            }
            return r;
        });
        d.dict.put("fromkeys", new PyDescriptors.ClassMethod(d.dict.get("fromkeys")));
        def(d, "__or__", (t, a, k) -> BinOp.OR.apply(a[0], a[1]));
        sequenceDunders(d);
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
            def(vt, "__eq__", (t, a, k) -> a[1] instanceof DictView o
                ? new PySet(new HashSet<>(Arrays.asList(keysOf((DictView) a[0]))), true).equals(new PySet(new HashSet<>(Arrays.asList(keysOf(o))), true))
                : a[1] instanceof PySet s && new HashSet<>(Arrays.asList(keysOf((DictView) a[0]))).equals(s.set));
            for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__"}) {
                BinOp bop = op.equals("__and__") ? BinOp.AND : op.equals("__or__") ? BinOp.OR : op.equals("__sub__") ? BinOp.SUB : BinOp.XOR;
                def(vt, op, (t, a, k) -> bop.apply(toSet(a[0]), toSet(a[1])));
            }
            def(vt, "isdisjoint", (t, a, k) -> {
                HashSet<Object> x = new HashSet<>(Arrays.asList(keysOf((DictView) a[0])));
                for (Object o : Ops.toArray(a[1])) {
                    if (x.contains(Ops.key(o))) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    static Object[] keysOf(DictView v) {
        Object[] items = v.items();
        for (int i = 0; i < items.length; i++) {
            items[i] = Ops.key(items[i]);
        }
        return items;
    }

    private static PySet toSet(Object o) {
        PySet s = new PySet(false);
        for (Object x : Ops.toArray(o)) {
            s.add(x);
        }
        return s;
    }

    static void dictInit(PyDict r, Object[] a, String[] k) {
        int n = Args.npos(a, k);
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

    // ---------------------------------------------------------------- set

    private static PySet sself(Object o) {
        return (PySet) o;
    }

    private static void setMethods() {
        for (PyType st : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = st == Types.FROZENSET;
            st.ctor = (t, cls, a, k) -> {
                PySet s = new PySet(frozen);
                if (a.length > 0) {
                    for (Object o : Ops.toArray(a[0])) {
                        s.add(o);
                    }
                }
                return s;
            };
            def(st, "union", (t, a, k) -> {
                PySet r = new PySet(new HashSet<>(sself(a[0]).set), frozen);
                for (int i = 1; i < a.length; i++) {
                    for (Object o : Ops.toArray(a[i])) {
                        r.add(o);
                    }
                }
                return r;
            });
            def(st, "intersection", (t, a, k) -> {
                PySet r = new PySet(new HashSet<>(sself(a[0]).set), frozen);
                for (int i = 1; i < a.length; i++) {
                    r.set.retainAll(toSet(a[i]).set);
                }
                return r;
            });
            def(st, "difference", (t, a, k) -> {
                PySet r = new PySet(new HashSet<>(sself(a[0]).set), frozen);
                for (int i = 1; i < a.length; i++) {
                    r.set.removeAll(toSet(a[i]).set);
                }
                return r;
            });
            def(st, "symmetric_difference", (t, a, k) -> BinOp.XOR.apply(a[0], toSet(a[1])));
            def(st, "issubset", (t, a, k) -> toSet(a[1]).set.containsAll(sself(a[0]).set));
            def(st, "issuperset", (t, a, k) -> sself(a[0]).set.containsAll(toSet(a[1]).set));
            def(st, "isdisjoint", (t, a, k) -> {
                HashSet<Object> x = new HashSet<>(sself(a[0]).set);
                x.retainAll(toSet(a[1]).set);
                return x.isEmpty();
            });
            def(st, "copy", (t, a, k) -> new PySet(new HashSet<>(sself(a[0]).set), frozen));
            def(st, "__len__", (t, a, k) -> (long) sself(a[0]).size());
            def(st, "__contains__", (t, a, k) -> sself(a[0]).contains(a[1]));
            def(st, "__iter__", (t, a, k) -> Ops.iter(a[0]));
            def(st, "__repr__", (t, a, k) -> Ops.repr(a[0]));
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
            sself(a[0]).set.retainAll(toSet(a[1]).set);
            return PyNone.NONE;
        });
        def(s, "difference_update", (t, a, k) -> {
            sself(a[0]).set.removeAll(toSet(a[1]).set);
            return PyNone.NONE;
        });
        s.dict.put("__hash__", PyNone.NONE);
    }

    // ---------------------------------------------------------------- numbers

    private static void numberCtors() {
        Types.INT.ctor = (t, cls, a, k) -> {
            int n = Args.npos(a, k);
            Object base = Args.get(a, k, 1, "base", null);
            Object v = n == 0 ? (Object) 0L : toInt(a[0], base);
            return cls == Types.INT ? v : new PyValueSub(cls, v);
        };
        Types.FLOAT.ctor = (t, cls, a, k) -> {
            Object v = a.length == 0 ? (Object) 0.0 : toFloat(a[0]);
            return cls == Types.FLOAT ? v : new PyValueSub(cls, v);
        };
        Types.BOOL.ctor = (t, cls, a, k) -> a.length > 0 && Ops.truthy(a[0]);
        def(Types.INT, "bit_length", (t, a, k) -> (long) Ops.big(a[0]).abs().bitLength());
        def(Types.INT, "bit_count", (t, a, k) -> (long) Ops.big(a[0]).abs().bitCount());
        def(Types.INT, "to_bytes", (t, a, k) -> {
            int len = (int) Ops.toLong(Args.get(a, k, 1, "length", 1L));
            String order = byteOrder(Args.get(a, k, 2, "byteorder", "big"));
            boolean signed = Ops.truthy(Args.kw(a, k, "signed") == null ? false : Args.kw(a, k, "signed"));
            BigInteger v = Ops.big(a[0]);
            if (len < 0) {
                throw Err.value("length argument must be non-negative");
            }
            if (!signed && v.signum() < 0) {
                throw Err.overflow("can't convert negative int to unsigned");
            }
            // two's complement needs bitLength + 1 bits when signed, bitLength when not
            if ((signed ? v.bitLength() + 1 : v.bitLength()) > 8L * len) {
                throw Err.overflow("int too big to convert");
            }
            byte[] raw = v.toByteArray();
            byte[] out = new byte[len];
            java.util.Arrays.fill(out, v.signum() < 0 ? (byte) -1 : 0);
            for (int i = 0; i < len && i < raw.length; i++) {
                out[len - 1 - i] = raw[raw.length - 1 - i];
            }
            if (order.equals("little")) {
                for (int i = 0, j = len - 1; i < j; i++, j--) {
                    byte x = out[i];
                    out[i] = out[j];
                    out[j] = x;
                }
            }
            return new PyBytes(out);
        });
        def(Types.INT, "from_bytes", (t, a, k) -> {
            byte[] b = ((PyBytes) a[1]).data.clone();
            String order = byteOrder(Args.get(a, k, 2, "byteorder", "big"));
            boolean signed = Ops.truthy(Args.kw(a, k, "signed") == null ? false : Args.kw(a, k, "signed"));
            if (order.equals("little")) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte x = b[i];
                    b[i] = b[j];
                    b[j] = x;
                }
            }
            return Ops.normalize(signed && b.length > 0 ? new BigInteger(b) : new BigInteger(1, b));
        });
        Types.INT.dict.put("from_bytes", new PyDescriptors.ClassMethod(Types.INT.dict.get("from_bytes")));
        def(Types.INT, "__index__", (t, a, k) -> a[0]);
        def(Types.INT, "__int__", (t, a, k) -> a[0]);
        def(Types.INT, "__float__", (t, a, k) -> Ops.toDouble(a[0]));
        def(Types.INT, "__hash__", (t, a, k) -> Ops.hash(a[0]));
        def(Types.INT, "conjugate", (t, a, k) -> a[0]);
        def(Types.FLOAT, "is_integer", (t, a, k) -> {
            double d = (Double) a[0];
            return d == Math.rint(d) && !Double.isInfinite(d);
        });
        def(Types.FLOAT, "as_integer_ratio", (t, a, k) -> {
            java.math.BigDecimal bd = new java.math.BigDecimal((Double) a[0]);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(Ops.normalize(num.divide(g)), Ops.normalize(den.divide(g)));
        });
        def(Types.FLOAT, "__int__", (t, a, k) -> toInt(a[0], null));
        def(Types.FLOAT, "__float__", (t, a, k) -> a[0]);
        def(Types.FLOAT, "__hash__", (t, a, k) -> Ops.hash(a[0]));
        def(Types.FLOAT, "hex", (t, a, k) -> Double.toHexString((Double) a[0]));
        for (PyType nt : new PyType[] {Types.INT, Types.FLOAT}) {
            for (BinOp op : BinOp.values()) {
                def(nt, op.dunder, (t, a, k) -> BinOp.isNum(a[1]) ? op.apply(a[0], a[1]) : Types.NOT_IMPLEMENTED);
                def(nt, op.rdunder, (t, a, k) -> BinOp.isNum(a[1]) ? op.apply(a[1], a[0]) : Types.NOT_IMPLEMENTED);
            }
            for (Compare c : Compare.values()) {
                def(nt, c.dunder, (t, a, k) -> BinOp.isNum(a[1]) ? c.test(a[0], a[1]) : Types.NOT_IMPLEMENTED);
            }
            def(nt, "__repr__", (t, a, k) -> Ops.repr(a[0]));
            def(nt, "__str__", (t, a, k) -> Ops.str(a[0]));
            def(nt, "__format__", (t, a, k) -> Fmt.format(a[0], Ops.str(a[1])));
            def(nt, "__bool__", (t, a, k) -> Ops.truthy(a[0]));
            def(nt, "__neg__", (t, a, k) -> BinOp.SUB.apply(0L, a[0]));
            def(nt, "__abs__", (t, a, k) -> Ops.abs(a[0]));
        }
    }

    public static Object toInt(Object v, Object base) {
        v = PyValueSub.unwrap(v);
        if (base != null && base != PyNone.NONE) {
            if (!(v instanceof String || v instanceof PyBytes)) {
                throw Err.type("int() can't convert non-string with explicit base");
            }
            return parseInt(v instanceof PyBytes b ? new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1) : (String) v,
                (int) Ops.toLong(base));
        }
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Err.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Err.overflow("cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9e18) {
                return (long) (double) d;
            }
            return Ops.normalize(new java.math.BigDecimal(d).toBigInteger());
        }
        if (v instanceof String s) {
            return parseInt(s, 10);
        }
        if (v instanceof PyBytes b) {
            return parseInt(new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object f = Ops.typeOf(v).lookup(m);
            if (f != null) {
                return Ops.call(PyThread.current(), f, new Object[] {v}, null);
            }
        }
        throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '" + Ops.typeName(v) + "'");
    }

    static Object parseInt(String s, int base) {
        String orig = s;
        String x = s.strip().replace("_", "");
        boolean neg = false;
        if (x.startsWith("-") || x.startsWith("+")) {
            neg = x.startsWith("-");
            x = x.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String lx = x.toLowerCase();
            if (lx.startsWith("0x") && (base == 0 || base == 16)) {
                base = 16;
                x = x.substring(2);
            } else if (lx.startsWith("0o") && (base == 0 || base == 8)) {
                base = 8;
                x = x.substring(2);
            } else if (lx.startsWith("0b") && (base == 0 || base == 2)) {
                base = 2;
                x = x.substring(2);
            } else if (base == 0) {
                base = 10;
            }
        }
        try {
            if (x.isEmpty() || s.strip().contains("__") || s.strip().startsWith("_") || s.strip().endsWith("_")) {
                throw new NumberFormatException();
            }
            BigInteger b = new BigInteger(x, base);
            return Ops.normalize(neg ? b.negate() : b);
        } catch (NumberFormatException e) {
            throw Err.value("invalid literal for int() with base " + base + ": " + Ops.repr(orig));
        }
    }

    static Object toFloat(Object v) {
        v = PyValueSub.unwrap(v);
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            String x = s.strip().replace("_", "");
            String lx = x.toLowerCase();
            switch (lx) {
                case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan": return Double.NaN;
                default: break;
            }
            try {
                if (x.isEmpty() || !x.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(x);
            } catch (NumberFormatException e) {
                throw Err.value("could not convert string to float: " + Ops.repr(s));
            }
        }
        if (Ops.isInt(v)) {
            return Ops.toDouble(v);
        }
        Object f = Ops.typeOf(v).lookup("__float__");
        if (f != null) {
            return Ops.call(PyThread.current(), f, new Object[] {v}, null);
        }
        throw Err.type("float() argument must be a string or a real number, not '" + Ops.typeName(v) + "'");
    }

    // ---------------------------------------------------------------- iterators and generators

    private static void iteratorMethods() {
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
        def(g, "throw", (t, a, k) -> {
            Object v = a[1];
            PyBaseException e;
            if (v instanceof PyType type) {
                e = (PyBaseException) Ops.call(t, type, a.length > 2 && a[2] != PyNone.NONE ? new Object[] {a[2]} : new Object[0], null);
            } else {
                e = (PyBaseException) v;
            }
            return ((PyGenerator) a[0]).throwIn(t, new PyException(e));
        });
        def(g, "close", (t, a, k) -> {
            ((PyGenerator) a[0]).close(t);
            return PyNone.NONE;
        });
        def(g, "__repr__", (t, a, k) -> a[0].toString());
    }

    // ---------------------------------------------------------------- misc constructors

    private static void miscCtors() {
        Types.RANGE.ctor = (t, cls, a, k) -> {
            Args.noKw("range", k);
            if (a.length == 0) {
                throw Err.type("range expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw Err.type("range expected at most 3 arguments, got " + a.length);
            }
            for (Object o : a) {
                if (!Ops.isInt(o) && !(o instanceof PyInstance)) {
                    throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
                }
            }
            if (a.length == 1) {
                return new PyRange(0, Ops.toLong(a[0]), 1);
            }
            return new PyRange(Ops.toLong(a[0]), Ops.toLong(a[1]), a.length > 2 ? Ops.toLong(a[2]) : 1);
        };
        def(Types.RANGE, "__len__", (t, a, k) -> ((PyRange) a[0]).length());
        def(Types.RANGE, "__iter__", (t, a, k) -> Ops.iter(a[0]));
        def(Types.RANGE, "__getitem__", (t, a, k) -> Ops.getitem(a[0], a[1]));
        def(Types.RANGE, "__contains__", (t, a, k) -> Ops.contains(a[0], a[1]));
        def(Types.RANGE, "index", (t, a, k) -> {
            PyRange r = (PyRange) a[0];
            if (!Ops.contains(r, a[1])) {
                throw Err.value(Ops.repr(a[1]) + " is not in range");
            }
            return (Ops.toLong(a[1]) - r.start) / r.step;
        });
        def(Types.RANGE, "count", (t, a, k) -> Ops.contains(a[0], a[1]) ? 1L : 0L);
        Types.SLICE.ctor = (t, cls, a, k) -> a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
            : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        def(Types.SLICE, "indices", (t, a, k) -> {
            long[] ix = ((PySlice) a[0]).indices(Ops.toLong(a[1]));
            return PyTuple.of(ix[0], ix[1], ix[2]);
        });
        Types.STR.ctor = (t, cls, a, k) -> {
            String v;
            if (a.length == 0) {
                v = "";
            } else if (a[0] instanceof PyBytes b && a.length > 1) {
                v = BytesMethods.decode(b, Ops.str(a[1]), a.length > 2 ? Ops.str(a[2]) : "strict");
            } else {
                v = Ops.str(a[0]);
            }
            return cls == Types.STR ? v : new PyValueSub(cls, v);
        };
        Types.PROPERTY.ctor = (t, cls, a, k) -> new PyDescriptors.Property(Args.get(a, k, 0, "fget", PyNone.NONE),
            Args.get(a, k, 1, "fset", null), Args.get(a, k, 2, "fdel", null));
        Types.STATICMETHOD.ctor = (t, cls, a, k) -> new PyDescriptors.StaticMethod(a[0]);
        Types.CLASSMETHOD.ctor = (t, cls, a, k) -> new PyDescriptors.ClassMethod(a[0]);
        def(Types.PROPERTY, "__get__", (t, a, k) -> a[1] == PyNone.NONE ? a[0]
            : Ops.call(t, ((PyDescriptors.Property) a[0]).fget, new Object[] {a[1]}, null));
        Types.SUPER.ctor = (t, cls, a, k) -> makeSuper(t, a);
        Types.ENUMERATE.ctor = (t, cls, a, k) -> {
            Object it = Ops.iter(a[0]);
            long[] i = {Ops.toLong(Args.get(a, k, 1, "start", 0L))};
            return new PyIter.Fn(Types.ENUMERATE, th -> {
                Object v = Ops.next(th, it);
                return v == null ? null : PyTuple.of(i[0]++, v);
            });
        };
        Types.ZIP.ctor = (t, cls, a, k) -> {
            int n = Args.npos(a, k);
            boolean strict = Ops.truthy(Args.get(a, k, n, "strict", false));
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i]);
            }
            return new PyIter.Fn(Types.ZIP, th -> {
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
        };
        Types.MAP.ctor = (t, cls, a, k) -> {
            Object fn = a[0];
            int n = a.length - 1;
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) {
                its[i] = Ops.iter(a[i + 1]);
            }
            return new PyIter.Fn(Types.MAP, th -> {
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
        };
        Types.FILTER.ctor = (t, cls, a, k) -> {
            Object fn = a[0];
            Object it = Ops.iter(a[1]);
            return new PyIter.Fn(Types.FILTER, th -> {
                Object v;
                while ((v = Ops.next(th, it)) != null) {
                    if (fn == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(th, fn, new Object[] {v}, null))) {
                        return v;
                    }
                }
                return null;
            });
        };
        Types.REVERSED.ctor = (t, cls, a, k) -> {
            Object seq = a[0];
            if (seq instanceof PyRange r) {
                long n = r.length();
                return new PyIter.RangeIter(r.start + (n - 1) * r.step, r.start - r.step, -r.step);
            }
            Object m = Ops.typeOf(seq).lookup("__reversed__");
            if (m != null && !(Ops.typeOf(seq).builtin)) {
                return Ops.call(t, m, new Object[] {seq}, null);
            }
            if (seq instanceof PyInstance && Ops.typeOf(seq).lookup("__getitem__") != null) {
                long[] i = {Ops.len(seq)};
                return new PyIter.Fn(Types.REVERSED, th -> i[0] <= 0 ? null : Ops.getitem(seq, --i[0]));
            }
            Object[] items = seq instanceof PyDict d ? d.keysArray() : Ops.toArray(seq);
            if (seq instanceof PySet) {
                throw Err.type("'set' object is not reversible");
            }
            int[] i = {items.length};
            return new PyIter.Fn(Types.REVERSED, th -> i[0] <= 0 ? null : items[--i[0]]);
        };
    }

    /** {@code super()} and {@code super(cls, obj)}. Zero-argument form reads the caller's frame. */
    static Object makeSuper(PyThread t, Object[] a) {
        if (a.length >= 2) {
            return new PyDescriptors.Super((PyType) a[0], a[1]);
        }
        PyFrame f = t.top;
        if (f == null || f.function == null || f.function.owner == null || f.code.argcount == 0) {
            throw Err.runtime("super(): no arguments");
        }
        Object self = f.slots[0];
        if (self instanceof PyCell c) {
            self = c.value;
        }
        return new PyDescriptors.Super(f.function.owner, self);
    }

    // ---------------------------------------------------------------- exceptions

    private static void exceptionMethods() {
        PyType b = Types.BaseException;
        def(b, "__init__", (t, a, k) -> {
            if (a[0] instanceof PyBaseException e) {
                e.args = new PyTuple(Arrays.copyOfRange(a, 1, Args.npos(a, k)));
            }
            return PyNone.NONE;
        });
        def(b, "with_traceback", (t, a, k) -> a[0]);
        def(b, "add_note", (t, a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object notes = e.getDictAttr("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.putDictAttr("__notes__", notes);
            }
            ((PyList) notes).append(a[1]);
            return PyNone.NONE;
        });
        def(b, "__str__", (t, a, k) -> Ops.excStr((PyBaseException) a[0]));
        def(b, "__repr__", (t, a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = e.args.items;
            return e.type().name + (args.length == 1 ? "(" + Ops.repr(args[0]) + ")" : Ops.repr(e.args));
        });
    }

    static List<Object> list(Object[] a) {
        return new ArrayList<>(Arrays.asList(a));
    }

    private static String byteOrder(Object o) {
        String order = Ops.str(o);
        if (!order.equals("big") && !order.equals("little")) {
            throw Err.value("byteorder must be either 'little' or 'big'");
        }
        return order;
    }
}
