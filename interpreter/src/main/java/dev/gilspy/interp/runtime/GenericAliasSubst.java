package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Type-variable substitution for {@code types.GenericAlias} and {@code types.UnionType}, as CPython's
 * {@code _Py_make_parameters} and {@code _Py_subs_parameters} (genericaliasobject.c): a type variable
 * is anything with {@code __typing_subst__} (typing's TypeVar, ParamSpec, TypeVarTuple), a
 * TypeVarTuple is a parameter whose type is iterable, and {@code dict[T, list[S]][str, int]} is
 * {@code dict[str, list[int]]}.
 */
final class GenericAliasSubst {
    private GenericAliasSubst() {}

    /** The type variables among {@code args} and among their own {@code __parameters__}, first seen first. */
    static PyTuple makeParameters(PyTuple args) {
        List<Object> params = new ArrayList<>();
        for (Object t : args.items) {
            if (t instanceof PyType) {
                continue; // a class's __parameters__ (Generic's) is not an alias's
            }
            if (lookup(t, "__typing_subst__") != null) {
                addOnce(params, t);
                continue;
            }
            Object sub = lookup(t, "__parameters__");
            if (sub instanceof PyTuple st) {
                for (Object t2 : st.items) {
                    addOnce(params, t2);
                }
            }
        }
        return new PyTuple(params.toArray());
    }

    static Object lookup(Object o, String name) {
        return Ops.lookupAttr(o, name);
    }

    private static void addOnce(List<Object> params, Object t) {
        for (Object p : params) {
            if (p == t) {
                return;
            }
        }
        params.add(t);
    }

    private static int indexOf(Object[] items, Object x) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** {@code *tuple[int, str]} among the arguments stands for {@code int, str} (not {@code *tuple[int, ...]}). */
    private static Object[] unpackArgs(Object item) {
        Object[] items = item instanceof PyTuple t ? t.items : new Object[] {item};
        List<Object> out = new ArrayList<>();
        for (Object x : items) {
            if (!(x instanceof PyType)) {
                Object sub = unpackedTupleArgs(x);
                if (sub instanceof PyTuple st && !(st.items.length > 0 && st.items[st.items.length - 1] == Types.ELLIPSIS)) {
                    out.addAll(List.of(st.items));
                    continue;
                }
            }
            out.add(x);
        }
        return out.toArray();
    }

    private static Object unpackedTupleArgs(Object x) {
        if (x instanceof PyGenericAlias g && g.starred && g.origin == Types.TUPLE) {
            return g.args;
        }
        Object r = lookup(x, "__typing_unpacked_tuple_args__");
        return r == PyNone.NONE ? null : r;
    }

    private static boolean isUnpackedTypeVarTuple(Object arg) {
        if (arg instanceof PyType) {
            return false;
        }
        Object v = lookup(arg, "__typing_is_unpacked_typevartuple__");
        return v != null && Ops.truthy(v);
    }

    /**
     * The new arguments of {@code self} (arguments {@code args}, parameters {@code parameters})
     * subscripted with {@code item}. Each parameter's {@code __typing_prepare_subst__} (a
     * TypeVarTuple's, a ParamSpec's) first reshapes the items to one per parameter.
     */
    static PyTuple substitute(Object self, PyTuple args, PyTuple parameters, Object item) {
        Object[] params = parameters.items;
        int nparams = params.length;
        if (nparams == 0) {
            throw Err.type(StrRepr.repr(self) + " is not a generic class");
        }
        PyThread t = PyThread.current();
        Object items = new PyTuple(unpackArgs(item));
        for (Object param : params) {
            Object prepare = lookup(param, "__typing_prepare_subst__");
            if (prepare != null && prepare != PyNone.NONE) {
                Object arg = items instanceof PyTuple ? items : new PyTuple(new Object[] {items});
                items = Ops.call(t, prepare, new Object[] {self, arg}, null);
            }
        }
        Object[] argitems = items instanceof PyTuple pt ? pt.items : new Object[] {items};
        int nitems = argitems.length;
        if (nitems != nparams) {
            throw Err.type("Too " + (nitems > nparams ? "many" : "few") + " arguments for " + StrRepr.repr(self)
                + "; actual " + nitems + ", expected " + nparams);
        }
        List<Object> newargs = new ArrayList<>();
        for (Object arg : args.items) {
            if (arg instanceof PyType) {
                newargs.add(arg);
                continue;
            }
            boolean unpack = isUnpackedTypeVarTuple(arg);
            Object subst = lookup(arg, "__typing_subst__");
            Object r = subst != null
                ? Ops.call(t, subst, new Object[] {argitems[indexOf(params, arg)]}, null)
                : substituteIn(arg, params, argitems);
            if (unpack && r instanceof PyTuple rt) {
                newargs.addAll(List.of(rt.items));
            } else {
                newargs.add(r);
            }
        }
        return new PyTuple(newargs.toArray());
    }

    /** CPython's subs_tvars: {@code obj[...]} with its own parameters replaced, or obj when it has none. */
    private static Object substituteIn(Object obj, Object[] params, Object[] argitems) {
        Object sub = lookup(obj, "__parameters__");
        if (!(sub instanceof PyTuple st) || st.items.length == 0) {
            return obj;
        }
        List<Object> subargs = new ArrayList<>();
        for (Object arg : st.items) {
            int iparam = indexOf(params, arg);
            if (iparam >= 0) {
                Object param = params[iparam];
                arg = argitems[iparam];
                if (Ops.typeOf(param).lookup("__iter__") != null && arg instanceof PyTuple at) {
                    subargs.addAll(List.of(at.items)); // a TypeVarTuple's items
                    continue;
                }
            }
            subargs.add(arg);
        }
        return Ops.getitem(obj, new PyTuple(subargs.toArray()));
    }
}
