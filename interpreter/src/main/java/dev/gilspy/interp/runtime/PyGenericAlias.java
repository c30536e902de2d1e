package dev.gilspy.interp.runtime;

import java.util.Arrays;

/**
 * {@code types.GenericAlias}: what {@code list[int]} and a class's default {@code __class_getitem__}
 * give, as CPython's genericaliasobject.c: it remembers the origin and the arguments, calls the
 * origin, and stands for the origin among a class statement's bases.
 */
public final class PyGenericAlias extends PyObj implements Attr.AttrHolder {
    static final PyType TYPE = makeType();

    final Object origin;
    final PyTuple args;

    public PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : new PyTuple(new Object[] {args});
    }

    private static PyType makeType() {
        PyType t = new PyType("GenericAlias", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "types";
        t.ctor = (th, cls, a, k) -> new PyGenericAlias(a[0], a[1]);
        Methods.def(t, "__repr__", (th, a, k) -> ((PyGenericAlias) a[0]).repr());
        Methods.def(t, "__call__", (th, a, k) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            Object r = Ops.call(th, g.origin, Arrays.copyOfRange(a, 1, a.length), k);
            try {
                Attr.set(r, "__orig_class__", g);
            } catch (PyException e) {
                // instances without a dict keep no __orig_class__, as in CPython
            }
            return r;
        });
        Methods.def(t, "__or__", (th, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[0], a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__ror__", (th, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[1], a[0]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__mro_entries__", (th, a, k) -> new PyTuple(new Object[] {((PyGenericAlias) a[0]).origin}));
        Methods.def(t, "__eq__", (th, a, k) -> a[1] instanceof PyGenericAlias ? a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__hash__", (th, a, k) -> (long) a[0].hashCode());
        Methods.def(t, "__getitem__", (th, a, k) -> new PyGenericAlias(((PyGenericAlias) a[0]).origin, a[1]));
        Methods.def(t, "__instancecheck__", (th, a, k) -> {
            throw Err.type("isinstance() argument 2 cannot be a parameterized generic");
        });
        Methods.def(t, "__subclasscheck__", (th, a, k) -> {
            throw Err.type("issubclass() argument 2 cannot be a parameterized generic");
        });
        return t;
    }

    @Override public PyType type() { return TYPE; }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            case "__parameters__" -> new PyTuple(new Object[0]);
            case "__unpacked__" -> false;
            default -> origin instanceof PyType || name.startsWith("__") ? null : Ops.getattrOrNull(origin, name);
        };
    }

    String repr() {
        StringBuilder sb = new StringBuilder(typeRepr(origin)).append('[');
        Object[] a = args.items;
        if (a.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i] instanceof PyList l ? "[" + String.join(", ", Arrays.stream(l.toArray()).map(PyGenericAlias::typeRepr).toList()) + "]"
                : typeRepr(a[i]));
        }
        return sb.append(']').toString();
    }

    /** CPython's ga_repr_item: a class as its qualified name, {@code ...} as is, anything else by repr. */
    static String typeRepr(Object o) {
        if (o == Types.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            String q = StrRepr.str(Attr.get(t, "__qualname__"));
            return t.module == null || t.module.equals("builtins") ? q : t.module + "." + q;
        }
        return StrRepr.repr(o);
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyGenericAlias g && Ops.eq(origin, g.origin) && Ops.eq(args, g.args);
    }

    @Override public int hashCode() {
        return Long.hashCode(Hashing.hash(origin)) ^ Long.hashCode(Hashing.hash(args));
    }
}
