package dev.gilspy.interp.runtime;

import java.util.Set;

/**
 * What a built-in type's data attribute is when read from the type ({@code FunctionType.__code__}):
 * CPython's {@code getset_descriptor} or {@code member_descriptor}. CPython's types.py takes
 * {@code GetSetDescriptorType} and {@code MemberDescriptorType} from exactly these. Reading it
 * through an instance gives the instance's attribute.
 */
final class PyAttrDescriptor extends PyObj implements Attr.AttrHolder {
    static final PyType GETSET = makeType("getset_descriptor");
    static final PyType MEMBER = makeType("member_descriptor");

    /** Function attributes CPython keeps in struct members; the others are getters. */
    private static final Set<String> FUNCTION_MEMBERS = Set.of("__globals__", "__closure__", "__doc__", "__module__", "__builtins__");
    private static final Set<String> FUNCTION_GETSETS = Set.of("__code__", "__defaults__", "__kwdefaults__", "__annotations__",
        "__dict__", "__name__", "__qualname__");

    final PyType owner;
    final String name;
    final boolean member;

    private PyAttrDescriptor(PyType owner, String name, boolean member) {
        this.owner = owner;
        this.name = name;
        this.member = member;
    }

    private static PyType makeType(String name) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        Methods.def(t, "__get__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            if (a.length < 2 || a[1] == PyNone.NONE) {
                return d;
            }
            return Ops.getattr(a[1], d.name);
        });
        Methods.def(t, "__repr__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            return "<" + (d.member ? "member" : "attribute") + " '" + d.name + "' of '" + d.owner.name + "' objects>";
        });
        return t;
    }

    /** The descriptor for {@code owner.name}, or null when the built-in type has no such instance attribute. */
    static Object of(PyType owner, String name) {
        if (owner == Types.FUNCTION) {
            if (FUNCTION_MEMBERS.contains(name)) {
                return new PyAttrDescriptor(owner, name, true);
            }
            if (FUNCTION_GETSETS.contains(name)) {
                return new PyAttrDescriptor(owner, name, false);
            }
        }
        return null;
    }

    @Override public PyType type() { return member ? MEMBER : GETSET; }

    @Override public Object getAttr(String attr) {
        return switch (attr) {
            case "__name__" -> name;
            case "__objclass__" -> owner;
            default -> null;
        };
    }
}
