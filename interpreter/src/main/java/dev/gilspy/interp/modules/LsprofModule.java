package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StructSeq;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _lsprof} ({@code Modules/_lsprof.c}), the profiler under CPython's {@code cProfile}: a
 * {@code Profiler} that, once enabled, hears of every Python frame of the enabling thread start and
 * end ({@link PyThread.CallHook}) and keeps, per code object, the call count, the recursive call
 * count, the total and the inline time, and the same per caller ({@code subcalls}); {@code getstats}
 * returns them as {@code profiler_entry}/{@code profiler_subentry} for {@code pstats}. The clock is
 * {@link System#nanoTime} (CPython's perf counter) or the {@code timer} given, read as CPython's
 * {@code CallExternalTimer} reads it.
 * <p>Not served: built-in functions are not entries of their own ({@code builtins=True} is
 * accepted; their time counts as their caller's inline time), since gilspy's builtins do not pass
 * through the frame hook; nor are comprehensions, which run in their function's frame on gilspy
 * (CPython 3.11 gives them a {@code <listcomp>} frame). With {@code builtins=False} and no
 * comprehensions the statistics have the same entries as CPython's.
 */
public final class LsprofModule {
    private LsprofModule() {}

    static final PyType ENTRY = StructSeq.type("_lsprof", "profiler_entry", "code", "callcount", "reccallcount",
        "totaltime", "inlinetime", "calls");
    static final PyType SUBENTRY = StructSeq.type("_lsprof", "profiler_subentry", "code", "callcount", "reccallcount",
        "totaltime", "inlinetime");
    static final PyType PROFILER = NativeTypes.newType("Profiler", "_lsprof", null, Profiler::construct);

    public static PyModule create() {
        PyModule m = new PyModule("_lsprof");
        m.put("Profiler", PROFILER);
        m.put("profiler_entry", ENTRY);
        m.put("profiler_subentry", SUBENTRY);
        return m;
    }

    /** Counts and times of one code object (or of one callee under one caller). */
    static final class Stats {
        final Object code;
        long callcount;
        long reccallcount;
        long tt;
        long it;
        int recursionLevel;
        Map<Object, Stats> calls;

        Stats(Object code) { this.code = code; }
    }

    /** One running frame: CPython's {@code ProfilerContext}. */
    static final class Ctx {
        final PyFrame frame;
        final Stats entry;
        final Ctx previous;
        long t0;
        long subt;

        Ctx(PyFrame frame, Stats entry, Ctx previous) {
            this.frame = frame;
            this.entry = entry;
            this.previous = previous;
        }
    }

    static final class Profiler extends NativeObj implements PyThread.CallHook {
        final Object timer;
        final double timeunit;
        boolean subcalls;
        final Map<Object, Stats> entries = new IdentityHashMap<>();
        final List<Stats> order = new ArrayList<>();
        Ctx current;
        PyThread owner;
        boolean inTimer;

        Profiler(PyType cls, Object timer, double timeunit, boolean subcalls) {
            super(cls);
            this.timer = timer;
            this.timeunit = timeunit;
            this.subcalls = subcalls;
        }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            Object timer = BuiltinArgs.get(a, k, 0, "timer", PyNone.NONE);
            Object unit = BuiltinArgs.get(a, k, 1, "timeunit", 0.0);
            boolean subcalls = Buffers.flag(a, k, 2, "subcalls", true);
            Buffers.flag(a, k, 3, "builtins", true);
            return new Profiler(cls, timer == PyNone.NONE ? null : timer, Ops.toDouble(unit), subcalls);
        }

        /** CPython's {@code call_timer}: nanoseconds, or the external timer's units. */
        long now(PyThread t) {
            if (timer == null) {
                return System.nanoTime();
            }
            inTimer = true;
            try {
                Object o = Ops.call(t, timer, new Object[0], null);
                if (timeunit > 0.0) {
                    return Ops.toLong(o);
                }
                return (long) Math.floor(Ops.toDouble(o) * 1e9);
            } finally {
                inTimer = false;
            }
        }

        private Stats entry(Map<Object, Stats> map, Object code, boolean top) {
            Stats s = map.get(code);
            if (s == null) {
                s = new Stats(code);
                map.put(code, s);
                if (top) {
                    order.add(s);
                }
            }
            return s;
        }

        @Override
        public void enter(PyThread t, PyFrame f) {
            if (inTimer) {
                return;
            }
            Object code = f.code();
            Stats e = entry(entries, code, true);
            Ctx c = new Ctx(f, e, current);
            e.recursionLevel++;
            if (subcalls && current != null) {
                Stats caller = current.entry;
                if (caller.calls == null) {
                    caller.calls = new IdentityHashMap<>();
                }
                entry(caller.calls, code, false).recursionLevel++;
            }
            current = c;
            c.t0 = now(t);
        }

        @Override
        public void exit(PyThread t, PyFrame f) {
            if (inTimer || current == null || current.frame != f) {
                return;
            }
            stop(t, current);
        }

        /** CPython's {@code Stop}. */
        private void stop(PyThread t, Ctx c) {
            long tt = now(t) - c.t0;
            long it = tt - c.subt;
            if (c.previous != null) {
                c.previous.subt += tt;
            }
            current = c.previous;
            count(c.entry, tt, it);
            if (subcalls && c.previous != null && c.previous.entry.calls != null) {
                Stats sub = c.previous.entry.calls.get(c.entry.code);
                if (sub != null) {
                    count(sub, tt, it);
                }
            }
        }

        private static void count(Stats s, long tt, long it) {
            if (--s.recursionLevel == 0) {
                s.tt += tt;
            } else {
                s.reccallcount++;
            }
            s.it += it;
            s.callcount++;
        }

        void enable(PyThread t, boolean sub) {
            subcalls = sub;
            if (owner != null && owner != t && owner.callHook == this) {
                owner.callHook = null;
            }
            owner = t;
            t.callHook = this;
        }

        void disable(PyThread t) {
            if (owner != null && owner.callHook == this) {
                owner.callHook = null;
            }
            owner = null;
            while (current != null) { // flush_unmatched
                stop(t, current);
            }
        }

        PyList getstats() {
            double factor = timeunit > 0.0 ? timeunit : 1e-9;
            List<Object> out = new ArrayList<>();
            for (Stats e : order) {
                if (e.callcount == 0) {
                    continue;
                }
                Object calls = PyNone.NONE;
                if (e.calls != null) {
                    List<Object> subs = new ArrayList<>();
                    for (Stats s : e.calls.values()) {
                        subs.add(StructSeq.make(SUBENTRY, pyCode(s.code), s.callcount, s.reccallcount, s.tt * factor,
                            s.it * factor));
                    }
                    calls = new PyList(subs.toArray());
                }
                out.add(StructSeq.make(ENTRY, pyCode(e.code), e.callcount, e.reccallcount, e.tt * factor, e.it * factor,
                    calls));
            }
            return new PyList(out.toArray());
        }

        private static Object pyCode(Object code) {
            return code instanceof Code c ? c.pyCode() : code;
        }
    }

    static {
        PyType T = PROFILER;
        NativeTypes.def(T, "enable", (t, a, k) -> {
            Profiler p = (Profiler) a[0];
            boolean sub = Buffers.flag(a, k, 1, "subcalls", p.subcalls); // profiler_enable: -1 leaves it as it is
            Buffers.flag(a, k, 2, "builtins", true);
            p.enable(t, sub);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "disable", (t, a, k) -> {
            ((Profiler) a[0]).disable(t);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "clear", (t, a, k) -> {
            Profiler p = (Profiler) a[0];
            p.entries.clear();
            p.order.clear();
            p.current = null;
            return PyNone.NONE;
        });
        NativeTypes.def(T, "getstats", (t, a, k) -> ((Profiler) a[0]).getstats());
        NativeTypes.put(T, "__doc__", "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
            + "    Builds a profiler object using the specified timer function.\n"
            + "    The default timer is a fast built-in one based on real time.\n"
            + "    For custom timer functions returning integers, timeunit can\n"
            + "    be a float specifying a scale (i.e. how long each integer unit\n"
            + "    is, in seconds).\n");
        NativeTypes.ready(T);
    }
}
