package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _bisect} ({@code Modules/_bisectmodule.c}): binary search and insertion into sorted
 * sequences, with {@code lo}, {@code hi} and {@code key} as in 3.10+. The comparisons are
 * {@code <} through the object protocol; insort inserts with the sequence's own {@code insert}.
 */
public final class BisectModule {
    private BisectModule() {}

    private static long search(PyThread t, Object[] a, String[] k, boolean right, String fn) {
        Object seq = BuiltinArgs.get(a, k, 0, "a", null);
        Object x = BuiltinArgs.get(a, k, 1, "x", null);
        if (seq == null || x == null) {
            throw Err.type(fn + "() missing required argument '" + (seq == null ? "a' (pos 1)" : "x' (pos 2)"));
        }
        long lo = Ops.toLong(BuiltinArgs.get(a, k, 2, "lo", 0L));
        Object hiArg = BuiltinArgs.get(a, k, 3, "hi", PyNone.NONE);
        Object key = BuiltinArgs.get(a, k, 4, "key", PyNone.NONE);
        if (lo < 0) {
            throw Err.value("lo must be non-negative");
        }
        long hi = hiArg == PyNone.NONE ? Ops.len(seq) : Ops.toLong(hiArg);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Ops.getitem(seq, mid);
            if (key != PyNone.NONE) {
                item = Ops.call(t, key, new Object[] {item}, null);
            }
            boolean goLeft = right ? Ops.lt(x, item) : !Ops.lt(item, x);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Object insort(PyThread t, Object[] a, String[] k, boolean right, String fn) {
        Object seq = BuiltinArgs.get(a, k, 0, "a", null);
        Object x = BuiltinArgs.get(a, k, 1, "x", null);
        Object key = BuiltinArgs.get(a, k, 4, "key", PyNone.NONE);
        long at;
        if (key == PyNone.NONE) {
            at = search(t, a, k, right, fn);
        } else {
            Object kx = Ops.call(t, key, new Object[] {x}, null);
            Object[] b = a.clone();
            int xi = k == null ? 1 : -1;
            if (xi == 1 || BuiltinArgs.npos(a, k) > 1) {
                b[1] = kx;
            } else {
                for (int i = 0; i < k.length; i++) {
                    if (k[i].equals("x")) {
                        b[a.length - k.length + i] = kx;
                    }
                }
            }
            at = search(t, b, k, right, fn);
        }
        if (Ops.typeOf(seq) == Types.LIST) {
            Ops.call(t, Types.LIST.lookup("insert"), new Object[] {seq, at, x}, null);
        } else {
            Ops.call(t, Ops.getattr(seq, "insert"), new Object[] {at, x}, null);
        }
        return PyNone.NONE;
    }

    static PyModule create() {
        PyModule m = new PyModule("_bisect");
        m.def("bisect_right", (t, a, k) -> search(t, a, k, true, "bisect_right"));
        m.def("bisect_left", (t, a, k) -> search(t, a, k, false, "bisect_left"));
        m.def("insort_right", (t, a, k) -> insort(t, a, k, true, "insort_right"));
        m.def("insort_left", (t, a, k) -> insort(t, a, k, false, "insort_left"));
        return m;
    }
}
