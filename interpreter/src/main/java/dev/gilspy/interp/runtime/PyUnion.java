package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | str} gives (PEP 604), as CPython's unionobject.c: the
 * arguments flattened and without duplicates, {@code None} stored as {@code NoneType}, usable in
 * {@code isinstance}/{@code issubclass}, equal to another union with the same arguments in any order.
 */
public final class PyUnion extends PyObj implements Attr.AttrHolder {
    static final PyType TYPE = makeType();

    final Object[] args;
    private PyTuple parameters;

    private PyUnion(Object[] args) {
        this.args = args;
    }

    private static PyType makeType() {
        PyType t = new PyType("UnionType", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "types";
        Methods.def(t, "__repr__", (th, a, k) -> ((PyUnion) a[0]).repr());
        Methods.def(t, "__or__", (th, a, k) -> orNotImpl(a[0], a[1]));
        Methods.def(t, "__ror__", (th, a, k) -> orNotImpl(a[1], a[0]));
        Methods.def(t, "__eq__", (th, a, k) -> a[1] instanceof PyUnion ? a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__hash__", (th, a, k) -> ((PyUnion) a[0]).hash());
        Methods.def(t, "__getitem__", (th, a, k) -> {
            PyUnion u = (PyUnion) a[0];
            Object[] newArgs = GenericAliasSubst.substitute(u, new PyTuple(u.args), u.parameters(), a[1]).items;
            if (newArgs.length == 0) {
                return new PyUnion(newArgs);
            }
            Object r = newArgs[0];
            for (int i = 1; i < newArgs.length; i++) {
                r = BinOp.OR.apply(r, newArgs[i]);
            }
            return r;
        });
        Methods.def(t, "__instancecheck__", (th, a, k) -> {
            for (Object c : ((PyUnion) a[0]).args) {
                if (PyType.isinstance(a[1], checkable(c, "isinstance"))) {
                    return true;
                }
            }
            return false;
        });
        Methods.def(t, "__subclasscheck__", (th, a, k) -> {
            for (Object c : ((PyUnion) a[0]).args) {
                if (PyType.issubclass(a[1], checkable(c, "issubclass"))) {
                    return true;
                }
            }
            return false;
        });
        return t;
    }

    private static Object checkable(Object c, String fn) {
        if (c instanceof PyGenericAlias) {
            throw Err.type(fn + "() argument 2 cannot be a parameterized generic");
        }
        return c;
    }

    /** True for what may stand on either side of {@code |} to make a union. */
    static boolean unionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnion || o instanceof PyGenericAlias;
    }

    private static Object orNotImpl(Object a, Object b) {
        return unionable(a) && unionable(b) ? of(a, b) : Types.NOT_IMPLEMENTED;
    }

    /** {@code a | b}: a union of both, or the single type when they are the same. */
    static Object of(Object a, Object b) {
        List<Object> out = new ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            Object[] items = side instanceof PyUnion u ? u.args : new Object[] {side == PyNone.NONE ? Types.NONETYPE : side};
            for (Object x : items) {
                boolean dup = false;
                for (Object y : out) {
                    if (x == y || x instanceof PyGenericAlias && x.equals(y)) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    out.add(x);
                }
            }
        }
        return out.size() == 1 ? out.get(0) : new PyUnion(out.toArray());
    }

    @Override public PyType type() { return TYPE; }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "__args__" -> new PyTuple(args.clone());
            case "__parameters__" -> parameters();
            default -> null;
        };
    }

    PyTuple parameters() {
        if (parameters == null) {
            parameters = GenericAliasSubst.makeParameters(new PyTuple(args));
        }
        return parameters;
    }

    String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(args[i] == Types.NONETYPE ? "None" : PyGenericAlias.typeRepr(args[i]));
        }
        return sb.toString();
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyUnion u) || u.args.length != args.length) {
            return false;
        }
        for (Object x : args) {
            boolean found = false;
            for (Object y : u.args) {
                if (x == y || x.equals(y)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** union_hash: the hash of {@code frozenset(args)}, as typing.Union's (so the two hash alike). */
    long hash() {
        PySet set = new PySet(true);
        for (Object x : args) {
            set.add(x);
        }
        return Hashing.hash(set);
    }

    /** Folded as PyInstance folds a Python {@code __hash__}'s value: {@code {int | str: 1}[Union[int, str]]} finds it. */
    @Override public int hashCode() {
        return Long.hashCode(hash());
    }
}
