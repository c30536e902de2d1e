package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} and a class's default {@code __class_getitem__}
 * give, as CPython's genericaliasobject.c: it remembers the origin and the arguments, calls the
 * origin, stands for the origin among a class statement's bases, and forwards every other attribute
 * to the origin. Its {@code __parameters__} are the type variables among its arguments (anything with
 * {@code __typing_subst__}), which subscription substitutes ({@link GenericAliasSubst}). Iterating
 * it gives its starred form once ({@code *tuple[int]}, PEP 646).
 */
public class PyGenericAlias extends NativeObj implements Attr.AttrHolder {
    static final PyType TYPE = makeType();
    private static final PyType ITER_TYPE = iterType();

    /** The names ga_getattro answers itself; every other attribute is the origin's. */
    static final Set<String> OWN_ATTRS = Set.of("__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    final Object origin;
    final PyTuple args;
    final boolean starred;
    private PyTuple parameters;

    public PyGenericAlias(Object origin, Object args) {
        this(TYPE, origin, args, false);
    }

    PyGenericAlias(Object origin, Object args, boolean starred) {
        this(TYPE, origin, args, starred);
    }

    PyGenericAlias(PyType cls, Object origin, Object args, boolean starred) {
        super(cls);
        this.origin = origin;
        this.args = args instanceof PyTuple t && t.type() == Types.TUPLE ? t
            : args instanceof PyTuple t ? new PyTuple(t.items) : new PyTuple(new Object[] {args});
        this.starred = starred;
    }

    private static PyType makeType() {
        PyType t = NativeTypes.newType("GenericAlias", "types", null, (th, cls, a, k) -> {
            if (k != null && k.length > 0) {
                throw Err.type("GenericAlias() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw Err.type("GenericAlias expected 2 arguments, got " + a.length);
            }
            return new PyGenericAlias(cls, a[0], a[1], false);
        });
        Methods.def(t, "__repr__", (th, a, k) -> ((PyGenericAlias) a[0]).repr());
        Methods.def(t, "__call__", (th, a, k) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            Object r = Ops.call(th, g.origin, Arrays.copyOfRange(a, 1, a.length), k);
            try {
                Attr.set(r, "__orig_class__", g);
            } catch (PyException e) {
                if (!Err.matches(e, Types.AttributeError) && !Err.matches(e, Types.TypeError)) {
                    throw e;
                }
            }
            return r;
        });
        Methods.def(t, "__or__", (th, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[0], a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__ror__", (th, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[1], a[0]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__mro_entries__", (th, a, k) -> new PyTuple(new Object[] {((PyGenericAlias) a[0]).origin}));
        Methods.def(t, "__eq__", (th, a, k) -> a[1] instanceof PyGenericAlias ? a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__ne__", (th, a, k) -> a[1] instanceof PyGenericAlias ? !a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__hash__", (th, a, k) -> (long) a[0].hashCode());
        Methods.def(t, "__getitem__", (th, a, k) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            PyTuple newArgs = GenericAliasSubst.substitute(g, g.args, g.parameters(), a[1]);
            return new PyGenericAlias(g.origin, newArgs, g.starred);
        });
        Methods.def(t, "__iter__", (th, a, k) -> {
            return new StarIter((PyGenericAlias) a[0]);
        });
        Methods.def(t, "__instancecheck__", (th, a, k) -> {
            throw Err.type("isinstance() argument 2 cannot be a parameterized generic");
        });
        Methods.def(t, "__subclasscheck__", (th, a, k) -> {
            throw Err.type("issubclass() argument 2 cannot be a parameterized generic");
        });
        Methods.def(t, "__reduce__", (th, a, k) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            if (g.starred) {
                Object it = Ops.iter(new PyGenericAlias(g.origin, g.args));
                return new PyTuple(new Object[] {th.interp.builtins.get("next"), new PyTuple(new Object[] {it})});
            }
            return new PyTuple(new Object[] {TYPE, new PyTuple(new Object[] {g.origin, g.args})});
        });
        Methods.def(t, "__dir__", (th, a, k) -> {
            PyGenericAlias g = (PyGenericAlias) a[0];
            List<Object> names = new ArrayList<>(Arrays.asList(Ops.toArray(Attr.dir(th, new Object[] {g.origin}))));
            for (String n : OWN_ATTRS) {
                if (!n.equals("__class__") && !names.contains(n)) {
                    names.add(n);
                }
            }
            return new PyList(names.toArray());
        });
        return NativeTypes.ready(t);
    }

