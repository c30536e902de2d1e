package dev.gilspy.interp.runtime;

/**
 * A {@code complex} value: two doubles, immutable. Arithmetic follows CPython's complexobject.c:
 * {@code _Py_c_quot}'s scaled division, {@code c_powi} by repeated squaring for small integer
 * exponents, the general power through polar form otherwise; the hash mixes the parts' float
 * hashes with the multiplier 1000003 as {@code complex_hash} does.
 */
public final class PyComplex extends PyObj implements Attr.AttrHolder {
    public final double re;
    public final double im;

    public PyComplex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    @Override public PyType type() { return Types.COMPLEX; }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "real" -> re;
            case "imag" -> im;
            default -> null;
        };
    }

    /** A cmath argument: a complex, a real number, or anything with {@code __complex__}/{@code __float__}/{@code __index__}. */
    public static PyComplex coerce(PyThread t, Object o) {
        PyComplex c = of(o);
        if (c != null) {
            return c;
        }
        Object m = Ops.typeOf(o).lookup("__complex__");
        if (m != null || Ops.typeOf(o).lookup("__float__") != null || Ops.typeOf(o).lookup("__index__") != null) {
            return ComplexMethods.toComplex(t, o, "first");
        }
        throw Err.type("must be real number, not " + Ops.typeName(o));
    }

    /** An operand as a complex number, or null when it is not a number. */
    static PyComplex of(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (BinOp.isNum(o)) {
            return new PyComplex(Ops.toDouble(o), 0.0);
        }
        if (o instanceof PyValueSub v) {
            return of(v.value);
        }
        return null;
    }

    /** {@code a op b} with at least one complex operand; null when the operator does not apply. */
    static Object binop(BinOp op, Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        if (x == null || y == null) {
            return null;
        }
        switch (op) {
            case ADD: return new PyComplex(x.re + y.re, x.im + y.im);
            case SUB: return new PyComplex(x.re - y.re, x.im - y.im);
            case MUL: return new PyComplex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
            case TRUEDIV: return quot(x, y);
            case POW: {
                if (y.im == 0.0 && y.re == Math.floor(y.re) && Math.abs(y.re) <= 100.0) {
                    try {
                        return powi(x, (long) y.re);
                    } catch (PyException e) {
                        throw Err.zero("0.0 to a negative or complex power");
                    }
                }
                return pow(x, y);
            }
            default: return null;
        }
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
        if (absBi >= absBr) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex powi(PyComplex x, long n) {
        if (n < 0) {
            return quot(new PyComplex(1.0, 0.0), powu(x, -n));
        }
        return powu(x, n);
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    private static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    }

    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.re == 0.0 && b.im == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.re == 0.0 && a.im == 0.0) {
            if (b.im != 0.0 || b.re < 0.0) {
                throw Err.zero("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.re, a.im);
        double len = Math.pow(vabs, b.re);
        double at = Math.atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= Math.exp(at * b.im);
            phase += b.im * Math.log(vabs);
        }
        PyComplex r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            if (!Double.isInfinite(a.re) && !Double.isInfinite(a.im) && !Double.isInfinite(b.re) && !Double.isInfinite(b.im)) {
                throw Err.overflow("complex exponentiation");
            }
        }
        return r;
    }

    double abs() {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Err.overflow("absolute value too large");
        }
        return r;
    }

    /** {@code ==} against a number or complex; null when the other operand is neither. */
    static Object equal(Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        if (x == null || y == null) {
            return null;
        }
        if (!(a instanceof PyComplex) && !(a instanceof Double) && x.im == 0 && y.im == 0) {
            return Compare.EQ.rich(a, y.re);
        }
        if (!(b instanceof PyComplex) && !(b instanceof Double) && x.im == 0 && y.im == 0) {
            return Compare.EQ.rich(x.re, b);
        }
        return x.re == y.re && x.im == y.im;
    }

    long hash() {
        long h = Hashing.hashDouble(re) + 1000003L * Hashing.hashDouble(im);
        return h == -1 ? -2 : h;
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyComplex c && c.re == re && c.im == im;
    }

    @Override public int hashCode() {
        return Long.hashCode(hash());
    }

    /** A part as {@code repr} shows it: the shortest repr, without the {@code .0} a float adds. */
    static String part(double d) {
        String s = Formatting.floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    String repr() {
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return part(im) + "j";
        }
        String i = part(im);
        return "(" + part(re) + (i.startsWith("-") ? "" : "+") + i + "j)";
    }
}
