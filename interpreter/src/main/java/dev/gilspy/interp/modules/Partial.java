package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code functools.partial}: a callable with frozen leading arguments and keywords. As in CPython
 * a partial of a partial (without instance attributes) is flattened into one, and instances have a
 * {@code __dict__}.
 */
final class Partial extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("partial", "functools", null, Partial::construct);

    Object fn;
    PyTuple args;
    PyDict kw;

    Partial(PyType cls) { super(cls); }

    @Override protected boolean hasDict() { return true; }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        int npos = k == null ? a.length : a.length - k.length;
        if (npos < 1) {
            throw Err.type("type 'partial' takes at least one argument");
        }
        Object fn = a[0];
        Object[] pargs = new Object[0];
        PyDict pkw = null;
        if (fn instanceof Partial p && (p.instanceDict() == null || p.instanceDict().size() == 0)) {
            pargs = p.args.items;
            pkw = p.kw;
            fn = p.fn;
        }
        if (!CollectionsModule.callable(fn)) {
            throw Err.type("the first argument must be callable");
        }
        Partial r = new Partial(cls);
        r.fn = fn;
        r.args = new PyTuple(FunctoolsModule.concat(pargs, Arrays.copyOfRange(a, 1, npos)));
        r.kw = new PyDict();
        if (pkw != null) {
            for (var e : pkw.entries()) {
                r.kw.put(e.getKey(), e.getValue());
            }
        }
        for (int i = 0; k != null && i < k.length; i++) {
            r.kw.put(k[i], a[npos + i]);
        }
        return r;
    }

    Object call(PyThread t, Object[] a, String[] k) {
        int npos = k == null ? a.length : a.length - k.length;
        Object[] pos = FunctoolsModule.concat(args.items, Arrays.copyOfRange(a, 0, npos));
        if (kw.size() == 0 && k == null) {
            return Ops.call(t, fn, pos, null);
        }
        PyDict merged = new PyDict();
        for (var e : kw.entries()) {
            merged.put(e.getKey(), e.getValue());
        }
        for (int i = 0; k != null && i < k.length; i++) {
            merged.put(k[i], a[npos + i]);
        }
        List<Map.Entry<Object, Object>> entries = merged.entries();
        Object[] all = new Object[pos.length + entries.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[entries.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) entries.get(i).getKey();
            all[pos.length + i] = entries.get(i).getValue();
        }
        return Ops.call(t, fn, all, names);
    }

    static Partial self(Object o) {
        if (o instanceof Partial p) {
            return p;
        }
        throw Err.type("descriptor requires a 'functools.partial' object but received a '" + Ops.typeName(o) + "'");
    }

    private String repr() {
        String name = NativeTypes.isBuiltin(cls) ? "functools.partial" : cls.name;
        if (!ReprGuard.enter(this)) {
            return "...";
        }
        try {
            List<String> parts = new ArrayList<>();
            parts.add(StrRepr.repr(fn));
            for (Object x : args.items) {
                parts.add(StrRepr.repr(x));
            }
            for (var e : kw.entries()) {
                // The value is read before str(key) runs: that may replace it in the dict.
                Object value = e.getValue();
                String key = StrRepr.str(e.getKey());
                parts.add(key + "=" + StrRepr.repr(value));
            }
            return name + "(" + String.join(", ", parts) + ")";
        } finally {
            ReprGuard.exit(this);
        }
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "__call__", (t, a, k) -> self(a[0]).call(t, Arrays.copyOfRange(a, 1, a.length), k));
        NativeTypes.getter(T, "func", o -> self(o).fn);
        NativeTypes.getter(T, "args", o -> self(o).args);
        NativeTypes.getter(T, "keywords", o -> self(o).kw);
        NativeTypes.def(T, "__repr__", (t, a, k) -> self(a[0]).repr());
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            Partial p = self(a[0]);
            PyDict d = p.instanceDict();
            return PyTuple.of(Ops.typeOf(p), PyTuple.of(p.fn), PyTuple.of(p.fn, p.args,
                p.kw.size() == 0 ? PyNone.NONE : p.kw, d == null || d.size() == 0 ? PyNone.NONE : d));
        });
        NativeTypes.def(T, "__setstate__", (t, a, k) -> {
            Partial p = self(a[0]);
            if (!(a[1] instanceof PyTuple st)) {
                throw Err.type("argument to __setstate__ must be a tuple");
            }
            if (st.items.length != 4) {
                throw Err.type("invalid partial state");
            }
            Object fn = st.items[0];
            Object fnargs = st.items[1];
            Object kw = st.items[2];
            Object dict = st.items[3];
            if (!CollectionsModule.callable(fn) || !(fnargs instanceof PyTuple)
                || (kw != PyNone.NONE && !(kw instanceof PyDict)) || (dict != PyNone.NONE && !(dict instanceof PyDict))) {
                throw Err.type("invalid partial state");
            }
            p.fn = fn;
            p.args = Ops.typeOf(fnargs) == Types.TUPLE ? (PyTuple) fnargs : new PyTuple(((PyTuple) fnargs).items.clone());
            // As in CPython: an exact dict is kept (so a copy shares its keywords), a subclass is copied.
            if (kw instanceof PyDict kd && Ops.typeOf(kd) == Types.DICT) {
                p.kw = kd;
            } else {
                PyDict nkw = new PyDict();
                if (kw instanceof PyDict kd) {
                    for (var e : kd.entries()) {
                        nkw.put(e.getKey(), e.getValue());
                    }
                }
                p.kw = nkw;
            }
            // The state's dict replaces the instance dict; None empties it.
            p.setInstanceDict(dict instanceof PyDict dd ? dd : null);
            return PyNone.NONE;
        });
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.ready(T);
    }
}
