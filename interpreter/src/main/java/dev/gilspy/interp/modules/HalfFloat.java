package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;

/** IEEE 754 binary16, the {@code e} struct code ({@code PyFloat_Pack2}/{@code PyFloat_Unpack2}). */
final class HalfFloat {
    private HalfFloat() {}

    /** The 16 bits of {@code x} rounded half-to-even; OverflowError beyond the largest half. */
    static long fromDouble(double x) {
        long sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            // subnormal: units of 2**-24
            double m = a * 0x1p24;
            long r = roundHalfEven(m);
            return sign | r;
        }
        double m = a / Math.scalb(1.0, e) - 1.0; // fraction in [0, 1)
        long frac = roundHalfEven(m * 1024);
        int exp = e;
        if (frac == 1024) {
            frac = 0;
            exp++;
        }
        if (exp > 15) {
            throw Err.overflow("float too large to pack with e format");
        }
        return sign | ((long) (exp + 15) << 10) | frac;
    }

    private static long roundHalfEven(double m) {
        double f = Math.floor(m);
        double diff = m - f;
        long r = (long) f;
        if (diff > 0.5 || (diff == 0.5 && (r & 1) == 1)) {
            r++;
        }
        return r;
    }

    static double toDouble(int bits) {
        int sign = (bits >> 15) & 1;
        int exp = (bits >> 10) & 0x1f;
        int frac = bits & 0x3ff;
        double v;
        if (exp == 0) {
            v = frac * 0x1p-24;
        } else if (exp == 31) {
            v = frac == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = (1 + frac / 1024.0) * Math.scalb(1.0, exp - 15);
        }
        return sign == 1 ? -v : v;
    }
}
