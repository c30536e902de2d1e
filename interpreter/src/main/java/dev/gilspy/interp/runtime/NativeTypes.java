package dev.gilspy.interp.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a native module needs to declare a type the way a C module fills a {@code PyTypeObject}:
 * the type with its constructor, methods, class/static methods and getset descriptors.
 */
public final class NativeTypes {
    private NativeTypes() {}

    /** A new built-in type {@code module.name} deriving from {@code base} (object when null). */
    public static PyType newType(String name, String module, PyType base, PyType.Ctor ctor) {
        PyType t = new PyType(name, new PyType[] {base == null ? Types.OBJECT : base}, PyType.Layout.BUILTIN, true);
        t.module = module;
        t.ctor = ctor;
        ObjectMethods.newOn(t); // as CPython's types have it (enum's _find_data_type_ looks for it)
        return t;
    }

    public static void def(PyType t, String name, PyCallable body) {
        t.dict.put(name, new PyBuiltin(name, body).ownedBy(t));
    }

    public static void put(PyType t, String name, Object value) {
        t.dict.put(name, value);
    }

    public static void classMethod(PyType t, String name, PyCallable body) {
        t.dict.put(name, new PyDescriptors.ClassMethod(new PyBuiltin(name, body)));
    }

    public static void staticMethod(PyType t, String name, PyCallable body) {
        t.dict.put(name, new PyDescriptors.StaticMethod(new PyBuiltin(name, body).ownedBy(t)));
    }

    /** A read-only getset descriptor. */
    public static void getter(PyType t, String name, Function<Object, Object> get) {
        t.dict.put(name, new PyDescriptors.Property(new PyBuiltin(name, (th, a, k) -> get.apply(a[0])), null, null));
    }

    /** A read-write getset descriptor. */
    public static void getset(PyType t, String name, Function<Object, Object> get, BiConsumer<Object, Object> set) {
        t.dict.put(name, new PyDescriptors.Property(new PyBuiltin(name, (th, a, k) -> get.apply(a[0])),
            new PyBuiltin(name, (th, a, k) -> {
                set.accept(a[0], a[1]);
                return PyNone.NONE;
            }), null));
    }

    /** Call once the type's dict is filled (computes the lookup flags). */
    public static PyType ready(PyType t) {
        t.finishInit();
        return t;
    }

    /** An iterator type: {@code __iter__} returns self, {@code __next__} steps the {@link PyIter}. */
    public static PyType iteratorType(String name, String module) {
        PyType t = newType(name, module, null, null);
        def(t, "__iter__", (th, a, k) -> a[0]);
        def(t, "__next__", (th, a, k) -> {
            Object v = ((PyIter) a[0]).next(th);
            if (v == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return v;
        });
        return ready(t);
    }

    /**
     * Lets Python subclass {@code base}, whose constructor builds a {@link Retypable}: the object is
     * built as for {@code base} (its argument checks included), then takes the subclass. When
     * {@code keywordsToInit}, the base takes no keywords and a subclass defining {@code __init__} may
     * be called with keywords its {@code __new__} ignores (map_new's {@code tp_init} test).
     */
    public static void subclassable(PyType base, boolean keywordsToInit) {
        PyType.Ctor exact = base.ctor;
        if (exact == null) {
            return;
        }
        base.ctor = (t, cls, a, k) -> {
            if (cls == null || cls == base) {
                return exact.make(t, cls, a, k);
            }
            if (keywordsToInit && k != null && k.length > 0 && cls.lookup("__init__") != base.lookup("__init__")) {
                a = java.util.Arrays.copyOf(a, a.length - k.length);
                k = null;
            }
            Object r = exact.make(t, base, a, k);
            if (r instanceof Retypable x) {
                x.retype(cls);
            }
            return r;
        };
    }

    /** {@code type.__name__} for messages. */
    public static String name(PyType t) { return t.name; }

    public static boolean isBuiltin(PyType t) { return t.builtin; }
}
