package dev.gilspy.interp.runtime;

import java.util.LinkedHashMap;

/**
 * {@code mappingproxy}: what {@code cls.__dict__}, {@code types.MappingProxyType(d)} and a dict
 * view's {@code mapping} return. A live read-only view: it shares the Java map of the dict or class
 * it shows, so later writes to that mapping are seen through it (CPython's {@code mappingproxy});
 * every write through the proxy raises TypeError.
 */
public final class PyMappingProxy extends PyDict {
    public static final PyType TYPE = Types.builtin("mappingproxy", Types.DICT, PyType.Layout.BUILTIN);

    private PyMappingProxy(LinkedHashMap<Object, Object> shared) { super(shared); }

    @Override public PyType type() { return TYPE; }

    @Override public void put(Object k, Object v) {
        throw Err.type("'mappingproxy' object does not support item assignment");
    }

    @Override public Object remove(Object k) {
        throw Err.type("'mappingproxy' object does not support item deletion");
    }

    @Override void clear() {
        throw Err.type("'mappingproxy' object does not support item deletion");
    }

    /** A live view of a class's namespace (its keys are all str). */
    @SuppressWarnings("unchecked")
    static PyMappingProxy ofType(java.util.Map<String, Object> typeDict) {
        return new PyMappingProxy((LinkedHashMap<Object, Object>) (java.util.Map<?, ?>) typeDict);
    }

    /** A live view of {@code d}. */
    static PyMappingProxy live(PyDict d) {
        return new PyMappingProxy(d.map);
    }

    static void install() {
        TYPE.ctor = (t, cls, a, k) -> {
            Object m = a[0];
            if (m instanceof PyDict d && d.type().builtin) {
                return live(d);
            }
            if (!MappingProxyOf.accepts(m)) {
                throw Err.type("mappingproxy() argument must be a mapping, not " + Ops.typeName(m));
            }
            return new MappingProxyOf(m); // a dict subclass's overrides or any mapping answer through it
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
        MappingProxyOf.install(TYPE);
    }
}
