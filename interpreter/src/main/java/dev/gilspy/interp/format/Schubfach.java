package dev.gilspy.interp.format;

import static java.lang.Math.multiplyHigh;

import java.math.BigInteger;

/**
 * Shortest round-trip digits of a normal double by Raffaello Giulietti's Schubfach algorithm
 * ("The Schubfach way to render doubles", 2021): the rounding interval of the double is scaled
 * by a 126-bit approximation of a power of ten, and at most two decimal grids are tried. JDK 19
 * adopted the algorithm for {@code Double.toString}; JDK 17's older conversion sometimes emits
 * a digit too many, so gilspy carries its own.
 *
 * <p>Only normal doubles come here: for subnormals the JDK variant insists on two digits
 * ({@code 4.9E-324}) where Python prints the one-digit shortest ({@code 5e-324}), and those rare
 * values take the exact search in {@link DoubleToDecimal}.
 */
final class Schubfach {
    private Schubfach() {}

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;

    /** g = floor(10^-k × 2^-r) + 1 with 2^125 ≤ g &lt; 2^126, split as g1 × 2^63 + g0, for k in [K_MIN, K_MAX]. */
    private static final class Table {
        static final long[] G = build();

        private static long[] build() {
            long[] g = new long[2 * (K_MAX - K_MIN + 1)];
            for (int k = K_MIN; k <= K_MAX; k++) {
                int r = flog2pow10(-k) - 125;
                BigInteger beta;
                if (k <= 0) {
                    BigInteger pow = BigInteger.TEN.pow(-k);
                    beta = r >= 0 ? pow.shiftRight(r) : pow.shiftLeft(-r);
                } else {
                    beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(k));
                }
                BigInteger gk = beta.add(BigInteger.ONE);
                int i = 2 * (k - K_MIN);
                g[i] = gk.shiftRight(63).longValueExact();
                g[i + 1] = gk.longValue() & MASK_63;
            }
            return g;
        }
    }

    /** The shortest digits of a positive normal double, nearest to it on ties, even last digit on exact ties. */
    static Digits shortest(double positiveNormal) {
        long bits = Double.doubleToRawLongBits(positiveNormal);
        int biasedExp = (int) (bits >>> 52) & 0x7ff;
        long c = C_MIN | (bits & (C_MIN - 1));
        int mq = -Q_MIN + 1 - biasedExp;
        if (0 < mq && mq < 53) {
            long f = c >> mq;
            if (f << mq == c) {
                return digits(f, 0); // an integer below 2^53: its own digits are shortest
            }
        }
        return toDecimal(-mq, c);
    }

    private static Digits toDecimal(int q, long c) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // At a power of two the interval below is half as wide as the one above.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int i = 2 * (k - K_MIN);
        long g1 = Table.G[i];
        long g0 = Table.G[i + 1];

        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 100) {
            // Try the coarser grid first: s' = floor(s / 10) via a multiplicative inverse.
            long sp10 = 10 * multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return digits(upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return digits(uin ? s : t, k);
        }
        long cmp = vb - (s + t << 1);
        return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /** Rounds cp × g × 2^-127 to odd, the paper's rop. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** f × 10^e as dtoa-style digits. */
    private static Digits digits(long f, int e) {
        String s = Long.toString(f);
        return Digits.ofScaled(s, -e);
    }

    /** floor(log10(2^e)) for |e| ≤ 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 × 2^e)) for |e| ≤ 5456721. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(log2(10^e)) for |e| ≤ 1838394. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }
}
