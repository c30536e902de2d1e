package dev.gilspy.interp.runtime;

/** How the protocol calls a special method found on an object's type (CPython's lookup_maybe_method, the slots). */
public final class SpecialMethods {
    private SpecialMethods() {}

    /**
     * Calls a special method found on the type with {@code args[0]} as self: a function or builtin takes
     * it as its first argument, a descriptor (property, staticmethod, a class with {@code __get__}) is
     * bound through {@code __get__} first, as CPython's lookup_maybe_method does, and any other callable
     * (a bound method, a {@code functools.partial}) is called without self, as it has no {@code __get__}.
     */
    public static Object call(PyThread t, Object m, Object[] args) {
        if (m instanceof PyFunction || m instanceof PyBuiltin) {
            return Ops.call(t, m, args, null);
        }
        Object bound = m instanceof PyDescriptors.Property p
            ? Ops.call(t, p.fget, new Object[] {args[0]}, null)
            : isBindable(m) ? Attr.bind(args[0], Ops.typeOf(args[0]), m) : m;
        return Ops.call(t, bound, java.util.Arrays.copyOfRange(args, 1, args.length), null);
    }

    static boolean isBindable(Object m) {
        return m instanceof PyDescriptors.Property || m instanceof PyDescriptors.StaticMethod
            || m instanceof PyDescriptors.ClassMethod
            || (m instanceof PyInstance || m instanceof NativeObj) && Ops.typeOf(m).lookup("__get__") != null;
    }

    /**
     * A Python subclass of a builtin container (list, tuple, dict, set) whose class defines {@code name}
     * itself: the container fast paths must leave the operation to that method (CPython calls the slot).
     */
    static boolean overridden(PyObj o, String name) {
        PyType t = o.type();
        return !t.builtin && !(t.lookup(name) instanceof PyBuiltin);
    }
}
