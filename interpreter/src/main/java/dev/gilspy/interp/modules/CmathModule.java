package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyTuple;
import java.util.function.UnaryOperator;

/**
 * {@code cmath}, after CPython's Modules/cmathmodule.c: the same formulas for finite arguments
 * (Kahan's branch cuts, the rescaling near overflow and underflow, log1p near |z| = 1), the same
 * domain errors ("math domain error") and overflow errors ("math range error"). Departure: for
 * infinite and NaN parts CPython reads 7x7 special-value tables (C99 Annex G); here the Annex G
 * rules for zero and infinite parts are written out for exp, sinh, cosh, tanh and atanh (so sin,
 * cos, tan, atan), and the formulas run on the rest, which agrees for most but not every quadrant.
 */
final class CmathModule {
    private CmathModule() {}

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = Math.log(2.0);
    private static final double LN10 = Math.log(10.0);

    static PyModule create() {
        PyModule m = new PyModule("cmath");
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);
        m.put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.put("nanj", new PyComplex(0.0, Double.NaN));
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "exp", CmathModule::exp);
        unary(m, "log10", z -> {
            PyComplex l = log(z);
            return new PyComplex(l.re / LN10, l.im / LN10);
        });
        unary(m, "acos", CmathModule::acos);
        unary(m, "acosh", CmathModule::acosh);
        unary(m, "asin", z -> {
            PyComplex s = asinh(new PyComplex(-z.im, z.re));
            return new PyComplex(s.im, -s.re);
        });
        unary(m, "asinh", CmathModule::asinh);
        unary(m, "atan", z -> {
            PyComplex s = atanh(new PyComplex(-z.im, z.re));
            return new PyComplex(s.im, -s.re);
        });
        unary(m, "atanh", CmathModule::atanh);
        unary(m, "cos", z -> cosh(new PyComplex(-z.im, z.re)));
        unary(m, "cosh", CmathModule::cosh);
        unary(m, "sin", z -> {
            PyComplex s = sinh(new PyComplex(-z.im, z.re));
            return new PyComplex(s.im, -s.re);
        });
        unary(m, "sinh", CmathModule::sinh);
        unary(m, "tan", z -> {
            PyComplex s = tanh(new PyComplex(-z.im, z.re));
            return new PyComplex(s.im, -s.re);
        });
        unary(m, "tanh", CmathModule::tanh);
        m.def("log", (t, a, k) -> {
            PyComplex z = log(PyComplex.coerce(t, a[0]));
            if (a.length > 1) {
                PyComplex b = log(PyComplex.coerce(t, a[1]));
                return quot(z, b);
            }
            return z;
        });
        m.def("phase", (t, a, k) -> {
            PyComplex z = PyComplex.coerce(t, a[0]);
            return Math.atan2(z.im, z.re);
        });
        m.def("polar", (t, a, k) -> {
            PyComplex z = PyComplex.coerce(t, a[0]);
            double r = Double.isInfinite(z.re) || Double.isInfinite(z.im) ? Double.POSITIVE_INFINITY : Math.hypot(z.re, z.im);
            if (Double.isInfinite(r) && Double.isFinite(z.re) && Double.isFinite(z.im)) {
                throw Err.overflow("math range error");
            }
            return new PyTuple(new Object[] {r, Math.atan2(z.im, z.re)});
        });
        m.def("rect", (t, a, k) -> {
            double r = Ops.toDouble(a[0]);
            double phi = Ops.toDouble(a[1]);
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                throw Err.value("math domain error");
            }
            if (Double.isInfinite(r) && phi == 0.0) {
                return new PyComplex(r, phi * r);
            }
            return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        });
        m.def("isfinite", (t, a, k) -> {
            PyComplex z = PyComplex.coerce(t, a[0]);
            return Double.isFinite(z.re) && Double.isFinite(z.im);
        });
        m.def("isinf", (t, a, k) -> {
            PyComplex z = PyComplex.coerce(t, a[0]);
            return Double.isInfinite(z.re) || Double.isInfinite(z.im);
        });
        m.def("isnan", (t, a, k) -> {
            PyComplex z = PyComplex.coerce(t, a[0]);
            return Double.isNaN(z.re) || Double.isNaN(z.im);
        });
        m.def("isclose", CmathModule::isclose);
        return m;
    }

    private static void unary(PyModule m, String name, UnaryOperator<PyComplex> f) {
        PyCallable body = (t, a, k) -> {
            BuiltinArgs.check(name, a, k, 1, 1);
            return f.apply(PyComplex.coerce(t, a[0]));
        };
        m.def(name, body);
    }

    private static Object isclose(dev.gilspy.interp.runtime.PyThread t, Object[] a, String[] k) {
        int n = BuiltinArgs.npos(a, k);
        if (n != 2) {
            throw Err.type("isclose() takes exactly 2 positional arguments (" + n + " given)");
        }
        PyComplex x = PyComplex.coerce(t, a[0]);
        PyComplex y = PyComplex.coerce(t, a[1]);
        Object rt = BuiltinArgs.kw(a, k, "rel_tol");
        Object at = BuiltinArgs.kw(a, k, "abs_tol");
        double rel = rt == null ? 1e-9 : Ops.toDouble(rt);
        double abs = at == null ? 0.0 : Ops.toDouble(at);
        if (rel < 0.0 || abs < 0.0) {
            throw Err.value("tolerances must be non-negative");
        }
        if (x.re == y.re && x.im == y.im) {
            return true;
        }
        if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) {
            return false;
        }
        double diff = Math.hypot(x.re - y.re, x.im - y.im);
        return diff <= rel * Math.hypot(y.re, y.im) || diff <= rel * Math.hypot(x.re, x.im) || diff <= abs;
    }

    static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.re);
        double absBi = Math.abs(b.im);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Err.zero("complex division by zero");
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }

    static PyComplex sqrt(PyComplex z) {
        if (Double.isInfinite(z.im)) {
            return new PyComplex(Double.POSITIVE_INFINITY, z.im);
        }
        if (Double.isInfinite(z.re)) {
            if (z.re > 0) {
                return new PyComplex(z.re, Double.isNaN(z.im) ? z.im : Math.copySign(0.0, z.im));
            }
            return new PyComplex(Double.isNaN(z.im) ? Double.NaN : 0.0, Math.copySign(Double.POSITIVE_INFINITY, z.im));
        }
        if (z.re == 0.0 && z.im == 0.0) {
            return new PyComplex(0.0, z.im);
        }
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.re >= 0.0 ? new PyComplex(s, Math.copySign(d, z.im)) : new PyComplex(d, Math.copySign(s, z.im));
    }

    /** CPython's EDOM cases for exp, sinh, cosh: an infinite imaginary part with a real part that gives no limit. */
    private static void domainIfInfiniteImag(PyComplex z, boolean realMayBeNegInf) {
        if (Double.isInfinite(z.im) && (Double.isFinite(z.re) || z.re > 0 || !realMayBeNegInf && !Double.isNaN(z.re))) {
            throw Err.value("math domain error");
        }
    }

    static PyComplex exp(PyComplex z) {
        if (z.im == 0.0) {
            double r = Math.exp(z.re);
            if (Double.isInfinite(r) && Double.isFinite(z.re)) {
                throw Err.overflow("math range error");
            }
            return new PyComplex(r, z.im);
        }
        domainIfInfiniteImag(z, true);
        if (Double.isInfinite(z.re) && z.re < 0 && !Double.isFinite(z.im)) {
            return new PyComplex(0.0, 0.0);
        }
        double re;
        double im;
        if (z.re > LOG_LARGE) {
            double l = Math.exp(z.re - 1.0);
            re = l * Math.cos(z.im) * Math.E;
            im = l * Math.sin(z.im) * Math.E;
        } else {
            double l = Math.exp(z.re);
            re = l * Math.cos(z.im);
            im = z.im == 0.0 ? z.im * l : l * Math.sin(z.im);
        }
        if ((Double.isInfinite(re) || Double.isInfinite(im)) && Double.isFinite(z.re) && Double.isFinite(z.im)) {
            throw Err.overflow("math range error");
        }
        return new PyComplex(re, im);
    }

    static PyComplex log(PyComplex z) {
        double ax = Math.abs(z.re);
        double ay = Math.abs(z.im);
        double re;
        if (Double.isInfinite(ax) || Double.isInfinite(ay)) {
            re = Double.POSITIVE_INFINITY;
        } else if (ax > LARGE || ay > LARGE) {
            re = Math.log(Math.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                re = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                throw Err.value("math domain error");
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new PyComplex(re, Math.atan2(z.im, z.re));
    }

    static PyComplex acos(PyComplex z) {
        if (z.re == 0.0 && Double.isNaN(z.im)) {
            return new PyComplex(Math.PI / 2, Double.NaN);
        }
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double re = Math.atan2(Math.abs(z.im), z.re);
            double l = Math.log(Math.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            return new PyComplex(re, z.re < 0 ? -Math.copySign(l, z.im) : Math.copySign(l, -z.im));
        }
        PyComplex s1 = sqrt(new PyComplex(1.0 - z.re, -z.im));
        PyComplex s2 = sqrt(new PyComplex(1.0 + z.re, z.im));
        return new PyComplex(2.0 * Math.atan2(s1.re, s2.re), asinhReal(s2.re * s1.im - s2.im * s1.re));
    }

    static PyComplex acosh(PyComplex z) {
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new PyComplex(Math.log(Math.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0, Math.atan2(z.im, z.re));
        }
        PyComplex s1 = sqrt(new PyComplex(z.re - 1.0, z.im));
        PyComplex s2 = sqrt(new PyComplex(z.re + 1.0, z.im));
        return new PyComplex(asinhReal(s1.re * s2.re + s1.im * s2.im), 2.0 * Math.atan2(s1.im, s2.re));
    }

    static PyComplex asinh(PyComplex z) {
        if (Double.isNaN(z.re) && z.im == 0.0) {
            return new PyComplex(z.re, z.im);
        }
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double l = Math.log(Math.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            double re = z.im >= 0 ? Math.copySign(l, z.re) : -Math.copySign(l, -z.re);
            return new PyComplex(re, Math.atan2(z.im, Math.abs(z.re)));
        }
        PyComplex s1 = sqrt(new PyComplex(1.0 + z.im, -z.re));
        PyComplex s2 = sqrt(new PyComplex(1.0 - z.im, z.re));
        return new PyComplex(asinhReal(s1.re * s2.im - s2.re * s1.im), Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static PyComplex atanh(PyComplex z) {
        if (Double.isInfinite(z.re) && !Double.isNaN(z.im)) {
            return new PyComplex(Math.copySign(0.0, z.re), Math.copySign(Math.PI / 2, z.im));
        }
        if (z.re == 0.0 && Double.isNaN(z.im)) {
            return new PyComplex(z.re, Double.NaN);
        }
        if (z.re < 0) {
            PyComplex r = atanh(new PyComplex(-z.re, -z.im));
            return new PyComplex(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(z.re / 2.0, z.im / 2.0);
            return new PyComplex(z.re / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -z.im));
        }
        if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                throw Err.value("math domain error");
            }
            return new PyComplex(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2.0))),
                Math.copySign(Math.atan2(2.0, -ay) / 2.0, z.im));
        }
        double re = Math.log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0;
        double im = -Math.atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0;
        return new PyComplex(re, im);
    }

    static PyComplex cosh(PyComplex z) {
        if (z.im == 0.0) {
            double im = Double.isNaN(z.re) ? z.im : Math.copySign(0.0, z.im) * Math.copySign(1.0, z.re);
            return rangeChecked(Math.cosh(z.re), im, z);
        }
        domainIfInfiniteImag(z, false);
        if (z.re == 0.0 && Double.isNaN(z.im)) {
            return new PyComplex(Double.NaN, 0.0);
        }
        double re;
        double im;
        if (Math.abs(z.re) > LOG_LARGE) {
            double xm1 = z.re - Math.copySign(1.0, z.re);
            re = Math.cos(z.im) * Math.cosh(xm1) * Math.E;
            im = Math.sin(z.im) * Math.sinh(xm1) * Math.E;
        } else {
            re = Math.cos(z.im) * Math.cosh(z.re);
            im = Math.sin(z.im) * Math.sinh(z.re);
        }
        return rangeChecked(re, im, z);
    }

    static PyComplex sinh(PyComplex z) {
        if (z.im == 0.0) {
            return rangeChecked(Math.sinh(z.re), z.im, z);
        }
        domainIfInfiniteImag(z, false);
        if (z.re == 0.0 && Double.isNaN(z.im)) {
            return new PyComplex(0.0, Double.NaN);
        }
        double re;
        double im;
        if (Math.abs(z.re) > LOG_LARGE) {
            double xm1 = z.re - Math.copySign(1.0, z.re);
            re = Math.cos(z.im) * Math.sinh(xm1) * Math.E;
            im = Math.sin(z.im) * Math.cosh(xm1) * Math.E;
        } else {
            re = Math.cos(z.im) * Math.sinh(z.re);
            im = Math.sin(z.im) * Math.cosh(z.re);
        }
        return rangeChecked(re, im, z);
    }

    static PyComplex tanh(PyComplex z) {
        if (Double.isInfinite(z.im) && Double.isFinite(z.re)) {
            throw Err.value("math domain error");
        }
        if (z.im == 0.0) {
            return new PyComplex(Math.tanh(z.re), z.im);
        }
        if (Double.isInfinite(z.re) && !Double.isFinite(z.im)) {
            return new PyComplex(Math.copySign(1.0, z.re), 0.0);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            return new PyComplex(Math.copySign(1.0, z.re), 4.0 * Math.sin(z.im) * Math.cos(z.im) * Math.exp(-2.0 * Math.abs(z.re)));
        }
        double tx = Math.tanh(z.re);
        double ty = Math.tan(z.im);
        double cx = 1.0 / Math.cosh(z.re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new PyComplex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    private static PyComplex rangeChecked(double re, double im, PyComplex z) {
        if ((Double.isInfinite(re) || Double.isInfinite(im)) && Double.isFinite(z.re) && Double.isFinite(z.im)) {
            throw Err.overflow("math range error");
        }
        return new PyComplex(re, im);
    }

    /** asinh of a real, as C's asinh: accurate near zero and for large arguments. */
    private static double asinhReal(double x) {
        double ax = Math.abs(x);
        double r;
        if (ax > 1e8) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            r = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else if (ax < 1e-9) {
            r = ax;
        } else {
            double t = x * x;
            r = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }
}
