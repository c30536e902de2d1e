package dev.gilspy.agent.targets.graalpy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * GraalPy's switch interval: how often its {@code AsyncHandler} asks the GIL's holder to release it
 * while a thread waits. GraalPy ignores {@code sys.setswitchinterval} (its
 * {@code sys.getswitchinterval()} returns 5e-09); the real figure is the delay its scheduler runs
 * with, {@code scheduleWithFixedDelay(gilReleaseRunnable, GIL_RELEASE_DELAY, GIL_RELEASE_DELAY,
 * MILLISECONDS)} in GraalPy 25.0.1 (50 ms; older graalpython used 100 ms).
 *
 * <p>In order of preference:
 * <ol>
 *   <li><b>read</b>: the static field {@code AsyncHandler.GIL_RELEASE_DELAY} (milliseconds), by
 *       reflection on the running GraalPy's class;</li>
 *   <li><b>measured</b>: when that field cannot be read, the median gap between the scheduler's
 *       release actions delivered to a holder (each one a tick that found a waiter), over the last
 *       {@link #GAPS} gaps, once {@link #MIN_GAPS} are in;</li>
 *   <li><b>assumed</b>: {@link #ASSUMED_MICROS} until then.</li>
 * </ol>
 * {@link #source()} says which, for {@code top}, {@code doctor} and the MXBean.
 */
final class ReleaseInterval {
    static final String HANDLER_CLASS = "com.oracle.graal.python.runtime.AsyncHandler";
    static final String DELAY_FIELD = "GIL_RELEASE_DELAY";
    static final long ASSUMED_MICROS = 50_000;
    static final int GAPS = 33;
    static final int MIN_GAPS = 5;
    /** A gap longer than this had nobody waiting in between: not a scheduler period. */
    static final long MAX_GAP_NANOS = 2_000_000_000L;

    private final long readMicros;
    private final String readNote;
    private final long[] gaps = new long[GAPS];
    private int gapCount;
    private long lastAction = Long.MIN_VALUE;
    private volatile long measuredMicros = -1;

    private ReleaseInterval(long readMicros, String readNote) {
        this.readMicros = readMicros;
        this.readNote = readNote;
    }

    /** Reads the delay from GraalPy's {@code AsyncHandler} as loaded by {@code loader}. */
    static ReleaseInterval resolve(ClassLoader loader) {
        try {
            return of(Class.forName(HANDLER_CLASS, false, loader));
        } catch (Throwable t) {
            return new ReleaseInterval(-1, "no " + HANDLER_CLASS + " (" + t.getClass().getSimpleName() + ")");
        }
    }

    /** Reads the static int field {@link #DELAY_FIELD} (milliseconds) of {@code handler}. */
    static ReleaseInterval of(Class<?> handler) {
        try {
            Field f = handler.getDeclaredField(DELAY_FIELD);
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != int.class) {
                return new ReleaseInterval(-1, DELAY_FIELD + " is not a static int");
            }
            f.setAccessible(true);
            int ms = f.getInt(null);
            if (ms <= 0) {
                return new ReleaseInterval(-1, DELAY_FIELD + " = " + ms);
            }
            return new ReleaseInterval(ms * 1000L, "");
        } catch (Throwable t) {
            return new ReleaseInterval(-1, "cannot read " + DELAY_FIELD + " (" + t.getClass().getSimpleName() + ")");
        }
    }

    /** A fresh measurement for one more context, with the same delay read: each context has its own scheduler. */
    ReleaseInterval forContext() {
        return new ReleaseInterval(readMicros, readNote);
    }

    /** Whether the delay was read from GraalPy itself. */
    boolean read() { return readMicros > 0; }

    long micros() {
        if (readMicros > 0) return readMicros;
        long m = measuredMicros;
        return m > 0 ? m : ASSUMED_MICROS;
    }

    /** Where {@link #micros()} came from, in words. */
    String source() {
        if (readMicros > 0) {
            return "read from GraalPy: AsyncHandler." + DELAY_FIELD + " = " + readMicros / 1000 + " ms";
        }
        long m = measuredMicros;
        if (m > 0) {
            return "measured: median gap between GraalPy's forced releases (" + readNote + ")";
        }
        return "assumed 50 ms, not yet measured (" + readNote + ")";
    }

    /** A release action of GraalPy's scheduler reached a holder at {@code nanos}. */
    synchronized void releaseAction(long nanos) {
        if (readMicros > 0) return;
        long gap = nanos - lastAction;
        lastAction = nanos;
        if (gap <= 0 || gap > MAX_GAP_NANOS) return;
        gaps[gapCount % GAPS] = gap;
        gapCount++;
        if (gapCount >= MIN_GAPS) {
            long[] g = Arrays.copyOf(gaps, Math.min(gapCount, GAPS));
            Arrays.sort(g);
            measuredMicros = Math.max(1, g[g.length / 2] / 1000);
        }
    }
}