    /** ga_iter: one item, the starred alias ({@code *tuple[int]}); it pickles as {@code iter(alias)}. */
    private static final class StarIter extends PyIter {
        PyGenericAlias alias;

        StarIter(PyGenericAlias alias) { this.alias = alias; }

        @Override public PyType type() { return ITER_TYPE; }

        @Override public Object next(PyThread t) {
            if (alias == null) {
                return null;
            }
            PyGenericAlias g = alias;
            alias = null;
            return new PyGenericAlias(g.origin, g.args, true);
        }
    }

    private static PyType iterType() {
        PyType t = NativeTypes.newType("generic_alias_iterator", "builtins", null, null);
        NativeTypes.def(t, "__iter__", (th, a, k) -> a[0]);
        NativeTypes.def(t, "__next__", (th, a, k) -> {
            Object v = ((PyIter) a[0]).next(th);
            if (v == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return v;
        });
        NativeTypes.def(t, "__reduce__", (th, a, k) -> {
            PyGenericAlias g = ((StarIter) a[0]).alias;
            return new PyTuple(new Object[] {th.interp.builtins.get("iter"), new PyTuple(g == null ? new Object[] {PyTuple.EMPTY} : new Object[] {g})});
        });
        return NativeTypes.ready(t);
    }

    /** ga_getattro: every name but {@link #OWN_ATTRS} is looked up on the origin. */
    Object getattro(String name) {
        return Ops.getattrOrNull(origin, name);
    }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            case "__parameters__" -> parameters();
            case "__unpacked__" -> starred;
            case "__typing_unpacked_tuple_args__" -> starred && origin == Types.TUPLE ? args : PyNone.NONE;
            default -> null;
        };
    }

    PyTuple parameters() {
        if (parameters == null) {
            parameters = GenericAliasSubst.makeParameters(args);
        }
        return parameters;
    }

    String repr() {
        StringBuilder sb = new StringBuilder();
        if (starred) {
            sb.append('*');
        }
        sb.append(reprItem(origin)).append('[');
        Object[] a = args.items;
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(a[i]));
        }
        if (a.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    /**
     * CPython's ga_repr_item: {@code ...} as is, an alias-like object (one with {@code __origin__} and
     * {@code __args__}) by repr, a class as its qualified name (without {@code builtins.}), anything
     * else by repr.
     */
    static String reprItem(Object o) {
        if (o == Types.ELLIPSIS) {
            return "...";
        }
        if (GenericAliasSubst.lookup(o, "__origin__") != null && GenericAliasSubst.lookup(o, "__args__") != null) {
            return StrRepr.repr(o);
        }
        Object qualname = GenericAliasSubst.lookup(o, "__qualname__");
        if (qualname == null) {
            return StrRepr.repr(o);
        }
        Object module = GenericAliasSubst.lookup(o, "__module__");
        if (module == null || module == PyNone.NONE) {
            return StrRepr.repr(o);
        }
        if (module instanceof String s && s.equals("builtins")) {
            return StrRepr.str(qualname);
        }
        return StrRepr.str(module) + "." + StrRepr.str(qualname);
    }

    /** The older name of {@link #reprItem}, kept for {@link PyUnion}. */
    static String typeRepr(Object o) {
        return reprItem(o);
    }

    /** ga_richcompare, unless a Python subclass defines its own {@code __eq__}. */
    @Override public boolean equals(Object o) {
        if (!cls.builtin && cls.lookup("__eq__") instanceof PyFunction) {
            return super.equals(o);
        }
        return o instanceof PyGenericAlias g && starred == g.starred && Ops.eq(origin, g.origin) && Ops.eq(args, g.args);
    }

    @Override public int hashCode() {
        if (!cls.builtin && cls.lookup("__hash__") instanceof PyFunction) {
            return super.hashCode();
        }
        return Long.hashCode(Hashing.hash(origin)) ^ Long.hashCode(Hashing.hash(args));
    }
}
