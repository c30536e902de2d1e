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
            if (cls != Types.TUPLE) {
                return new PyTuple.Sub(cls, a.length == 0 ? new Object[0] : Ops.toArray(a[0]).clone());
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple tu && tu.getClass() == PyTuple.class) {
                return tu;
            }
            return new PyTuple(Ops.toArray(a[0]).clone());
        };
        def(tp, "index", (t, a, k) -> {
            Object[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < items.length; i++) {
                if (Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value("tuple.index(x): x not in tuple");
        });
        def(tp, "count", (t, a, k) -> {
            long n = 0;
            for (Object o : ((PyTuple) a[0]).items) {
                if (Ops.eq(o, a[1])) {
                    n++;
                }
            }
            return n;
        });
        def(tp, "__hash__", (t, a, k) -> (long) a[0].hashCode());
        ListMethods.sequenceDunders(tp);
    }
}
