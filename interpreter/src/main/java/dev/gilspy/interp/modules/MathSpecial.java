package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;

/**
 * The {@code math} functions a JVM's {@link Math} lacks: {@code erf}, {@code erfc} (CPython's
 * Modules/mathmodule.c fallback method: a power series near zero, a continued fraction beyond),
 * the inverse hyperbolic functions, {@code cbrt}, {@code exp2}, {@code nextafter}, {@code ulp},
 * {@code remainder}. CPython's {@code statistics} needs {@code erf}.
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double SERIES_CUTOFF = 1.5;
    private static final int SERIES_TERMS = 25;
    private static final double CONTFRAC_CUTOFF = 30.0;
    private static final int CONTFRAC_TERMS = 50;
    private static final double LN2 = 0.6931471805599453;
    private static final double LARGE = 268435456.0; // 2**28: beyond it x*x swamps 1

    static void install(PyModule m) {
        m.def("erf", (t, a, k) -> erf(Ops.toDouble(a[0])));
        m.def("erfc", (t, a, k) -> erfc(Ops.toDouble(a[0])));
        m.def("cbrt", (t, a, k) -> Math.cbrt(Ops.toDouble(a[0])));
        m.def("exp2", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            double r = Math.pow(2.0, x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw Err.overflow("math range error");
            }
            return r;
        });
        m.def("asinh", (t, a, k) -> asinh(Ops.toDouble(a[0])));
        m.def("acosh", (t, a, k) -> acosh(Ops.toDouble(a[0])));
        m.def("atanh", (t, a, k) -> atanh(Ops.toDouble(a[0])));
        m.def("nextafter", (t, a, k) -> Math.nextAfter(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("ulp", (t, a, k) -> {
            double x = Math.abs(Ops.toDouble(a[0]));
            return Double.isNaN(x) || Double.isInfinite(x) ? x : Math.ulp(x);
        });
        m.def("remainder", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0.0) {
                throw Err.value("math domain error");
            }
            return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
        });
    }

    /** The series 2x/sqrt(pi) * exp(-x*x) * sum(...) for erf, good for |x| below the cutoff. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = SERIES_TERMS + 0.5;
        for (int i = 0; i < SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for x at or beyond the series cutoff, by a continued fraction (Lentz-free, forward). */
    private static double erfcContfrac(double x) {
        if (x >= CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double num = 0.0;
        double step = 0.5;
        double p = 1.0;
        double pPrev = 0.0;
        double q = step + x2;
        double qPrev = 1.0;
        for (int i = 0; i < CONTFRAC_TERMS; i++) {
            num += step;
            step += 2.0;
            double b = step + x2;
            double tp = p;
            p = b * p - num * pPrev;
            pPrev = tp;
            double tq = q;
            q = b * q - num * qPrev;
            qPrev = tq;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax > LARGE) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            r = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double x2 = x * x;
            r = Math.log1p(ax + x2 / (1.0 + Math.sqrt(1.0 + x2)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            throw Err.value("math domain error");
        }
        if (x >= LARGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax >= 1.0) {
            throw Err.value("math domain error");
        }
        double r;
        if (ax < 0.5) {
            r = 0.5 * Math.log1p(2.0 * ax + 2.0 * ax * ax / (1.0 - ax));
        } else {
            r = 0.5 * Math.log1p(2.0 * ax / (1.0 - ax));
        }
        return Math.copySign(r, x);
    }
}
