package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * {@code int | str}: {@code types.UnionType} (CPython's Objects/unionobject.c), which
 * {@code isinstance} and {@code issubclass} accept, and which CPython's types.py names.
 */
final class PyUnionType extends PyObj implements Attr.AttrHolder {
    static final PyType TYPE = Types.builtin("UnionType");

    final PyTuple args;

    private PyUnionType(PyTuple args) { this.args = args; }

    @Override public PyType type() { return TYPE; }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "__args__" -> args;
            case "__parameters__" -> PyTuple.EMPTY;
            default -> null;
        };
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object a : args.items) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(a == Types.NONETYPE ? "None" : argRepr(a));
        }
        return sb.toString();
    }

    private static String argRepr(Object a) {
        if (a instanceof PyType t) {
            return t.module == null || t.module.equals("builtins") ? t.name : t.module + "." + t.name;
        }
        return StrRepr.repr(a);
    }

    /** Types, None, unions and parameterized generics can be joined with {@code |}. */
    private static boolean unionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnionType
            || o instanceof PyObj p && p.type().name.equals("GenericAlias");
    }

    private static void flatten(Object o, List<Object> out) {
        if (o instanceof PyUnionType u) {
            for (Object a : u.args.items) {
                flatten(a, out);
            }
            return;
        }
        Object v = o == PyNone.NONE ? Types.NONETYPE : o;
        for (Object x : out) {
            if (x == v || !(x instanceof PyType) && Ops.eq(x, v)) {
                return;
            }
        }
        out.add(v);
    }

    /** {@code a | b} for types, aliases and unions; NotImplemented for anything else. */
    static Object union(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return Types.NOT_IMPLEMENTED;
        }
        List<Object> out = new ArrayList<>();
        flatten(a, out);
        flatten(b, out);
        return out.size() == 1 ? out.get(0) : new PyUnionType(new PyTuple(out.toArray()));
    }

    private static boolean check(Object u, Object o, boolean sub) {
        for (Object c : ((PyUnionType) u).args.items) {
            if (sub ? PyType.issubclass(o, c) : PyType.isinstance(o, c)) {
                return true;
            }
        }
        return false;
    }

    private static HashSet<Object> members(Object u) {
        return new HashSet<>(List.of(((PyUnionType) u).args.items));
    }

    static void install() {
        TYPE.module = "types";
        def(TYPE, "__repr__", (t, a, k) -> a[0].toString());
        def(TYPE, "__or__", (t, a, k) -> union(a[0], a[1]));
        def(TYPE, "__ror__", (t, a, k) -> union(a[1], a[0]));
        def(TYPE, "__eq__", (t, a, k) -> a[1] instanceof PyUnionType ? members(a[0]).equals(members(a[1])) : Types.NOT_IMPLEMENTED);
        def(TYPE, "__hash__", (t, a, k) -> (long) members(a[0]).hashCode());
        def(TYPE, "__instancecheck__", (t, a, k) -> check(a[0], a[1], false));
        def(TYPE, "__subclasscheck__", (t, a, k) -> check(a[0], a[1], true));
        def(Types.TYPE, "__or__", (t, a, k) -> union(a[0], a[1]));
        def(Types.TYPE, "__ror__", (t, a, k) -> union(a[1], a[0]));
    }
}
