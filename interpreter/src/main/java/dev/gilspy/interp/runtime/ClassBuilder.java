package dev.gilspy.interp.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a {@code class} statement that CPython's {@code __build_class__} takes, and
 * {@code type.__new__}: resolving {@code __mro_entries__}, choosing the most derived metaclass,
 * {@code __prepare__}, then calling the metaclass with the filled namespace.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    /**
     * Built-in types whose Python subclasses derive from another class instead: {@code _io}'s
     * TextIOWrapper and buffered classes are gilspy's open() files in Java, and a subclass of one
     * (test_argparse's StdIOBuffer) derives from CPython's {@code _pyio} class of that name, which
     * their constructors already build for a buffer the program made.
     */
    private static final java.util.Map<PyType, java.util.function.Supplier<Object>> STAND_INS =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** A class statement with {@code type} among its bases derives from {@code standIn.get()} instead. */
    public static void standInForSubclasses(PyType type, java.util.function.Supplier<Object> standIn) {
        STAND_INS.put(type, standIn);
    }

    /** The bases after {@code __mro_entries__}; the same array when no base needed replacing. */
    public static Object[] resolveBases(Object[] bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (b instanceof PyType pt) {
                java.util.function.Supplier<Object> standIn = STAND_INS.isEmpty() ? null : STAND_INS.get(pt);
                if (standIn != null && out == null) {
                    out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
                }
                if (out != null) {
                    out.add(standIn != null ? standIn.get() : b);
                }
                continue;
            }
            Object me = Ops.getattrOrNull(b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            Object r = Ops.call(PyThread.current(), me, new Object[] {new PyTuple(bases.clone())}, null);
            if (!(r instanceof PyTuple tu)) {
                throw Err.type("__mro_entries__ must return a tuple");
            }
            out.addAll(Arrays.asList(tu.items));
        }
        return out == null ? bases : out.toArray();
    }

    /** The metaclass a class with these bases gets: the explicit one or the most derived of the bases'. */
    public static Object selectMetaclass(Object explicit, Object[] bases) {
        Object meta = explicit;
        if (meta == null) {
            meta = bases.length == 0 ? Types.TYPE : Ops.typeOf(bases[0]);
        }
        if (meta instanceof PyType mt) {
            return mostDerived(mt, bases);
        }
        return meta;
    }

    static PyType mostDerived(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = Ops.typeOf(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Err.type("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code meta.__prepare__(name, bases, **kw)}, or a fresh dict when the metaclass has none. */
    public static Object prepare(PyThread t, Object meta, String name, Object[] bases, String[] kwNames, Object[] kwValues) {
        Object prep = Ops.getattrOrNull(meta, "__prepare__");
        if (prep == null) {
            return new PyDict();
        }
        Object[] args = new Object[2 + kwValues.length];
        args[0] = name;
        args[1] = new PyTuple(bases.clone());
        System.arraycopy(kwValues, 0, args, 2, kwValues.length);
        Object ns = Ops.call(t, prep, args, kwNames.length == 0 ? null : kwNames);
        if (!(ns instanceof PyDict) && Ops.typeOf(ns).lookup("__getitem__") == null) {
            throw Err.type((meta instanceof PyType mt ? mt.name : "<metaclass>") + ".__prepare__() must return a mapping, not "
                + Ops.typeName(ns));
        }
        return ns;
    }

    /** The class body's view of the namespace: a plain dict is used directly, any other mapping through its dunders. */
    public static Map<String, Object> namespaceView(Object ns) {
        if (ns instanceof PyDict d && d.type() == Types.DICT) {
            return new DictView(d);
        }
        return new MappingView(ns);
    }

    /** Calls the metaclass with the filled namespace: {@code meta(name, bases, ns, **kw)}. */
    public static Object build(PyThread t, Object meta, String name, Object[] bases, Object ns, String[] kwNames, Object[] kwValues) {
        Object[] args = new Object[3 + kwValues.length];
        args[0] = name;
        args[1] = new PyTuple(bases.clone());
        args[2] = ns;
        System.arraycopy(kwValues, 0, args, 3, kwValues.length);
        String[] kw = kwNames.length == 0 ? null : kwNames;
        if (meta == Types.TYPE) {
            return typeNew(t, Types.TYPE, args, kw);
        }
        return Ops.call(t, meta, args, kw);
    }

    /** {@code type.__new__(mcls, name, bases, ns, **kw)}: a new class whose type is the most derived metaclass. */
    static Object typeNew(PyThread t, PyType mcls, Object[] a, String[] kw) {
        int n = BuiltinArgs.npos(a, kw);
        if (n != 3) {
            throw Err.type("type.__new__() takes exactly 3 arguments (" + n + " given)");
        }
        String name = BuiltinArgs.str(a[0], "type.__new__() argument 1");
        if (!(a[1] instanceof PyTuple bt)) {
            throw Err.type("type.__new__() argument 2 must be tuple, not " + Ops.typeName(a[1]));
        }
        if (!(a[2] instanceof PyDict d)) {
            throw Err.type("type.__new__() argument 3 must be dict, not " + Ops.typeName(a[2]));
        }
        PyType[] bases = new PyType[bt.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bt.items[i] instanceof PyType b)) {
                throw Err.type("bases must be types");
            }
            bases[i] = b;
        }
        PyType winner = mostDerived(mcls, bt.items);
        LinkedHashMap<String, Object> ns = new LinkedHashMap<>();
        for (var e : d.entries()) {
            if (!(e.getKey() instanceof String k)) {
                throw Err.type("type.__new__(): namespace keys must be strings");
            }
            ns.put(k, e.getValue());
        }
        if (!ns.containsKey("__module__")) {
            PyFrame top = t.top;
            ns.put("__module__", top == null ? "__main__" : top.globals.name);
        }
        ns.putIfAbsent("__doc__", PyNone.NONE);
        String[] kwNames = kw == null ? new String[0] : kw;
        Object[] kwValues = Arrays.copyOfRange(a, n, a.length);
        return Instantiate.makeClass(name, bases, ns, kwNames, kwValues, winner == Types.TYPE ? null : winner);
    }

    /** {@code type(name, bases, dict)}: picks the metaclass from the bases as a class statement would. */
    static Object typeCall3(PyThread t, Object[] a, String[] kw) {
        Object[] bases = Ops.toArray(a[1]);
        PyType meta = mostDerived(Types.TYPE, bases);
        if (meta != Types.TYPE) {
            return Ops.call(t, meta, a, kw);
        }
        Object[] args = a.clone();
        args[1] = new PyTuple(bases);
        return typeNew(t, Types.TYPE, args, kw);
    }

    /** A plain dict namespace seen as a Java map. */
    private static final class DictView extends AbstractMap<String, Object> {
        private final PyDict d;
        DictView(PyDict d) { this.d = d; }
        @Override public Object get(Object k) { return d.get(k); }
        @Override public Object put(String k, Object v) {
            d.put(k, v);
            return null;
        }
        @Override public Object remove(Object k) { return d.remove(k); }
        // size and entries, a snapshot: instrumentation that hooks Map.get (Jazzer's, left in a test JVM) reads them
        @Override public int size() { return d.size(); }
        @Override public Set<Entry<String, Object>> entrySet() {
            java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
            for (Object key : d.keysArray()) {
                if (key instanceof String s) {
                    copy.put(s, d.get(key));
                }
            }
            return copy.entrySet();
        }
    }

    /** A {@code __prepare__} mapping seen as a Java map: reads and writes call its dunders. */
    private static final class MappingView extends AbstractMap<String, Object> {
        private final Object ns;
        MappingView(Object ns) { this.ns = ns; }
        @Override public Object get(Object k) {
            try {
                return Ops.getitem(ns, k);
            } catch (PyException e) {
                if (Err.matches(e, Types.KeyError)) {
                    return null;
                }
                throw e;
            }
        }
        @Override public Object put(String k, Object v) {
            Ops.setitem(ns, k, v);
            return null;
        }
        @Override public Object remove(Object k) {
            try {
                Object old = Ops.getitem(ns, k);
                Seq.delitem(ns, k);
                return old;
            } catch (PyException e) {
                if (Err.matches(e, Types.KeyError)) {
                    return null;
                }
                throw e;
            }
        }
        @Override public int size() {
            try {
                return (int) Ops.len(ns);
            } catch (PyException e) {
                return 0; // a mapping without __len__: only instrumentation asks
            }
        }
        @Override public Set<Entry<String, Object>> entrySet() { return java.util.Collections.emptySet(); }
    }
}
