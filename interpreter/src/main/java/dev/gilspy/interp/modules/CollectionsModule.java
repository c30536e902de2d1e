package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _collections} ({@code Modules/_collectionsmodule.c}): {@link PyDeque deque},
 * {@link DefaultDict defaultdict}, {@code _count_elements} (Counter's loop), {@code _tuplegetter}
 * (namedtuple's field descriptor) and the deque iterator types. Nothing here releases the GIL.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    static final PyType TUPLEGETTER = NativeTypes.newType("_tuplegetter", "collections", null, (t, cls, a, k) -> {
        if (a.length != 2) {
            throw Err.type("_tuplegetter expected 2 arguments, got " + a.length);
        }
        return new TupleGetter(cls, Ops.toLong(a[0]), a[1]);
    });

    static final class TupleGetter extends NativeObj {
        final long index;
        Object doc;

        TupleGetter(PyType cls, long index, Object doc) {
            super(cls);
            this.index = index;
            this.doc = doc;
        }
    }

    static {
        NativeTypes.def(TUPLEGETTER, "__get__", (t, a, k) -> {
            TupleGetter g = (TupleGetter) a[0];
            Object obj = a[1];
            if (obj == PyNone.NONE) {
                return g;
            }
            if (!(obj instanceof PyTuple tu)) {
                throw Err.type("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                    + Ops.typeName(obj) + "' object");
            }
            if (g.index >= tu.items.length) {
                throw Err.index("tuple index out of range");
            }
            return tu.items[(int) g.index];
        });
        NativeTypes.def(TUPLEGETTER, "__set__", (t, a, k) -> {
            throw Err.attr("can't set attribute");
        });
        NativeTypes.getset(TUPLEGETTER, "__doc__", o -> ((TupleGetter) o).doc, (o, v) -> ((TupleGetter) o).doc = v);
        NativeTypes.ready(TUPLEGETTER);
    }

    static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("_deque_iterator", PyDeque.ITER);
        m.put("_deque_reverse_iterator", PyDeque.REVITER);
        m.put("_tuplegetter", TUPLEGETTER);
        m.def("_count_elements", (t, a, k) -> {
            if (a.length != 2) {
                throw Err.type("_count_elements expected 2 arguments, got " + a.length);
            }
            Object mapping = a[0];
            Object it = Ops.iter(a[1]);
            Object v;
            // CPython's fast path: a dict whose type keeps dict's get and __setitem__ (a subclass that
            // overrides either is called, as the pure-Python loop would)
            boolean plain = mapping instanceof PyDict d && (d.type() == Types.DICT
                || Ops.typeOf(mapping).lookup("get") == Types.DICT.lookup("get")
                && Ops.typeOf(mapping).lookup("__setitem__") == Types.DICT.lookup("__setitem__"));
            while ((v = Ops.next(t, it)) != null) {
                if (plain) {
                    PyDict d = (PyDict) mapping;
                    Object old = d.get(v);
                    Ops.setitem(d, v, old == null ? 1L : Ops.add(old, 1L));
                } else {
                    Object get = Ops.getattr(mapping, "get");
                    Object old = Ops.call(t, get, new Object[] {v, 0L}, null);
                    Ops.setitem(mapping, v, Ops.add(old, 1L));
                }
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** {@code PyCallable_Check}. */
    static boolean callable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyBoundMethod || o instanceof PyType
            || Ops.typeOf(o).lookup("__call__") != null;
    }
}
