package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@code _tracemalloc} ({@code Modules/_tracemalloc.c}) as far as a JVM can honestly serve it, under
 * CPython's {@code tracemalloc.py}. A JVM allocates objects without a hook per allocation and frees
 * them in its collector, so there are no per-object traces: {@code _get_traces()} is empty (a
 * snapshot has no statistics) and {@code get_object_traceback()} is None. What is measured is the
 * allocation volume: {@code get_traced_memory()} gives the bytes the JVM allocated on the threads
 * that called {@code start()} or asked since, since {@code start()} (or {@code clear_traces()}), as
 * {@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes} counts them, and the peak of that
 * (which only grows until {@code reset_peak()}): a volume of allocation, not the memory alive now.
 * {@code is_tracing}, {@code start(nframe)}'s checks, {@code stop}, {@code get_traceback_limit} are
 * CPython's. When the JVM cannot count allocations, both figures stay 0.
 */
public final class TracemallocModule {
    private TracemallocModule() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Per interpreter: tracing, the frame limit, the counted threads' start figures, the peak. */
    static final class State {
        boolean tracing;
        int nframe = 1;
        final java.util.Map<Long, Long> base = new java.util.HashMap<>();
        long peak;
        long lastTotal;
    }

    private static long allocated(long threadId) {
        if (THREADS instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            try {
                if (!sun.isThreadAllocatedMemoryEnabled()) {
                    sun.setThreadAllocatedMemoryEnabled(true);
                }
                long n = sun.getThreadAllocatedBytes(threadId);
                return Math.max(n, 0);
            } catch (UnsupportedOperationException | SecurityException e) {
                return 0;
            }
        }
        return 0;
    }

    @SuppressWarnings("deprecation")
    private static long currentThreadId() {
        return Thread.currentThread().getId();
    }

    /** The bytes allocated since start by the threads counted so far (the calling one joins). */
    private static synchronized long total(State s) {
        if (!s.tracing) {
            return 0;
        }
        s.base.computeIfAbsent(currentThreadId(), TracemallocModule::allocated);
        long sum = 0;
        for (var e : s.base.entrySet()) {
            long now = allocated(e.getKey());
            sum += Math.max(0, now - e.getValue());
        }
        s.lastTotal = sum;
        s.peak = Math.max(s.peak, sum);
        return sum;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_tracemalloc");
        State s = new State();
        m.def("is_tracing", (t, a, k) -> s.tracing);
        m.def("start", (t, a, k) -> {
            long n = Buffers.integer(a, k, 0, "nframe", 1);
            if (n < 1 || n > 65535) {
                throw Err.value("the number of frames must be in range [1; 65535]");
            }
            synchronized (TracemallocModule.class) {
                s.nframe = (int) n;
                if (!s.tracing) {
                    s.tracing = true;
                    s.base.clear();
                    s.peak = 0;
                    s.base.put(currentThreadId(), allocated(currentThreadId()));
                }
            }
            return PyNone.NONE;
        });
        m.def("stop", (t, a, k) -> {
            synchronized (TracemallocModule.class) {
                s.tracing = false;
                s.base.clear();
                s.peak = 0;
            }
            return PyNone.NONE;
        });
        m.def("get_traceback_limit", (t, a, k) -> (long) s.nframe);
        m.def("get_traced_memory", (t, a, k) -> {
            long now = total(s);
            return new PyTuple(new Object[] {now, s.tracing ? s.peak : 0L});
        });
        m.def("reset_peak", (t, a, k) -> {
            s.peak = total(s);
            return PyNone.NONE;
        });
        m.def("clear_traces", (t, a, k) -> {
            synchronized (TracemallocModule.class) {
                if (s.tracing) {
                    s.base.replaceAll((id, v) -> allocated(id));
                    s.peak = 0;
                }
            }
            return PyNone.NONE;
        });
        m.def("get_tracemalloc_memory", (t, a, k) -> 0L);
        m.def("_get_traces", (t, a, k) -> new PyList(new Object[0]));
        m.def("_get_object_traceback", (t, a, k) -> {
            Ops.typeName(BuiltinArgs.get(a, k, 0, "obj", PyNone.NONE));
            return PyNone.NONE;
        });
        return m;
    }
}
