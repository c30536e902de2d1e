package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Finalizers;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;

/**
 * {@code gc}: collect (System.gc, the {@code __del__} methods it made due: see Finalizers, then the
 * weakref callbacks: see WeakRefs), enable, disable, isenabled; {@code collect(0)}/{@code collect(1)}
 * only run the {@code __del__} methods and weakref callbacks already due (a JVM has no young
 * collection on request). {@code gc.callbacks} are called with "start" and "stop" around each
 * collection, {@code get_stats} counts the collections per generation and what they found;
 * {@code gc.garbage} stays empty (PEP 442: cycles with {@code __del__} are collected). The
 * thresholds and debug flags are kept and reported but the JVM decides when it collects and
 * prints nothing; {@code get_count} is (0, 0, 0). {@code is_tracked} answers CPython's rule for atoms
 * (ints, floats, strs, bytes, None, bools are never tracked) and True for every other object
 * (CPython also untracks dicts and tuples of atoms); {@code is_finalized} whether an object's
 * {@code __del__} has been called. A JVM does not list its heap: {@code get_objects} and
 * {@code get_referrers} return empty lists, {@code get_referents} the items of a list, tuple, dict
 * (its values when its keys are strs), set or frozenset and an instance's {@code __dict__} and class; {@code freeze} has nothing to move
 * ({@code get_freeze_count} is 0).
 */
public final class GcModule {
    private GcModule() {}

    static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] debug = {0};
        // per generation: collections, collected (CPython's get_stats)
        long[][] stats = new long[3][2];
        PyList garbage = new PyList();
        PyList callbacks = new PyList();
        m.def("collect", (t, a, k) -> {
            Object g = BuiltinArgs.get(a, k, 0, "generation", 2L);
            long gen = Ops.toLong(g);
            if (gen < 0 || gen > 2) {
                throw Err.value("invalid generation");
            }
            int gi = (int) gen;
            if (Finalizers.finalizing()) {
                return 0L; // called from a __del__: CPython's gc.collect() returns 0 during a collection
            }
            if (callbacks.size() > 0) {
                runCallbacks(t, callbacks, "start", gi, 0);
            }
            long n;
            if (gen < 2) {
                // a young collection, which a JVM cannot be asked for: the __del__ methods and weakref
                // callbacks already due; the heap is the JVM's (a full System.gc() each time made
                // test_weakref's 200 collect(0) calls take minutes)
                Finalizers.runPending(t);
                WeakRefs.drain(t);
                n = 0;
            } else {
                // one JVM collection per call: Finalizers collects when this interpreter made an
                // object with __del__, and then the weakref scan reads that collection's results
                boolean finalizing = t.interp.madeFinalizable;
                n = Finalizers.collect(t);
                n += WeakrefModule.collect(t, !finalizing);
            }
            stats[gi][0]++;
            stats[gi][1] += n;
            if (callbacks.size() > 0) {
                runCallbacks(t, callbacks, "stop", gi, n);
            }
            return n;
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
        m.def("get_debug", (t, a, k) -> debug[0]);
        m.def("set_debug", (t, a, k) -> {
            debug[0] = Ops.toLong(BuiltinArgs.get(a, k, 0, "flags", null));
            return PyNone.NONE;
        });
        m.put("DEBUG_STATS", 1L);
        m.put("DEBUG_COLLECTABLE", 2L);
        m.put("DEBUG_UNCOLLECTABLE", 4L);
        m.put("DEBUG_SAVEALL", 32L);
        m.put("DEBUG_LEAK", 38L);
        m.def("get_count", (t, a, k) -> PyTuple.of(0L, 0L, 0L));
        m.def("get_stats", (t, a, k) -> {
            PyList l = new PyList();
            for (long[] s : stats) {
                PyDict d = new PyDict();
                d.put("collections", s[0]);
                d.put("collected", s[1]);
                d.put("uncollectable", 0L);
                l.append(d);
            }
            return l;
        });
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
                || o instanceof BigInteger || o == PyNone.NONE || o instanceof PyBytes && Ops.typeOf(o) == Types.BYTES);
        });
        m.def("is_finalized", (t, a, k) -> Finalizers.isFinalized(a[0]));
        m.def("get_objects", (t, a, k) -> {
            Object g = BuiltinArgs.get(a, k, 0, "generation", PyNone.NONE);
            if (g != PyNone.NONE) {
                long gen = Ops.toLong(g);
                if (gen < 0) {
                    throw Err.value("generation parameter cannot be negative");
                }
                if (gen > 2) {
                    throw Err.value("generation parameter must be less than the number of available generations (3)");
                }
            }
            return new PyList();
        });
        m.def("get_referrers", (t, a, k) -> new PyList());
        m.def("get_referents", (t, a, k) -> {
            PyList out = new PyList();
            for (Object o : a) {
                // a list's and a tuple's traverse visit the items from the last
                if (o instanceof PyTuple tu) {
                    for (int i = tu.items.length - 1; i >= 0; i--) {
                        out.append(tu.items[i]);
                    }
                } else if (o instanceof PyList l) {
                    Object[] items = l.toArray();
                    for (int i = items.length - 1; i >= 0; i--) {
                        out.append(items[i]);
                    }
                } else if (o instanceof PyDict d) {
                    // CPython's dict of str keys visits only its values
                    boolean strKeys = true;
                    for (Object key : d.keysArray()) {
                        strKeys &= key instanceof String;
                    }
                    for (java.util.Map.Entry<Object, Object> e : d.entries()) {
                        if (!strKeys) {
                            out.append(e.getKey());
                        }
                        out.append(e.getValue());
                    }
                } else if (o instanceof PySet) {
                    for (Object x : Ops.toArray(o)) {
                        out.append(x);
                    }
                } else if (o instanceof PyInstance) {
                    Object d = Ops.getattrOrNull(o, "__dict__");
                    if (d instanceof PyDict) {
                        out.append(d);
                    }
                    out.append(Ops.typeOf(o));
                }
            }
            return out;
        });
        m.def("freeze", (t, a, k) -> PyNone.NONE);
        m.def("unfreeze", (t, a, k) -> PyNone.NONE);
        m.def("get_freeze_count", (t, a, k) -> 0L);
        m.put("garbage", garbage);
        m.put("callbacks", callbacks);
        return m;
    }

    /** Calls each of {@code gc.callbacks} with the phase and an info dict; an exception is unraisable. */
    private static void runCallbacks(PyThread t, PyList callbacks, String phase, int gen, long collected) {
        PyDict info = new PyDict();
        info.put("generation", (long) gen);
        info.put("collected", collected);
        info.put("uncollectable", 0L);
        for (Object cb : callbacks.toArray()) {
            try {
                Ops.call(t, cb, new Object[] {phase, info}, null);
            } catch (PyException e) {
                Finalizers.unraisable(t, cb, e);
            }
        }
    }
}
