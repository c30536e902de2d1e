package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code list[int]} ({@code types.GenericAlias}, CPython's Objects/genericaliasobject.c) and
 * {@code int | str} ({@code types.UnionType}, Objects/unionobject.c): the minimum that typing-free
 * code and the standard library's {@code __class_getitem__ = classmethod(GenericAlias)} rely on.
 */
public final class PyGenericAlias extends PyObj implements Attr.AttrHolder {
    public static final PyType GENERIC_ALIAS = Types.builtin("GenericAlias");
    public static final PyType UNION = Types.builtin("UnionType");

    final Object origin;
    final PyTuple args;

    PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : new PyTuple(new Object[] {args});
    }

    @Override public PyType type() { return GENERIC_ALIAS; }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "__origin__": return origin;
            case "__args__": return args;
            case "__parameters__": return PyTuple.EMPTY;
            case "__unpacked__": return false;
            default: break;
        }
        if (name.startsWith("__") && name.endsWith("__") && !name.equals("__name__") && !name.equals("__qualname__")
            && !name.equals("__module__") && !name.equals("__doc__")) {
            return null;
        }
        return Ops.getattrOrNull(origin, name);
    }

    static String argRepr(Object a) {
        if (a == Types.ELLIPSIS) {
            return "...";
        }
        if (a instanceof PyType t) {
            String mod = t.module == null || t.builtin ? null : t.module;
            return mod == null || mod.equals("builtins") ? t.name : mod + "." + t.name;
        }
        return StrRepr.repr(a);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        Object[] items = args.items;
        if (items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i] instanceof PyTuple t && t.items.length == 0 ? "()" : argRepr(items[i]));
        }
        return sb.append(']').toString();
    }

    /** {@code X | Y}. */
    static final class Union extends PyObj implements Attr.AttrHolder {
        final PyTuple args;
        Union(PyTuple args) { this.args = args; }
        @Override public PyType type() { return UNION; }
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
    }

    private static boolean unionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof Union;
    }

    private static void flatten(Object o, List<Object> out) {
        if (o instanceof Union u) {
            for (Object a : u.args.items) {
                flatten(a, out);
            }
            return;
        }
        Object v = o == PyNone.NONE ? Types.NONETYPE : o;
        for (Object x : out) {
            if (x == v || x instanceof PyGenericAlias && Ops.eq(x, v)) {
                return;
            }
        }
        out.add(v);
    }

    /** {@code a | b} for types, aliases and unions; NotImplemented otherwise. */
    static Object union(Object a, Object b) {
        if (!unionable(a) || !unionable(b)) {
            return Types.NOT_IMPLEMENTED;
        }
        List<Object> out = new ArrayList<>();
        flatten(a, out);
        flatten(b, out);
        return out.size() == 1 ? out.get(0) : new Union(new PyTuple(out.toArray()));
    }

    private static boolean check(PyThread t, Object u, Object o, boolean sub) {
        for (Object c : ((Union) u).args.items) {
            if (sub ? PyType.issubclass(o, c) : PyType.isinstance(o, c)) {
                return true;
            }
        }
        return false;
    }

    static void install() {
        PyType g = GENERIC_ALIAS;
        g.ctor = (t, cls, a, k) -> new PyGenericAlias(a[0], a[1]);
        def(g, "__repr__", (t, a, k) -> a[0].toString());
        def(g, "__call__", (t, a, k) -> {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Ops.call(t, ((PyGenericAlias) a[0]).origin, rest, k);
        });
        def(g, "__mro_entries__", (t, a, k) -> new PyTuple(new Object[] {((PyGenericAlias) a[0]).origin}));
        def(g, "__eq__", (t, a, k) -> a[1] instanceof PyGenericAlias o
            ? Ops.eq(((PyGenericAlias) a[0]).origin, o.origin) && Ops.eq(((PyGenericAlias) a[0]).args, o.args)
            : Types.NOT_IMPLEMENTED);
        def(g, "__hash__", (t, a, k) -> (long) (Ops.hash(((PyGenericAlias) a[0]).origin) ^ Ops.hash(((PyGenericAlias) a[0]).args)));
        def(g, "__or__", (t, a, k) -> union(a[0], a[1]));
        def(g, "__ror__", (t, a, k) -> union(a[1], a[0]));
        def(g, "__instancecheck__", (t, a, k) -> {
            throw Err.type("isinstance() argument 2 cannot be a parameterized generic");
        });
        PyType u = UNION;
        def(u, "__repr__", (t, a, k) -> a[0].toString());
        def(u, "__or__", (t, a, k) -> union(a[0], a[1]));
        def(u, "__ror__", (t, a, k) -> union(a[1], a[0]));
        def(u, "__eq__", (t, a, k) -> a[1] instanceof Union o
            ? new java.util.HashSet<>(List.of(((Union) a[0]).args.items)).equals(new java.util.HashSet<>(List.of(o.args.items)))
            : Types.NOT_IMPLEMENTED);
        def(u, "__hash__", (t, a, k) -> (long) new java.util.HashSet<>(List.of(((Union) a[0]).args.items)).hashCode());
        def(u, "__instancecheck__", (t, a, k) -> check(t, a[0], a[1], false));
        def(u, "__subclasscheck__", (t, a, k) -> check(t, a[0], a[1], true));
        def(Types.TYPE, "__or__", (t, a, k) -> union(a[0], a[1]));
        def(Types.TYPE, "__ror__", (t, a, k) -> union(a[1], a[0]));
    }
}
