package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.PyModule;

/**
 * {@code _weakref} ({@code Modules/_weakref.c}, {@code Objects/weakrefobject.c}): {@code ref},
 * {@code proxy}, {@code getweakrefcount}, {@code getweakrefs}, {@code _remove_dead_weakref}. When
 * referents die and when callbacks run is explained in {@link WeakRefs}.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.put("ref", WeakRefObj.TYPE);
        m.put("ReferenceType", WeakRefObj.TYPE);
        m.put("ProxyType", WeakProxy.PROXY);
        m.put("CallableProxyType", WeakProxy.CALLABLE);
        m.def("proxy", WeakProxy::create);
        m.def("getweakrefcount", (t, a, k) -> {
            WeakRefs.drain(t);
            return (long) WeakRefs.refsTo(a[0]).size();
        });
        m.def("getweakrefs", (t, a, k) -> {
            WeakRefs.drain(t);
            return WeakRefs.list(WeakRefs.refsTo(a[0]));
        });
        m.def("_remove_dead_weakref", (t, a, k) -> WeakRefs.removeDead(a[0], a[1]));
        return m;
    }

    /** {@code gc.collect()}'s part: a JVM collection, then the callbacks of the references it cleared. */
    public static long collect(dev.gilspy.interp.runtime.PyThread t, boolean collectNow) {
        return WeakRefs.collect(t, collectNow);
    }
}
