package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _pickle}, Modules/_pickle.c in Java: {@code Pickler}, {@code Unpickler}, {@code dump(s)},
 * {@code load(s)} and the three errors, so CPython's {@code pickle.py} runs on it. The GIL is held
 * throughout, as in CPython ({@code _pickle.c} never releases it).
 */
public final class PickleModule {
    private PickleModule() {}

    static final PyType PickleError = excType("PickleError", Types.Exception);
    static final PyType PicklingError = excType("PicklingError", PickleError);
    static final PyType UnpicklingError = excType("UnpicklingError", PickleError);

    static {
        PicklerObj.install();
        UnpicklerObj.install();
        PickleBufferObj.install();
    }

    private static PyType excType(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, PyType.Layout.EXCEPTION, false);
        t.module = "_pickle";
        t.finishInit();
        return t;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_pickle");
        m.put("PickleError", PickleError);
        m.put("PicklingError", PicklingError);
        m.put("UnpicklingError", UnpicklingError);
        m.put("Pickler", PicklerObj.TYPE);
        m.put("Unpickler", UnpicklerObj.TYPE);
        m.put("PickleBuffer", PickleBufferObj.TYPE);
        m.def("dumps", (t, a, k) -> {
            BuiltinArgs.check("dumps", a, k, 1, 2);
            PicklerObj p = new PicklerObj(PicklerObj.TYPE);
            p.init(t, null, BuiltinArgs.get(a, k, 1, "protocol", PyNone.NONE),
                Ops.truthy(kw(a, k, "fix_imports", Boolean.TRUE)), kw(a, k, "buffer_callback", PyNone.NONE));
            p.dump(t, a[0]);
            return new PyBytes(p.result());
        });
        m.def("dump", (t, a, k) -> {
            BuiltinArgs.check("dump", a, k, 1, 3);
            Object file = BuiltinArgs.get(a, k, 1, "file", null);
            if (file == null) {
                throw Err.type("dump() missing required argument 'file' (pos 2)");
            }
            PicklerObj p = new PicklerObj(PicklerObj.TYPE);
            p.init(t, file, BuiltinArgs.get(a, k, 2, "protocol", PyNone.NONE),
                Ops.truthy(kw(a, k, "fix_imports", Boolean.TRUE)), kw(a, k, "buffer_callback", PyNone.NONE));
            p.dump(t, a[0]);
            p.flush(t);
            return PyNone.NONE;
        });
        m.def("loads", (t, a, k) -> {
            BuiltinArgs.check("loads", a, k, 1, 1);
            UnpicklerObj u = new UnpicklerObj(UnpicklerObj.TYPE);
            u.init(null, a, k);
            u.setData(bytesOf(a[0]));
            return new Loader(u, t).load();
        });
        m.def("load", (t, a, k) -> {
            BuiltinArgs.check("load", a, k, 1, 1);
            UnpicklerObj u = new UnpicklerObj(UnpicklerObj.TYPE);
            u.init(a[0], a, k);
            return new Loader(u, t).load();
        });
        m.put("HIGHEST_PROTOCOL", (long) Op.HIGHEST_PROTOCOL);
        m.put("DEFAULT_PROTOCOL", (long) Op.DEFAULT_PROTOCOL);
        return m;
    }

    private static Object kw(Object[] a, String[] k, String name, Object def) {
        Object v = BuiltinArgs.kw(a, k, name);
        return v == null ? def : v;
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.data().clone();
        }
        if (o instanceof String) {
            throw Err.type("a bytes-like object is required, not 'str'");
        }
        Object tb = Ops.getattrOrNull(o, "tobytes");
        if (tb != null && Ops.call(tb) instanceof PyBytes b) {
            return b.data();
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }
}
