package dev.gilspy.interp.runtime;

/**
 * The fast cases of {@code inst.name} once a call site knows the class-side value {@code tv}
 * ({@code type(inst).lookup(name)}, which nodes.MethodCache caches per type version): what
 * {@link Attr}'s generic instance read would give, without its lookups. Each returns null when the
 * case is not one of these, and the caller takes the generic path.
 */
public final class InstanceReads {
    private InstanceReads() {}

    /**
     * {@code tv} when the instance does not hold the name: a Python function binds (a new bound
     * method, as {@code Attr.bind}); a value of a type without {@code __get__} (int, str, float,
     * bool, None) is the answer itself.
     */
    public static Object classSide(PyInstance inst, Object tv) {
        if (tv instanceof PyFunction) {
            return new PyBoundMethod(inst, tv);
        }
        if (tv instanceof Long || tv instanceof String || tv instanceof Double || tv instanceof Boolean || tv == PyNone.NONE) {
            return tv;
        }
        return null;
    }

    /**
     * A class attribute that is no data descriptor, so the instance's own value of the name wins
     * over it: a function, a builtin, a staticmethod or a classmethod.
     */
    public static boolean yieldsToInstance(Object tv) {
        return tv instanceof PyFunction || tv instanceof PyBuiltin
            || tv instanceof PyDescriptors.StaticMethod || tv instanceof PyDescriptors.ClassMethod;
    }

    /** A {@code __slots__} member of a class statement (a data descriptor, for a class whose instances also have a dict). */
    public static boolean isSlotMember(Object tv) {
        return tv instanceof PyAttrDescriptor d && d.slotMember();
    }

    /**
     * A property whose getter is a Python function: the getter's result. Null for other data
     * descriptors, and when the class has {@code __getattr__} (which must see a getter's AttributeError).
     */
    public static Object property(PyThread t, PyInstance inst, Object tv) {
        if (!inst.cls.hasGetattr && tv instanceof PyDescriptors.Property p && p.fget instanceof PyFunction get) {
            return get.call1(t, inst);
        }
        return null;
    }

    /**
     * The callable {@code inst.name(...)} calls when the class attribute {@code tv} is a staticmethod
     * or classmethod (and the instance does not shadow it): the function itself for a staticmethod,
     * the function bound to the class for a classmethod (as {@code Attr.bind} gives them); else null.
     */
    public static Object staticOrClassMethod(PyInstance inst, Object tv) {
        if (tv instanceof PyDescriptors.StaticMethod sm) {
            return sm.func;
        }
        if (tv instanceof PyDescriptors.ClassMethod cm && cm.func instanceof PyFunction) {
            return new PyBoundMethod(inst.cls, cm.func);
        }
        return null;
    }
}
