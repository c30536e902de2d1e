package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NumberMethods;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyTuple;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** The {@code math} module. */
final class MathModule {
    private MathModule() {}

    private static void f1(PyModule m, String name, DoubleUnaryOperator op) {
        m.def(name, (t, a, k) -> {
            double r = op.applyAsDouble(Ops.toDouble(a[0]));
            double x = Ops.toDouble(a[0]);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Err.value("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw Err.overflow("math range error");
            }
            return r;
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);
        MathSpecial.install(m);
        f1(m, "sin", Math::sin);
        f1(m, "cos", Math::cos);
        f1(m, "tan", Math::tan);
        f1(m, "asin", Math::asin);
        f1(m, "acos", Math::acos);
        f1(m, "atan", Math::atan);
        f1(m, "sinh", Math::sinh);
        f1(m, "cosh", Math::cosh);
        f1(m, "tanh", Math::tanh);
        f1(m, "exp", Math::exp);
        f1(m, "expm1", Math::expm1);
        f1(m, "log1p", Math::log1p);
        f1(m, "fabs", Math::abs);
        f1(m, "degrees", Math::toDegrees);
        f1(m, "radians", Math::toRadians);
        m.def("sqrt", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            if (x < 0) {
                throw Err.value("math domain error");
            }
            return Math.sqrt(x);
        });
        m.def("isqrt", (t, a, k) -> {
            BigInteger n = Ops.big(a[0]);
            if (n.signum() < 0) {
                throw Err.value("isqrt() argument must be nonnegative");
            }
            return Ops.normalize(n.sqrt());
        });
        m.def("log", (t, a, k) -> {
            double x = logOf(a[0]);
            if (a.length > 1) {
                return x / logOf(a[1]);
            }
            return x;
        });
        m.def("log2", (t, a, k) -> logOf(a[0]) / Math.log(2));
        m.def("log10", (t, a, k) -> {
            if (a[0] instanceof Long l && l > 0) {
                return Math.log10(l);
            }
            return logOf(a[0]) / Math.log(10);
        });
        m.def("pow", (t, a, k) -> Math.pow(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("atan2", (t, a, k) -> Math.atan2(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("hypot", (t, a, k) -> {
            double s = 0;
            for (Object o : a) {
                double x = Ops.toDouble(o);
                s += x * x;
            }
            return Math.sqrt(s);
        });
        m.def("floor", (t, a, k) -> a[0] instanceof Long ? a[0] : NumberMethods.toInt(Math.floor(Ops.toDouble(a[0])), null));
        m.def("ceil", (t, a, k) -> a[0] instanceof Long ? a[0] : NumberMethods.toInt(Math.ceil(Ops.toDouble(a[0])), null));
        m.def("trunc", (t, a, k) -> NumberMethods.toInt(a[0], null));
        m.def("isnan", (t, a, k) -> Double.isNaN(Ops.toDouble(a[0])));
        m.def("isinf", (t, a, k) -> Double.isInfinite(Ops.toDouble(a[0])));
        m.def("isfinite", (t, a, k) -> Double.isFinite(Ops.toDouble(a[0])));
        m.def("copysign", (t, a, k) -> Math.copySign(Ops.toDouble(a[0]), Ops.toDouble(a[1])));
        m.def("fmod", (t, a, k) -> Ops.toDouble(a[0]) % Ops.toDouble(a[1]));
        m.def("frexp", (t, a, k) -> Ops.frexp(Ops.toDouble(a[0])));
        m.def("ldexp", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            Object e = a[1];
            if (!(e instanceof Long) && !(e instanceof java.math.BigInteger)) {
                throw Err.type("Expected an int as second argument to ldexp.");
            }
            // beyond +-1e5 every finite non-zero x overflows or underflows anyway
            long exp = e instanceof Long ? (Long) e : ((java.math.BigInteger) e).signum() * 100_000L;
            exp = Math.max(-100_000L, Math.min(100_000L, exp));
            double r = Math.scalb(x, (int) exp);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Err.overflow("math range error");
            }
            return r;
        });
        m.def("modf", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(x - ip, ip);
        });
        m.def("gcd", (t, a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(Ops.big(o));
            }
            return Ops.normalize(g);
        });
        m.def("lcm", (t, a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger x = Ops.big(o).abs();
                if (x.signum() == 0) {
                    return 0L;
                }
                l = l.multiply(x).divide(l.gcd(x));
            }
            return Ops.normalize(l);
        });
        m.def("factorial", (t, a, k) -> {
            if (!Ops.isInt(a[0])) {
                throw Err.type("'" + Ops.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            long n = Ops.toLong(a[0]);
            if (n < 0) {
                throw Err.value("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Ops.normalize(r);
        });
        m.def("comb", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            long r = Ops.toLong(a[1]);
            if (r > n) {
                return 0L;
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < Math.min(r, n - r); i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return Ops.normalize(c);
        });
        m.def("perm", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            long r = a.length > 1 ? Ops.toLong(a[1]) : n;
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i));
            }
            return Ops.normalize(c);
        });
        m.def("prod", (t, a, k) -> {
            Object acc = BuiltinArgs.get(a, k, 1, "start", 1L);
            for (Object o : Ops.toArray(a[0])) {
                acc = Ops.mul(acc, o);
            }
            return acc;
        });
        m.def("fsum", (t, a, k) -> {
            double s = 0;
            double c = 0;
            for (Object o : Ops.toArray(a[0])) {
                double y = Ops.toDouble(o) - c;
                double tt = s + y;
                c = (tt - s) - y;
                s = tt;
            }
            return s;
        });
        m.def("isclose", (t, a, k) -> {
            double x = Ops.toDouble(a[0]);
            double y = Ops.toDouble(a[1]);
            double rel = Ops.toDouble(BuiltinArgs.get(a, k, 2, "rel_tol", 1e-9));
            double abs = Ops.toDouble(BuiltinArgs.get(a, k, 3, "abs_tol", 0.0));
            return x == y || Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
        });
        m.def("dist", (t, a, k) -> {
            Object[] p = Ops.toArray(a[0]);
            Object[] q = Ops.toArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                double d = Ops.toDouble(p[i]) - Ops.toDouble(q[i]);
                s += d * d;
            }
            return Math.sqrt(s);
        });
        MathEdges.install(m);
        return m;
    }

    private static double logOf(Object o) {
        if (o instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw Err.value("math domain error");
            }
            int shift = Math.max(0, b.bitLength() - 60);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = Ops.toDouble(o);
        if (x <= 0) {
            throw Err.value("math domain error");
        }
        return Math.log(x);
    }

}
