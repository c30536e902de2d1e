package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

/**
 * {@code getset_descriptor} and {@code member_descriptor}: the class-level face of attributes a
 * built-in type computes ({@code FunctionType.__code__}, {@code FunctionType.__globals__}).
 * Reading through the instance still goes to the type's own attribute code.
 */
final class GetSetDescriptor extends PyObj {
    static final PyType GETSET = Types.builtin("getset_descriptor");
    static final PyType MEMBER = Types.builtin("member_descriptor");

    final String name;
    final PyType owner;
    final boolean member;

    GetSetDescriptor(String name, PyType owner, boolean member) {
        this.name = name;
        this.owner = owner;
        this.member = member;
    }

    @Override public PyType type() { return member ? MEMBER : GETSET; }

    @Override public String toString() {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name + "' objects>";
    }

    static void install() {
        for (PyType t : new PyType[] {GETSET, MEMBER}) {
            def(t, "__get__", (th, a, k) -> {
                GetSetDescriptor d = (GetSetDescriptor) a[0];
                if (a.length < 2 || a[1] == PyNone.NONE) {
                    return d;
                }
                return Ops.getattr(a[1], d.name);
            });
            def(t, "__repr__", (th, a, k) -> a[0].toString());
        }
        for (String n : new String[] {"__code__", "__defaults__", "__annotations__"}) {
            Types.FUNCTION.dict.put(n, new GetSetDescriptor(n, Types.FUNCTION, false));
        }
        for (String n : new String[] {"__globals__", "__closure__"}) {
            Types.FUNCTION.dict.put(n, new GetSetDescriptor(n, Types.FUNCTION, true));
        }
    }
}
