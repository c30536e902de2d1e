package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The object reduce protocol, as typeobject.c writes it: {@code object.__reduce_ex__},
 * {@code object.__reduce__}, {@code object.__getstate__} (3.11), and the {@code __getnewargs__}
 * / {@code __reduce__} of the builtin types that pickle and copy reach through it.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static PyBuiltin objectReduce;
    private static PyBuiltin objectGetstate;

    static void install() {
        PyType o = Types.OBJECT;
        def(o, "__reduce_ex__", (t, a, k) -> {
            if (a.length != 2) {
                throw Err.type("object.__reduce_ex__() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return reduceEx(t, a[0], (int) Ops.toLong(a[1]));
        });
        def(o, "__reduce__", (t, a, k) -> {
            if (a.length != 1) {
                throw Err.type("object.__reduce__() takes no arguments (" + (a.length - 1) + " given)");
            }
            return commonReduce(t, a[0], 0);
        });
        objectReduce = (PyBuiltin) o.dict.get("__reduce__");
        def(o, "__getstate__", (t, a, k) -> getstateDefault(t, a[0], false));
        objectGetstate = (PyBuiltin) o.dict.get("__getstate__");
        builtinNewargs();
        // ellipsis_reduce and notimplemented_reduce: the singletons pickle as the builtins' names
        def(Types.ELLIPSIS_TYPE, "__reduce__", (t, a, k) -> "Ellipsis");
        def(Types.NOTIMPL_TYPE, "__reduce__", (t, a, k) -> "NotImplemented");
        def(Types.BUILTIN_FUNCTION, "__reduce__", (t, a, k) -> {
            PyBuiltin b = (PyBuiltin) a[0];
            if (b.self == null && b.owner != null) {
                // a method of a type (str.index): found again as getattr(str, 'index'), as a method_descriptor's __reduce__ does
                return PyTuple.of(t.interp.importModule(t, "builtins").get("getattr"), PyTuple.of(b.owner, b.name));
            }
            if (b.self == null || b.self instanceof PyModule) {
                return b.name;
            }
            return PyTuple.of(t.interp.importModule(t, "builtins").get("getattr"), PyTuple.of(b.self, b.name));
        });
        def(Types.METHOD, "__reduce__", (t, a, k) -> {
            PyBoundMethod m = (PyBoundMethod) a[0];
            return PyTuple.of(t.interp.importModule(t, "builtins").get("getattr"), PyTuple.of(m.self, Ops.getattr(m.func, "__name__")));
        });
        def(Types.BaseException, "__reduce__", (t, a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyDict d = e.dict();
            return d.size() == 0 ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, d);
        });
        def(Types.BaseException, "__setstate__", (t, a, k) -> {
            if (a[1] != PyNone.NONE) {
                if (!(a[1] instanceof PyDict d)) {
                    throw Err.type("state is not a dictionary");
                }
                for (var en : d.entries()) {
                    Ops.setattr(a[0], StrRepr.str(en.getKey()), en.getValue());
                }
            }
            return PyNone.NONE;
        });
    }

    private static void builtinNewargs() {
        def(Types.INT, "__getnewargs__", (t, a, k) -> PyTuple.of(intValue(a[0])));
        def(Types.FLOAT, "__getnewargs__", (t, a, k) -> PyTuple.of(Ops.toDouble(a[0])));
        def(Types.STR, "__getnewargs__", (t, a, k) -> PyTuple.of(a[0] instanceof String s ? s : StrRepr.str(a[0])));
        def(Types.TUPLE, "__getnewargs__", (t, a, k) -> PyTuple.of(new PyTuple(((PyTuple) a[0]).items.clone())));
        def(Types.BYTES, "__getnewargs__", (t, a, k) -> PyTuple.of(new PyBytes(((PyBytes) a[0]).data().clone())));
        def(Types.BYTEARRAY, "__reduce_ex__", (t, a, k) -> {
            PyBytes b = (PyBytes) a[0];
            int proto = a.length > 1 ? (int) Ops.toLong(a[1]) : 0;
            Object state = dictOrNone(a[0]);
            if (proto < 3) {
                return PyTuple.of(Ops.typeOf(a[0]), PyTuple.of(new String(b.data(), StandardCharsets.ISO_8859_1), "latin-1"), state);
            }
            return PyTuple.of(Ops.typeOf(a[0]), PyTuple.of(new PyBytes(b.data().clone())), state);
        });
        def(Types.BYTEARRAY, "__reduce__", (t, a, k) -> Ops.call(t, Types.BYTEARRAY.dict.get("__reduce_ex__"), new Object[] {a[0], 0L}, null));
        PyCallable setReduce = (t, a, k) -> PyTuple.of(Ops.typeOf(a[0]), PyTuple.of(new PyList(Ops.toArray(a[0]))), dictOrNone(a[0]));
        def(Types.SET, "__reduce__", setReduce);
        def(Types.FROZENSET, "__reduce__", setReduce);
        def(Types.RANGE, "__reduce__", (t, a, k) -> PyTuple.of(Types.RANGE,
            PyTuple.of(Ops.getattr(a[0], "start"), Ops.getattr(a[0], "stop"), Ops.getattr(a[0], "step"))));
        // the singletons reduce to their names in builtins (Objects/sliceobject.c's ellipsis_reduce)
        def(Types.ELLIPSIS_TYPE, "__reduce__", (t, a, k) -> "Ellipsis");
        def(Types.NOTIMPL_TYPE, "__reduce__", (t, a, k) -> "NotImplemented");
        def(Types.SLICE, "__reduce__", (t, a, k) -> {
            PySlice s = (PySlice) a[0];
            return PyTuple.of(Types.SLICE, PyTuple.of(s.start, s.stop, s.step));
        });
    }

    private static Object intValue(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        return Ops.normalize(Ops.big(o));
    }

    private static Object dictOrNone(Object o) {
        PyDict d = Attr.instanceDict(o);
        return d == null || d.size() == 0 ? PyNone.NONE : d;
    }

    /** {@code object.__reduce_ex__}: a class's own {@code __reduce__} wins, else the common reduce. */
    static Object reduceEx(PyThread t, Object self, int proto) {
        Object clsReduce = Ops.typeOf(self).lookup("__reduce__");
        if (clsReduce != null && clsReduce != objectReduce) {
            return Ops.call(t, Ops.getattr(self, "__reduce__"), new Object[0], null);
        }
        return commonReduce(t, self, proto);
    }

    static Object commonReduce(PyThread t, Object self, int proto) {
        if (proto >= 2) {
            return reduceNewobj(t, self);
        }
        PyModule copyreg = t.interp.importModule(t, "copyreg");
        return Ops.call(t, copyreg.get("_reduce_ex"), new Object[] {self, (long) proto}, null);
    }

    private static Object reduceNewobj(PyThread t, Object obj) {
        PyType cls = Ops.typeOf(obj);
        PyTuple args = null;
        PyDict kwargs = null;
        Object gnx = cls.lookup("__getnewargs_ex__");
        if (gnx != null) {
            Object r = Ops.call(t, Ops.getattr(obj, "__getnewargs_ex__"), new Object[0], null);
            if (!(r instanceof PyTuple rt)) {
                throw Err.type("__getnewargs_ex__ should return a tuple, not '" + Ops.typeName(r) + "'");
            }
            if (rt.size() != 2) {
                throw Err.value("__getnewargs_ex__ should return a tuple of length 2, not " + rt.size());
            }
            if (!(rt.items[0] instanceof PyTuple a0)) {
                throw Err.type("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                    + Ops.typeName(rt.items[0]) + "'");
            }
            if (!(rt.items[1] instanceof PyDict k1)) {
                throw Err.type("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                    + Ops.typeName(rt.items[1]) + "'");
            }
            args = a0;
            kwargs = k1;
        } else if (cls.lookup("__getnewargs__") != null) {
            Object r = Ops.call(t, Ops.getattr(obj, "__getnewargs__"), new Object[0], null);
            if (!(r instanceof PyTuple rt)) {
                throw Err.type("__getnewargs__ should return a tuple, not '" + Ops.typeName(r) + "'");
            }
            args = rt;
        }
        boolean hasArgs = args != null;
        boolean isList = obj instanceof PyList;
        boolean isDict = obj instanceof PyDict;
        PyModule copyreg = t.interp.importModule(t, "copyreg");
        Object newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = copyreg.get("__newobj__");
            int n = args == null ? 0 : args.size();
            Object[] na = new Object[n + 1];
            na[0] = cls;
            if (n > 0) {
                System.arraycopy(args.items, 0, na, 1, n);
            }
            newargs = new PyTuple(na);
        } else {
            newobj = copyreg.get("__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        Object state = getstate(t, obj, !hasArgs && !isList && !isDict);
        Object listitems = isList ? Ops.iter(obj) : PyNone.NONE;
        Object dictitems = isDict ? Ops.iter(Ops.call(t, Ops.getattr(obj, "items"), new Object[0], null)) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    private static Object getstate(PyThread t, Object obj, boolean required) {
        Object gs = Ops.typeOf(obj).lookup("__getstate__");
        if (gs == objectGetstate && !(obj instanceof PyInstance i && i.getDictAttr("__getstate__") != null)) {
            return getstateDefault(t, obj, required);
        }
        return Ops.call(t, Ops.getattr(obj, "__getstate__"), new Object[0], null);
    }

    /** {@code object_getstate_default}: the instance dict (or None) and, with slots, {@code (dict, slots)}. */
    static Object getstateDefault(PyThread t, Object obj, boolean required) {
        PyType cls = Ops.typeOf(obj);
        if (required && !(obj instanceof PyInstance) && !(obj instanceof PyDict) && !(obj instanceof PyList)
                && !(obj instanceof PyTuple)) {
            throw Err.type("cannot pickle '" + cls.name + "' object");
        }
        Object state = PyNone.NONE;
        boolean hasSlots = declaresSlots(cls);
        PyDict d = Attr.instanceDict(obj);
        if (d != null && d.size() > 0 && cls.slotNames == null) {
            if (hasSlots) {
                PyDict copy = new PyDict();
                for (var en : d.entries()) {
                    copy.put(en.getKey(), en.getValue());
                }
                d = copy;
            }
            state = d;
        }
        if (hasSlots) {
            Object names = slotNames(t, cls);
            PyDict slots = new PyDict();
            for (Object n : Ops.toArray(names)) {
                Object v = Ops.lookupAttr(obj, StrRepr.str(n)); // an unset slot raises AttributeError: copyreg skips it
                if (v != null) {
                    slots.put(n, v);
                    if (state instanceof PyDict sd && sd != Attr.instanceDict(obj)) {
                        sd.remove(n);
                    }
                }
            }
            if (state instanceof PyDict sd && sd.size() == 0) {
                state = PyNone.NONE;
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    private static boolean declaresSlots(PyType cls) {
        for (PyType c : cls.mro) {
            if (!c.builtin && c.dict.containsKey("__slots__")) {
                return true;
            }
        }
        return false;
    }

    private static Object slotNames(PyThread t, PyType cls) {
        Object cached = cls.dict.get("__slotnames__");
        if (cached instanceof PyList) {
            return cached;
        }
        PyModule copyreg = t.interp.importModule(t, "copyreg");
        return Ops.call(t, copyreg.get("_slotnames"), new Object[] {cls}, null);
    }
}
