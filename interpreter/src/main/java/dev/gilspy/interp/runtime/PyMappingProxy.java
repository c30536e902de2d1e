package dev.gilspy.interp.runtime;

/**
 * {@code mappingproxy}: what {@code cls.__dict__} returns. Here a snapshot of the mapping with a
 * type of its own (CPython's is a live read-only view; nothing in the standard library writes
 * through one or relies on seeing later changes in the same proxy).
 */
public final class PyMappingProxy extends PyDict {
    public static final PyType TYPE = Types.builtin("mappingproxy", Types.DICT, PyType.Layout.BUILTIN);

    private boolean sealed;

    @Override public PyType type() { return TYPE; }

    @Override public void put(Object k, Object v) {
        if (sealed) {
            throw Err.type("'mappingproxy' object does not support item assignment");
        }
        super.put(k, v);
    }

    /** A proxy holding {@code m}'s entries. */
    static PyMappingProxy of(java.util.Map<?, ?> m) {
        PyMappingProxy p = new PyMappingProxy();
        m.forEach(p::put);
        p.sealed = true;
        return p;
    }

    static void install() {
        TYPE.ctor = (t, cls, a, k) -> {
            Object m = a[0];
            if (!(m instanceof PyDict d)) {
                throw Err.type("mappingproxy() argument must be a mapping, not " + Ops.typeName(m));
            }
            PyMappingProxy p = new PyMappingProxy();
            for (Object key : d.keysArray()) {
                p.put(key, d.get(key));
            }
            p.sealed = true;
            return p;
        };
        Methods.def(TYPE, "copy", (t, a, k) -> { // mappingproxy.copy(): a dict, as pprint expects
            PyDict d = new PyDict();
            PyDict.updateDict(d, a[0]);
            return d;
        });
        for (String n : new String[] {"__setitem__", "__delitem__", "clear", "pop", "popitem", "setdefault", "update"}) {
            Methods.def(TYPE, n, (t, a, k) -> {
                throw Err.type("'mappingproxy' object does not support item assignment");
            });
        }
    }
}
