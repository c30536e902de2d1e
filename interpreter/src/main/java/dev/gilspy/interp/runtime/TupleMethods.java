package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code tuple} ({@link PyTuple}). */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        tupleMethods();
    }

    static void tupleMethods() {
        PyType tp = Types.TUPLE;
        tp.ctor = (t, cls, a, k) -> {
            if (k != null && k.length > 0 && cls.lookup("__init__") == Types.OBJECT.lookup("__init__")) {
                throw Err.type("tuple() takes no keyword arguments"); // tuple_new, unless a subclass's __init__ takes them
            }
            if (cls != Types.TUPLE) {
                return new PyTuple.Sub(cls, a.length == 0 ? new Object[0] : LengthHint.toArray(a[0]).clone());
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple tu && tu.getClass() == PyTuple.class) {
                return tu;
            }
            return new PyTuple(LengthHint.toArray(a[0]).clone());
        };
        // tuple.__hash__(self) in a subclass's own __hash__: the items' hash, not the override again
        def(tp, "__hash__", (t, a, k) -> ((PyTuple) a[0]).pyHash());
        def(tp, "index", (t, a, k) -> {
            Object[] items = ((PyTuple) a[0]).items;
            int start = a.length > 2 ? (int) ListMethods.clampIndex(Ops.toIndex(a[2]), items.length) : 0;
            int stop = a.length > 3 ? (int) ListMethods.clampIndex(Ops.toIndex(a[3]), items.length) : items.length;
            for (int i = start; i < stop; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value("tuple.index(x): x not in tuple");
        });
        def(tp, "count", (t, a, k) -> {
            long n = 0;
            for (Object o : ((PyTuple) a[0]).items) {
                if (o == a[1] || Ops.eq(o, a[1])) {
                    n++;
                }
            }
            return n;
        });
        ListMethods.sequenceDunders(tp);
    }
}
