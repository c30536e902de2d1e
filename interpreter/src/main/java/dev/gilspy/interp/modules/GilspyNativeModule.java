package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code _gilspy_native}: native-like work for tests and demos, with or without the GIL. */
public final class GilspyNativeModule {
    private GilspyNativeModule() {}

    static final long MERSENNE_61 = (1L << 61) - 1;

    static PyModule create() {
        PyModule m = new PyModule("_gilspy_native");
        m.def("compute", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            Object rel = BuiltinArgs.get(a, k, 1, "release_gil", Boolean.TRUE);
            boolean release = Ops.truthy(rel);
            if (release) {
                t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
            }
            try {
                return sumSquaresMod(n);
            } finally {
                if (release) {
                    t.ts.endAllowThreads();
                }
            }
        });
        m.def("hold", (t, a, k) -> {
            long end = System.nanoTime() + (long) (Ops.toDouble(a[0]) * 1e9);
            long x = 0;
            while (System.nanoTime() < end) {
                x++;
            }
            return x;
        });
        return m;
    }

    /** Σ i² mod (2^61 - 1) for i in [0, n): real work the JIT cannot fold away. */
    static long sumSquaresMod(long n) {
        long acc = 0;
        for (long i = 0; i < n; i++) {
            long sq = i < 3_037_000_499L ? (i * i) % MERSENNE_61
                : BigInteger.valueOf(i).multiply(BigInteger.valueOf(i)).mod(BigInteger.valueOf(MERSENNE_61)).longValue();
            acc += sq;
            if (acc >= MERSENNE_61) {
                acc -= MERSENNE_61;
            }
        }
        return acc;
    }
}
