package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code gc}: collect (System.gc, the {@code __del__} methods it made due: see Finalizers, then the
 * weakref callbacks: see WeakRefs), enable,
 * disable, isenabled; {@code collect(0)}/{@code collect(1)} only run the weakref callbacks already
 * due (a JVM has no young collection on request). The thresholds are kept and reported but the JVM decides when it collects;
 * {@code is_tracked} answers CPython's rule for atoms (ints, floats, strs, bytes, None, bools are
 * never tracked) and True for every other object (CPython also untracks dicts and tuples of atoms).
 */
public final class GcModule {
    private GcModule() {}

    static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        // a JVM collection, then the weakref callbacks it made due (see WeakRefs); the count is of dead weakrefs
        // gc.collect(0) and gc.collect(1) ask for a young collection, which a JVM cannot be asked for:
        // they run the weakref callbacks already due and leave the heap to the JVM (a full
        // System.gc() each time made test_weakref's 200 collect(0) calls take minutes)
        m.def("collect", (t, a, k) -> {
            if (a.length > 0 && Ops.toLong(a[0]) < 2) {
                if (Ops.toLong(a[0]) < 0) {
                    throw Err.value("invalid generation");
                }
                dev.gilspy.interp.runtime.Finalizers.runPending(t);
                WeakRefs.drain(t);
                return 0L;
            }
            // the __del__ methods of what the JVM finds dead (see Finalizers), then the weakref callbacks
            // one JVM collection per call where possible: Finalizers collects when this interpreter made
            // an object with __del__, and then the weakref scan reads that collection's results
            boolean finalizing = t.interp.madeFinalizable;
            long n = dev.gilspy.interp.runtime.Finalizers.collect(t);
            return n + WeakrefModule.collect(t, !finalizing);
        });
        m.def("enable", (t, a, k) -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.def("disable", (t, a, k) -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        m.def("isenabled", (t, a, k) -> enabled[0]);
        m.def("get_count", (t, a, k) -> PyTuple.of(0L, 0L, 0L));
        Object[] thresholds = {700L, 10L, 10L};
        m.def("get_threshold", (t, a, k) -> PyTuple.of(thresholds[0], thresholds[1], thresholds[2]));
        m.def("set_threshold", (t, a, k) -> {
            if (a.length < 1 || a.length > 3) {
                throw Err.type("set_threshold() takes from 1 to 3 positional arguments but " + a.length + " were given");
            }
            for (int i = 0; i < a.length; i++) {
                thresholds[i] = Ops.toLong(a[i]);
            }
            return PyNone.NONE;
        });
        m.def("is_tracked", (t, a, k) -> {
            Object o = a[0];
            return !(o instanceof String || o instanceof Long || o instanceof Double || o instanceof Boolean
                || o instanceof BigInteger || o == PyNone.NONE || o instanceof PyBytes && Ops.typeOf(o) == dev.gilspy.interp.runtime.Types.BYTES);
        });
        m.put("garbage", new PyList());
        m.put("callbacks", new PyList());
        return m;
    }
}
