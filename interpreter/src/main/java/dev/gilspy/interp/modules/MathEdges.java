package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NumberMethods;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.SpecialMethods;
import java.math.BigInteger;

/**
 * The functions of {@code math} whose edge cases follow Modules/mathmodule.c closely: argument
 * counts, {@code __floor__}/{@code __ceil__}/{@code __trunc__}/{@code __index__}, C99's special
 * values in {@code pow}, {@code fmod} and {@code modf}, exact {@code log2} of powers of two, fsum's
 * exact summation (Shewchuk's partials, as msum), and the domain errors of the integer functions.
 * {@link MathModule} installs the rest; these replace its simpler forms.
 */
final class MathEdges {
    private MathEdges() {}

    private static final double LN2 = Math.log(2);

    static void install(PyModule m) {
        m.def("floor", (t, a, k) -> rounding(t, a, "floor", "__floor__"));
        m.def("ceil", (t, a, k) -> rounding(t, a, "ceil", "__ceil__"));
        m.def("trunc", (t, a, k) -> {
            args("trunc", a, k, 1, 1);
            if (a[0] instanceof Double || Ops.isInt(a[0])) {
                return NumberMethods.toInt(a[0], null);
            }
            Object f = Ops.typeOf(a[0]).lookup("__trunc__");
            if (f == null) {
                throw Err.type("type " + Ops.typeName(a[0]) + " doesn't define __trunc__ method");
            }
            return SpecialMethods.call(t, f, new Object[] {a[0]});
        });
        m.def("atan2", (t, a, k) -> {
            args("atan2", a, k, 2, 2);
            return Math.atan2(Ops.toDouble(a[0]), Ops.toDouble(a[1]));
        });
        m.def("fmod", (t, a, k) -> {
            args("fmod", a, k, 2, 2);
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw Err.value("math domain error");
            }
            return r;
        });
        m.def("modf", (t, a, k) -> {
            args("modf", a, k, 1, 1);
            double x = Ops.toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(Math.copySign(0.0, x), x);
            }
            if (Double.isNaN(x)) {
                return PyTuple.of(x, x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(Math.copySign(x - ip, x), ip);
        });
        m.def("pow", (t, a, k) -> {
            args("pow", a, k, 2, 2);
            return pow(Ops.toDouble(a[0]), Ops.toDouble(a[1]));
        });
        m.def("log", (t, a, k) -> {
            args("log", a, k, 1, 2);
            double x = ln(a[0]);
            if (a.length > 1) {
                double b = ln(a[1]);
                if (b == 0) {
                    throw Err.make(dev.gilspy.interp.runtime.Types.ZeroDivisionError, "float division by zero");
                }
                return x / b;
            }
            return x;
        });
        m.def("log2", (t, a, k) -> {
            args("log2", a, k, 1, 1);
            return log2(a[0]);
        });
        m.def("log1p", (t, a, k) -> {
            args("log1p", a, k, 1, 1);
            double x = Ops.toDouble(a[0]);
            if (x <= -1) {
                throw Err.value("math domain error");
            }
            return Math.log1p(x);
        });
        m.def("isclose", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) != 2) {
                throw Err.type("isclose() takes exactly 2 positional arguments (" + BuiltinArgs.npos(a, k) + " given)");
            }
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            double rel = Ops.toDouble(or(BuiltinArgs.kw(a, k, "rel_tol"), 1e-9));
            double abs = Ops.toDouble(or(BuiltinArgs.kw(a, k, "abs_tol"), 0.0));
            if (rel < 0 || abs < 0) {
                throw Err.value("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        m.def("fsum", (t, a, k) -> {
            args("fsum", a, k, 1, 1);
            return fsum(Ops.toArray(a[0]));
        });
        m.def("prod", (t, a, k) -> {
            args("prod", a, k, 1, 1);
            Object acc = or(BuiltinArgs.kw(a, k, "start"), 1L);
            for (Object o : Ops.toArray(a[0])) {
                acc = Ops.mul(acc, o);
            }
            return acc;
        });
        m.def("dist", (t, a, k) -> {
            args("dist", a, k, 2, 2);
            Object[] p = Ops.toArray(a[0]);
            Object[] q = Ops.toArray(a[1]);
            if (p.length != q.length) {
                throw Err.value("both points must have the same number of dimensions");
            }
            double[] d = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                d[i] = Ops.toDouble(p[i]) - Ops.toDouble(q[i]);
            }
            return norm(d);
        });
        m.def("hypot", (t, a, k) -> {
            if (k != null && k.length > 0) {
                throw Err.type("hypot() takes no keyword arguments");
            }
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = Ops.toDouble(a[i]);
            }
            return norm(d);
        });
        m.def("gcd", (t, a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(index(t, o));
            }
            return Ops.normalize(g);
        });
        m.def("lcm", (t, a, k) -> {
            BigInteger l = BigInteger.ONE;
            boolean zero = false;
            for (Object o : a) {
                BigInteger x = index(t, o).abs();
                if (x.signum() == 0) {
                    zero = true;
                } else if (!zero) {
                    l = l.multiply(x).divide(l.gcd(x));
                }
            }
            return zero ? (Object) 0L : Ops.normalize(l);
        });
        m.def("isqrt", (t, a, k) -> {
            args("isqrt", a, k, 1, 1);
            BigInteger n = index(t, a[0]);
            if (n.signum() < 0) {
                throw Err.value("isqrt() argument must be nonnegative");
            }
            return Ops.normalize(n.sqrt());
        });
        m.def("factorial", (t, a, k) -> {
            args("factorial", a, k, 1, 1);
            if (a[0] instanceof Double) {
                throw Err.type("'float' object cannot be interpreted as an integer");
            }
            BigInteger n = index(t, a[0]);
            if (n.signum() < 0) {
                throw Err.value("factorial() not defined for negative values");
            }
            if (n.bitLength() > 63) {
                throw Err.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return Ops.normalize(product(2, n.longValueExact()));
        });
        m.def("comb", (t, a, k) -> {
            args("comb", a, k, 2, 2);
            BigInteger n = index(t, a[0]);
            BigInteger r = index(t, a[1]);
            if (n.signum() < 0) {
                throw Err.value("n must be a non-negative integer");
            }
            if (r.signum() < 0) {
                throw Err.value("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger kk = r.min(n.subtract(r));
            if (kk.bitLength() > 31) {
                throw Err.overflow("min(n - k, k) must not exceed " + Integer.MAX_VALUE);
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < kk.longValue(); i++) {
                c = c.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return Ops.normalize(c);
        });
        m.def("perm", (t, a, k) -> {
            args("perm", a, k, 1, 2);
            BigInteger n = index(t, a[0]);
            if (n.signum() < 0) {
                throw Err.value("n must be a non-negative integer");
            }
            BigInteger r = a.length < 2 || a[1] == PyNone.NONE ? n : index(t, a[1]);
            if (r.signum() < 0) {
                throw Err.value("k must be a non-negative integer");
            }
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            if (r.bitLength() > 31) {
                throw Err.overflow("k must not exceed " + Integer.MAX_VALUE);
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r.longValue(); i++) {
                c = c.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return Ops.normalize(c);
        });
    }

    private static Object or(Object v, Object def) {
        return v == null ? def : v;
    }

    private static void args(String fn, Object[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0 && !fn.equals("prod")) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
        int n = BuiltinArgs.npos(a, k);
        if (n < min || n > max) {
            if (fn.equals("log")) {
                throw Err.type("math.log requires 1 to 2 arguments");
            }
            if (fn.equals("prod")) {
                throw Err.type("prod() takes exactly 1 positional argument (" + n + " given)");
            }
            throw Err.type(min == max ? (min == 1 ? fn + "() takes exactly one argument (" + n + " given)" : fn + " expected " + min + " arguments, got " + n)
                : fn + " expected " + (n < min ? "at least " + min : "at most " + max) + " argument" + ((n < min ? min : max) > 1 ? "s" : "")
                    + ", got " + n);
        }
    }

    /** An integer argument: an int, or an object with {@code __index__} (never a float). */
    private static BigInteger index(PyThread t, Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (!(o instanceof Double)) {
            Object f = Ops.typeOf(o).lookup("__index__");
            if (f != null) {
                Object r = dev.gilspy.interp.runtime.PyValueSub.unwrap(Ops.call(t, f, new Object[] {o}, null));
                if (Ops.isInt(r)) {
                    return Ops.big(r);
                }
                throw Err.type("__index__ returned non-int (type " + Ops.typeName(r) + ")");
            }
            if (Ops.isInt(o)) {
                return Ops.big(o);
            }
        }
        throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    private static Object rounding(PyThread t, Object[] a, String fn, String dunder) {
        if (a.length != 1) {
            throw Err.type(fn + "() takes exactly one argument (" + a.length + " given)");
        }
        Object x = a[0];
        if (x instanceof Double d) {
            return NumberMethods.toInt(fn.equals("floor") ? Math.floor(d) : Math.ceil(d), null);
        }
        if (Ops.isInt(x) && !(x instanceof dev.gilspy.interp.runtime.PyInstance)) {
            return NumberMethods.toInt(x, null);
        }
        if (Ops.typeOf(x).lookup(dunder) != null) {
            // bound through the descriptor protocol, as _PyObject_LookupSpecial does
            return Ops.call(t, Ops.getattr(x, dunder), new Object[0], null);
        }
        double d = Ops.toDouble(x);
        return NumberMethods.toInt(fn.equals("floor") ? Math.floor(d) : Math.ceil(d), null);
    }

    /** C99 pow with CPython's errors: ValueError for a domain error, OverflowError for a finite overflow. */
    static double pow(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return y == 0 ? 1.0 : x == 1 ? 1.0 : Double.NaN;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            if (Double.isInfinite(y) && Math.abs(x) == 1) {
                return 1.0;
            }
            return Math.pow(x, y);
        }
        if (x == 0 && y < 0) {
            throw Err.value("math domain error");
        }
        if (x < 0 && y != Math.rint(y)) {
            throw Err.value("math domain error");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw Err.overflow("math range error");
        }
        return r;
    }

    private static double ln(Object o) {
        if (o instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw Err.value("math domain error");
            }
            int shift = Math.max(0, b.bitLength() - 60);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * LN2;
        }
        double x = Ops.toDouble(o);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw Err.value("math domain error");
        }
        return Math.log(x);
    }

    /** log2, exact for powers of two (CPython calls C's log2, which is). */
    private static double log2(Object o) {
        if (o instanceof BigInteger || o instanceof Long) {
            BigInteger b = Ops.big(o);
            if (b.signum() <= 0) {
                throw Err.value("math domain error");
            }
            int shift = Math.max(0, b.bitLength() - 60);
            return log2(b.shiftRight(shift).doubleValue()) + shift;
        }
        double x = Ops.toDouble(o);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0) {
            throw Err.value("math domain error");
        }
        return log2(x);
    }

    private static double log2(double x) {
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        if (e < Double.MIN_EXPONENT) {
            return log2(x * 0x1p54) - 54;
        }
        // log2(m * 2**e) = e + log2(m) for m in [1, 2): no cancellation between e and a small log
        double mant = Math.scalb(x, -e);
        return e + Math.log(mant) / LN2;
    }

    /** Modules/mathmodule.c math_fsum: exact partial sums, then the correctly rounded total. */
    static double fsum(Object[] items) {
        double[] p = new double[32];
        int n = 0;
        double special = 0.0;
        double infSum = 0.0;
        for (Object o : items) {
            double x = Ops.toDouble(o);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double tmp = x;
                    x = y;
                    y = tmp;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (!Double.isFinite(x)) {
                if (Double.isFinite(xsave)) {
                    throw Err.overflow("intermediate overflow in fsum");
                }
                if (Double.isInfinite(xsave)) {
                    infSum += xsave;
                }
                special += xsave;
                n = 0;
            } else {
                if (n == p.length) {
                    p = java.util.Arrays.copyOf(p, n * 2);
                }
                p[n++] = x;
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Err.value("-inf + inf in fsum");
            }
            return special;
        }
        if (Double.isNaN(special)) {
            return special;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** The Euclidean norm without undue overflow or underflow: scaled by the largest magnitude, compensated sum. */
    private static double norm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            double ax = Math.abs(x);
            if (Double.isInfinite(ax)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(ax);
            max = Math.max(max, ax);
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length == 1) {
            return max;
        }
        // the sum of squares is exact in BigDecimal; its square root to 40 digits rounds to the nearest double
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double x : v) {
            java.math.BigDecimal b = new java.math.BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(new java.math.MathContext(40)).doubleValue();
    }

    /** The product of lo..hi, split in halves so the big multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = lo; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
