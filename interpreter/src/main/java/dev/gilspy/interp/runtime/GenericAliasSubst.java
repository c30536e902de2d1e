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

    /** CPython's _PyObject_LookupAttr: the attribute, or null when reading it raises AttributeError. */
    static Object lookup(Object o, String name) {
        try {
            return Ops.getattrOrNull(o, name);
        } catch (PyException e) {
            if (Err.matches(e, Types.AttributeError)) {
                return null;
            }
            throw e;
        }
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

    /** The new arguments of {@code self} (arguments {@code args}, parameters {@code parameters}) subscripted with {@code item}. */
    static PyTuple substitute(Object self, PyTuple args, PyTuple parameters, Object item) {
        Object[] params = parameters.items;
        int nparams = params.length;
        if (nparams == 0) {
            throw Err.type(StrRepr.repr(self) + " is not a generic class");
        }
        Object[] argitems = unpackArgs(item);
        int nitems = argitems.length;
        int varparam = nparams;
        for (int i = 0; i < nparams; i++) {
            if (Ops.typeOf(params[i]).lookup("__iter__") != null) {
                if (varparam < nparams) {
                    throw Err.type("More than one TypeVarTuple parameter in " + StrRepr.str(self));
                }
                varparam = i;
            }
        }
        if (varparam < nparams) {
            if (nitems < nparams - 1) {
                throw Err.type("Too few arguments for " + StrRepr.repr(self));
            }
        } else if (nitems != nparams) {
            throw Err.type("Too " + (nitems > nparams ? "many" : "few") + " arguments for " + StrRepr.repr(self)
                + "; actual " + nitems + ", expected " + nparams);
        }
        PyThread t = PyThread.current();
        List<Object> newargs = new ArrayList<>();
        for (Object arg : args.items) {
            boolean unpack = isUnpackedTypeVarTuple(arg);
            Object subst = arg instanceof PyType ? null : lookup(arg, "__typing_subst__");
            Object r;
            if (subst != null) {
                int iparam = indexOf(params, arg);
                if (iparam == varparam) {
                    throw Err.type("Substitution of bare TypeVarTuple is not supported");
                }
                if (iparam > varparam) {
                    iparam += nitems - nparams;
                }
                r = Ops.call(t, subst, new Object[] {argitems[iparam]}, null);
            } else {
                r = substituteIn(arg, params, argitems, varparam);
            }
            if (unpack && r instanceof PyTuple rt) {
                newargs.addAll(List.of(rt.items));
            } else {
                newargs.add(r);
            }
        }
        return new PyTuple(newargs.toArray());
    }

    /** CPython's subs_tvars: {@code obj[...]} with its own parameters replaced, or obj when it has none. */
    private static Object substituteIn(Object obj, Object[] params, Object[] argitems, int varparam) {
        Object sub = obj instanceof PyType ? null : lookup(obj, "__parameters__");
        if (!(sub instanceof PyTuple st) || st.items.length == 0) {
            return obj;
        }
        int nparams = params.length;
        int nargs = argitems.length;
        List<Object> subargs = new ArrayList<>();
        for (Object arg : st.items) {
            int iparam = indexOf(params, arg);
            if (iparam == varparam && iparam >= 0) {
                for (int i = 0; i < nargs - nparams + 1; i++) {
                    subargs.add(argitems[iparam + i]);
                }
            } else {
                if (iparam >= 0) {
                    if (iparam > varparam) {
                        iparam += nargs - st.items.length;
                    }
                    arg = argitems[iparam];
                }
                subargs.add(arg);
            }
        }
        return Ops.getitem(obj, new PyTuple(subargs.toArray()));
    }
}
