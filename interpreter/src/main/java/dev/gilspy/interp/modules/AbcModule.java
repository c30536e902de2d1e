package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _abc} ({@code Modules/_abc.c}): the registry and caches behind {@code abc.ABCMeta}. Each
 * ABC keeps an {@code _abc_impl} object with its registry of virtual subclasses, a positive cache
 * and a negative cache stamped with the global invalidation counter ({@code get_cache_token}).
 * CPython holds these as weak sets; here they hold classes strongly (classes rarely die, and a
 * registry entry never outlives its ABC), compared by identity.
 */
public final class AbcModule {
    private AbcModule() {}

    private static final AtomicLong INVALIDATION = new AtomicLong();

    static final PyType DATA = NativeTypes.ready(NativeTypes.newType("_abc_data", "_abc", null, null));

    static final class AbcData extends NativeObj {
        final Set<Object> registry = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Object> cache = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Object> negative = Collections.newSetFromMap(new IdentityHashMap<>());
        long negativeVersion = INVALIDATION.get();

        AbcData() { super(DATA); }
    }

    private static AbcData impl(Object cls) {
        Object d = Ops.getattrOrNull(cls, "_abc_impl");
        if (!(d instanceof AbcData data)) {
            throw Err.type("_abc_impl is set to a wrong type");
        }
        return data;
    }

    private static boolean isAbstract(Object v) {
        Object flag = v == null ? null : Ops.getattrOrNull(v, "__isabstractmethod__");
        return flag != null && Ops.truthy(flag);
    }

    /** {@code _abc_init}: computes {@code __abstractmethods__} and attaches a fresh {@code _abc_impl}. */
    static Object init(PyThread t, Object cls) {
        PySet abstracts = new PySet(true);
        Object ns = Ops.getattr(cls, "__dict__");
        Object items = Ops.call(t, Ops.getattr(ns, "items"), new Object[0], null);
        for (Object kv : Ops.toArray(items)) {
            Object[] pair = Ops.toArray(kv);
            if (isAbstract(pair[1])) {
                abstracts.add(pair[0]);
            }
        }
        for (Object base : Ops.toArray(Ops.getattr(cls, "__bases__"))) {
            Object names = Ops.getattrOrNull(base, "__abstractmethods__");
            if (names == null) {
                continue;
            }
            for (Object name : Ops.toArray(names)) {
                Object v = Ops.getattrOrNull(cls, (String) name);
                if (isAbstract(v)) {
                    abstracts.add(name);
                }
            }
        }
        Ops.setattr(cls, "__abstractmethods__", abstracts);
        Ops.setattr(cls, "_abc_impl", new AbcData());
        return PyNone.NONE;
    }

    private static boolean issubclass(PyThread t, Object sub, Object cls) {
        Object builtins = t.interp.importModule(t, "builtins");
        return Ops.truthy(Ops.call(t, Ops.getattr(builtins, "issubclass"), new Object[] {sub, cls}, null));
    }

    static Object register(PyThread t, Object cls, Object sub) {
        if (!(sub instanceof PyType)) {
            throw Err.type("Can only register classes");
        }
        if (issubclass(t, sub, cls)) {
            return sub;
        }
        if (issubclass(t, cls, sub)) {
            throw Err.runtime("Refusing to create an inheritance cycle");
        }
        AbcData d = impl(cls);
        synchronized (d) {
            d.registry.add(sub);
        }
        INVALIDATION.incrementAndGet();
        return sub;
    }

    static Object instancecheck(PyThread t, Object cls, Object instance) {
        AbcData d = impl(cls);
        Object subclass = Ops.getattr(instance, "__class__");
        synchronized (d) {
            if (d.cache.contains(subclass)) {
                return true;
            }
        }
        Object subtype = Ops.typeOf(instance);
        Object check = Ops.getattr(cls, "__subclasscheck__");
        if (subtype == subclass) {
            synchronized (d) {
                if (d.negativeVersion == INVALIDATION.get() && d.negative.contains(subclass)) {
                    return false;
                }
            }
            return Ops.call(t, check, new Object[] {subclass}, null);
        }
        Object r = Ops.call(t, check, new Object[] {subclass}, null);
        if (Ops.truthy(r)) {
            return r;
        }
        return Ops.call(t, check, new Object[] {subtype}, null);
    }

    static Object subclasscheck(PyThread t, Object cls, Object sub) {
        if (!(sub instanceof PyType st)) {
            throw Err.type("issubclass() arg 1 must be a class");
        }
        AbcData d = impl(cls);
        synchronized (d) {
            if (d.cache.contains(sub)) {
                return true;
            }
            if (d.negativeVersion < INVALIDATION.get()) {
                d.negative.clear();
                d.negativeVersion = INVALIDATION.get();
            } else if (d.negative.contains(sub)) {
                return false;
            }
        }
        Object ok = Ops.call(t, Ops.getattr(cls, "__subclasshook__"), new Object[] {sub}, null);
        if (ok != Types.NOT_IMPLEMENTED) {
            if (!(ok instanceof Boolean b)) {
                throw Err.make(Types.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
            }
            remember(d, sub, b);
            return b;
        }
        for (Object c : Ops.toArray(Ops.getattr(st, "__mro__"))) {
            if (c == cls) {
                remember(d, sub, true);
                return true;
            }
        }
        Object[] registered;
        synchronized (d) {
            if (d.registry.contains(sub)) {
                return true; // CPython's fast path: a registered class itself is not cached
            }
            registered = d.registry.toArray();
        }
        for (Object r : registered) {
            if (issubclass(t, sub, r)) {
                remember(d, sub, true);
                return true;
            }
        }
        Object subclasses = Ops.call(t, Ops.getattr(cls, "__subclasses__"), new Object[0], null);
        for (Object s : Ops.toArray(subclasses)) {
            if (issubclass(t, sub, s)) {
                remember(d, sub, true);
                return true;
            }
        }
        remember(d, sub, false);
        return false;
    }

    private static void remember(AbcData d, Object sub, boolean yes) {
        synchronized (d) {
            (yes ? d.cache : d.negative).add(sub);
        }
    }

    /** A set of weak references to the classes, as CPython's {@code _get_dump} returns. */
    private static PySet set(Set<Object> s) {
        PySet r = new PySet(false);
        for (Object o : s) {
            r.add(Ops.call(WeakRefObj.TYPE, o));
        }
        return r;
    }

    static PyModule create() {
        PyModule m = new PyModule("_abc");
        m.def("get_cache_token", (t, a, k) -> INVALIDATION.get());
        m.def("_abc_init", (t, a, k) -> init(t, a[0]));
        m.def("_abc_register", (t, a, k) -> register(t, a[0], a[1]));
        m.def("_abc_instancecheck", (t, a, k) -> instancecheck(t, a[0], a[1]));
        m.def("_abc_subclasscheck", (t, a, k) -> subclasscheck(t, a[0], a[1]));
        m.def("_get_dump", (t, a, k) -> {
            AbcData d = impl(a[0]);
            synchronized (d) {
                return PyTuple.of(set(d.registry), set(d.cache), set(d.negative), d.negativeVersion);
            }
        });
        m.def("_reset_registry", (t, a, k) -> {
            AbcData d = impl(a[0]);
            synchronized (d) {
                d.registry.clear();
            }
            return PyNone.NONE;
        });
        m.def("_reset_caches", (t, a, k) -> {
            AbcData d = impl(a[0]);
            synchronized (d) {
                d.cache.clear();
                d.negative.clear();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
