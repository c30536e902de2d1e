package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code types.UnionType}, the value of {@code int | str} (PEP 604): its {@code __args__}, repr,
 * equality, and use as the second argument of {@code isinstance}/{@code issubclass}.
 */
public final class PyUnionType extends PyObj implements Attr.AttrHolder, EqualsByValue {
    public static final PyType TYPE = Types.builtin("UnionType");

    static {
        TYPE.module = "types";
        TYPE.finishInit();
    }

    final Object[] args;

    private PyUnionType(Object[] args) { this.args = args; }

    @Override public PyType type() { return TYPE; }

    static boolean isOperand(Object o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyUnionType;
    }

    /** {@code a | b} when both are types, None or unions (and one is not None); null otherwise. */
    static Object of(Object a, Object b) {
        if (!isOperand(a) || !isOperand(b) || (a == PyNone.NONE && b == PyNone.NONE)) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (Object o : new Object[] {a, b}) {
            for (Object x : o instanceof PyUnionType u ? u.args : new Object[] {o}) {
                Object t = x == PyNone.NONE ? Types.NONETYPE : x;
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return new PyUnionType(out.toArray());
    }

    boolean instanceCheck(Object o) {
        for (Object t : args) {
            if (PyType.isinstance(o, t)) {
                return true;
            }
        }
        return false;
    }

    boolean subclassCheck(Object c) {
        for (Object t : args) {
            if (PyType.issubclass(c, t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object getAttr(String name) {
        return name.equals("__args__") ? new PyTuple(args.clone()) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyUnionType u && new java.util.HashSet<>(Arrays.asList(args)).equals(new java.util.HashSet<>(Arrays.asList(u.args)));
    }

    @Override
    public int hashCode() { return new java.util.HashSet<>(Arrays.asList(args)).hashCode(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object t : args) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(t == Types.NONETYPE ? "None" : t instanceof PyType pt ? pt.qualName() : StrRepr.repr(t));
        }
        return sb.toString();
    }

    static {
        Methods.def(TYPE, "__repr__", (t, a, k) -> a[0].toString());
        Methods.def(TYPE, "__or__", (t, a, k) -> {
            Object r = of(a[0], a[1]);
            return r == null ? Types.NOT_IMPLEMENTED : r;
        });
        Methods.def(TYPE, "__ror__", (t, a, k) -> {
            Object r = of(a[1], a[0]);
            return r == null ? Types.NOT_IMPLEMENTED : r;
        });
    }
}
