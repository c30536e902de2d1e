package dev.gilspy.interp.runtime;

/**
 * object_new and object_init's excess-argument rule (Objects/typeobject.c): arguments that
 * neither an overriding {@code __new__} nor an overriding {@code __init__} takes are an error,
 * worded after the method the class left alone.
 */
final class ObjectArgs {
    private ObjectArgs() {}

    /** Instances laid out as object's own: a built-in base (list, int, an exception) has its own new and init. */
    private static boolean plain(PyType cls) {
        return cls.baseLayout() == PyType.Layout.OBJECT && cls.builtinBase() == null;
    }

    /**
     * CPython's {@code type->tp_new != object_new}: some class before object in the MRO has the
     * name in its dict, even when the value is object's own method ({@code __new__ = object.__new__}).
     */
    private static boolean overrides(PyType cls, String name) {
        for (PyType t : cls.mro) {
            if (t.dict.containsKey(name)) {
                return t != Types.OBJECT;
            }
        }
        return false;
    }

    /** {@code object.__new__(cls, *args)} with arguments. */
    static void checkNew(PyType cls) {
        if (!plain(cls)) {
            return;
        }
        if (overrides(cls, "__new__")) {
            throw Err.type("object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (!overrides(cls, "__init__")) {
            throw Err.type(cls.name + "() takes no arguments");
        }
    }

    /** {@code object.__init__(self, *args)} with arguments. */
    static void checkInit(PyType cls) {
        if (!plain(cls)) {
            return;
        }
        if (overrides(cls, "__init__")) {
            throw Err.type("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (!overrides(cls, "__new__")) {
            throw Err.type(cls.name + ".__init__() takes exactly one argument (the instance to initialize)");
        }
    }

    /** Keywords that int(), float(), bool(), complex(), str(), tuple() and list() refuse, as their argument clinic does. */
    static void checkBuiltinKeywords(PyType type, String[] kw) {
        if (kw == null || kw.length == 0) {
            return;
        }
        if (type == Types.INT) {
            for (String k : kw) {
                if (!k.equals("base")) {
                    throw Err.type("'" + k + "' is an invalid keyword argument for int()");
                }
            }
        } else if (type == Types.COMPLEX || type == Types.STR) {
            java.util.Set<String> allowed = type == Types.COMPLEX ? java.util.Set.of("real", "imag")
                : java.util.Set.of("object", "encoding", "errors");
            for (String k : kw) {
                if (!allowed.contains(k)) {
                    throw Err.type("'" + k + "' is an invalid keyword argument for " + type.name + "()");
                }
            }
        } else if (type == Types.FLOAT || type == Types.BOOL || type == Types.TUPLE || type == Types.LIST) {
            throw Err.type(type.name + "() takes no keyword arguments");
        }
    }
}
