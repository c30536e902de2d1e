package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Constructor and methods of {@code range} ({@link PyRange}) and {@code slice} ({@link PySlice}). */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        rangeAndSlice();
    }

    static void rangeAndSlice() {
        Types.RANGE.ctor = (t, cls, a, k) -> {
            BuiltinArgs.noKw("range", k);
            if (a.length == 0) {
                throw Err.type("range expected at least 1 argument, got 0");
            }
            if (a.length > 3) {
                throw Err.type("range expected at most 3 arguments, got " + a.length);
            }
            for (Object o : a) {
                if (!Ops.isInt(o) && !(o instanceof PyInstance)) {
                    throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
                }
            }
            for (Object o : a) {
                if (o instanceof BigInteger) {
                    BigInteger one = BigInteger.ONE;
                    return a.length == 1 ? new PyLongRange(BigInteger.ZERO, Ops.big(a[0]), one)
                        : new PyLongRange(Ops.big(a[0]), Ops.big(a[1]), a.length > 2 ? Ops.big(a[2]) : one);
                }
            }
            if (a.length == 1) {
                return new PyRange(0, Ops.toLong(a[0]), 1);
            }
            return new PyRange(Ops.toLong(a[0]), Ops.toLong(a[1]), a.length > 2 ? Ops.toLong(a[2]) : 1);
        };
        def(Types.RANGE, "__len__", (t, a, k) -> a[0] instanceof PyLongRange lr ? lr.len() : ((PyRange) a[0]).length());
        def(Types.RANGE, "__iter__", (t, a, k) -> Ops.iter(a[0]));
        def(Types.RANGE, "__getitem__", (t, a, k) -> Ops.getitem(a[0], a[1]));
        def(Types.RANGE, "__contains__", (t, a, k) -> Ops.contains(a[0], a[1]));
        def(Types.RANGE, "index", (t, a, k) -> {
            PyRange r = (PyRange) a[0];
            if (!Ops.contains(r, a[1])) {
                throw Err.value(StrRepr.repr(a[1]) + " is not in range");
            }
            return (Ops.toLong(a[1]) - r.start) / r.step;
        });
        def(Types.RANGE, "count", (t, a, k) -> Ops.contains(a[0], a[1]) ? 1L : 0L);
        Types.SLICE.ctor = (t, cls, a, k) -> a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
            : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        def(Types.SLICE, "indices", (t, a, k) -> {
            PySlice sl = (PySlice) a[0];
            long[] ix = sl.indices(Ops.toLong(a[1]));
            return PyTuple.of(ix[0], ix[1], sl.exactStep(ix[2]));
        });
    }
}
