package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/** Tuple/list unpacking into targets, with at most one starred target. */
final class Unpack {
    private Unpack() {}

    private static boolean notIterable(PyType t) {
        return t.lookup("__iter__") == null && t.lookup("__getitem__") == null;
    }

    /** unpack_iterable: an object that cannot be iterated at all is "cannot unpack non-iterable T object". */
    private static void checkIterable(Object v) {
        try {
            Ops.iter(v);
        } catch (PyException e) {
            if (Err.matches(e, Types.TypeError) && notIterable(Ops.typeOf(v))) {
                throw Err.type("cannot unpack non-iterable " + Ops.typeName(v) + " object");
            }
            throw e;
        }
    }

    static void assign(PyFrame f, Expr[] targets, Object v) {
        Object[] items;
        if (v instanceof PyTuple t) {
            items = t.items;
        } else if (v instanceof PyList l) {
            items = l.toArray();
        } else {
            if ((!(v instanceof PyObj) || v == PyNone.NONE) && !(v instanceof String)
                || v instanceof PyInstance && notIterable(Ops.typeOf(v))) {
                checkIterable(v);
            }
            items = Ops.toArray(v);
        }
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] instanceof Exprs.Starred) {
                star = i;
            }
        }
        if (star < 0) {
            if (items.length != targets.length) {
                if (items.length > targets.length) {
                    throw Err.value("too many values to unpack (expected " + targets.length + ")");
                }
                throw Err.value("not enough values to unpack (expected " + targets.length + ", got " + items.length + ")");
            }
            for (int i = 0; i < targets.length; i++) {
                ((Target) targets[i]).assign(f, items[i]);
            }
            return;
        }
        int after = targets.length - star - 1;
        if (items.length < targets.length - 1) {
            throw Err.value("not enough values to unpack (expected at least " + (targets.length - 1) + ", got " + items.length + ")");
        }
        for (int i = 0; i < star; i++) {
            ((Target) targets[i]).assign(f, items[i]);
        }
        Object[] mid = java.util.Arrays.copyOfRange(items, star, items.length - after);
        ((Target) targets[star]).assign(f, new PyList(mid));
        for (int i = 0; i < after; i++) {
            ((Target) targets[star + 1 + i]).assign(f, items[items.length - after + i]);
        }
    }
}
