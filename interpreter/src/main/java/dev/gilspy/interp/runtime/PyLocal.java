package dev.gilspy.interp.runtime;

import java.util.HashMap;

/** {@code _thread._local}: an object whose attributes are per thread. */
public final class PyLocal extends PyInstance {
    public static final PyType LOCAL = Types.builtin("_local");

    static {
        LOCAL.module = "_thread";
        LOCAL.ctor = (t, cls, a, k) -> new PyLocal(cls);
        Methods.def(LOCAL, "__init__", (t, a, k) -> PyNone.NONE);
        LOCAL.finishInit();
    }

    private final ThreadLocal<HashMap<String, Object>> local = ThreadLocal.withInitial(HashMap::new);

    PyLocal(PyType cls) {
        super(cls);
        useDictOnly();
    }

    @Override
    public Object getDictAttr(String name) {
        return local.get().get(name);
    }

    @Override
    public void putDictAttr(String name, Object v) {
        local.get().put(name, v);
    }

    Object removeLocal(String name) {
        return local.get().remove(name);
    }
}
