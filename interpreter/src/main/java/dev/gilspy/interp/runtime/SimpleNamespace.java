package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

/** {@code types.SimpleNamespace} (CPython's Objects/namespaceobject.c): {@code sys.implementation}'s type. */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = create();

    private static PyType create() {
        PyType t = new PyType("SimpleNamespace", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
        t.module = "types";
        def(t, "__init__", (th, a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length - nk > 1) {
                throw Err.type("no positional arguments expected");
            }
            PyInstance self = (PyInstance) a[0];
            for (int i = 0; i < nk; i++) {
                self.putDictAttr(k[i], a[a.length - nk + i]);
            }
            return PyNone.NONE;
        });
        def(t, "__repr__", (th, a, k) -> {
            PyInstance self = (PyInstance) a[0];
            String name = self.cls == TYPE ? "namespace" : self.cls.name;
            return StrRepr.guarded(self, name + "(...)", () -> {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (Object key : self.dict().keysArray()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(StrRepr.str(key)).append('=').append(StrRepr.repr(self.dict().get(key)));
                }
                return sb.append(')').toString();
            });
        });
        def(t, "__eq__", (th, a, k) -> {
            if (a[0] instanceof PyInstance x && a[1] instanceof PyInstance y && x.cls.isSubtypeOf(TYPE) && y.cls.isSubtypeOf(TYPE)) {
                return Ops.eq(x.dict(), y.dict());
            }
            return Types.NOT_IMPLEMENTED;
        });
        t.dict.put("__hash__", PyNone.NONE);
        t.finishInit();
        return t;
    }

    /** A new namespace holding {@code attrs}, in order (for {@code sys.implementation} and the like). */
    public static PyInstance of(java.util.Map<String, Object> attrs) {
        PyInstance ns = new PyInstance(TYPE);
        attrs.forEach(ns::putDictAttr);
        return ns;
    }
}
