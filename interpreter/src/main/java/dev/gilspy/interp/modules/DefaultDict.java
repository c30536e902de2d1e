package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeAttrs;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;

/** {@code collections.defaultdict}: a dict whose {@code __missing__} calls {@code default_factory}. */
final class DefaultDict extends PyDict implements NativeAttrs {
    static final PyType TYPE = NativeTypes.newType("defaultdict", "collections", Types.DICT, DefaultDict::construct);

    private final PyType cls;
    Object factory = PyNone.NONE;
    private PyDict attrs;

    DefaultDict(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    @Override
    public PyDict instanceDict() {
        if (attrs == null && !NativeTypes.isBuiltin(cls)) {
            attrs = new PyDict();
        }
        return attrs;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        DefaultDict d = new DefaultDict(cls);
        if (cls == TYPE) {
            d.init(t, a, k);
        }
        return d;
    }

    void init(PyThread t, Object[] a, String[] k) {
        int npos = k == null ? a.length : a.length - k.length;
        Object[] rest = a;
        if (npos > 0) {
            Object f = a[0];
            if (f != PyNone.NONE && !CollectionsModule.callable(f)) {
                throw Err.type("first argument must be callable or None");
            }
            factory = f;
            rest = Arrays.copyOfRange(a, 1, a.length);
        }
        Ops.call(t, Types.DICT.lookup("__init__"), prepend(this, rest), k);
    }

    private static Object[] prepend(Object o, Object[] a) {
        Object[] r = new Object[a.length + 1];
        r[0] = o;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    static DefaultDict self(Object o) {
        if (o instanceof DefaultDict d) {
            return d;
        }
        throw Err.type("descriptor requires a 'collections.defaultdict' object but received a '" + Ops.typeName(o) + "'");
    }

    private DefaultDict copyOf() {
        DefaultDict r = new DefaultDict(cls);
        r.factory = factory;
        for (var e : entries()) {
            r.put(e.getKey(), e.getValue());
        }
        return r;
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            self(a[0]).init(t, Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__missing__", (t, a, k) -> {
            DefaultDict d = self(a[0]);
            if (d.factory == PyNone.NONE) {
                throw Err.key(a[1]);
            }
            Object v = Ops.call(t, d.factory, new Object[0], null);
            Ops.setitem(d, a[1], v);
            return v;
        });
        NativeTypes.getset(T, "default_factory", o -> self(o).factory, (o, v) -> self(o).factory = v);
        NativeTypes.def(T, "copy", (t, a, k) -> self(a[0]).copyOf());
        NativeTypes.def(T, "__copy__", (t, a, k) -> self(a[0]).copyOf());
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            DefaultDict d = self(a[0]);
            Object args = d.factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(d.factory);
            return PyTuple.of(d.cls, args, PyNone.NONE, PyNone.NONE, Ops.iter(Ops.call(t, Types.DICT.lookup("items"), new Object[] {d}, null)));
        });
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            DefaultDict d = self(a[0]);
            String f;
            if (d.factory == PyNone.NONE) {
                f = "None";
            } else if (!ReprGuard.enter(d)) {
                f = "...";
            } else {
                try {
                    f = StrRepr.repr(d.factory);
                } finally {
                    ReprGuard.exit(d);
                }
            }
            PyDict plain = new PyDict();
            for (var e : d.entries()) {
                plain.put(e.getKey(), e.getValue());
            }
            String body = ReprGuard.enter(d) ? reprBody(plain, d) : "{...}";
            return d.cls.name + "(" + f + ", " + body + ")";
        });
        NativeTypes.def(T, "__or__", (t, a, k) -> {
            if (!(a[1] instanceof PyDict o)) {
                return Types.NOT_IMPLEMENTED;
            }
            DefaultDict r = self(a[0]).copyOf();
            PyDict.updateDict(r, o);
            return r;
        });
        NativeTypes.def(T, "__ior__", (t, a, k) -> {
            PyDict.updateDict(self(a[0]), a[1]);
            return a[0];
        });
        NativeTypes.ready(T);
    }

    private static String reprBody(PyDict plain, DefaultDict d) {
        try {
            return StrRepr.repr(plain);
        } finally {
            ReprGuard.exit(d);
        }
    }
}
