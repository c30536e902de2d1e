package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** {@code datetime.timedelta}: days, seconds (0..86399) and microseconds (0..999999), normalized. */
final class Timedelta extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("timedelta", "datetime", null, Timedelta::construct);
    static final long US_PER_DAY = 86_400_000_000L;
    static final BigInteger BIG_US_PER_DAY = BigInteger.valueOf(US_PER_DAY);
    static final int MAX_DAYS = 999_999_999;

    final int days;
    final int seconds;
    final int us;

    Timedelta(PyType cls, int days, int seconds, int us) {
        super(cls);
        this.days = days;
        this.seconds = seconds;
        this.us = us;
    }

    static final Timedelta ZERO = new Timedelta(TYPE, 0, 0, 0);

    /** A normalized timedelta from any day/second/microsecond parts; OverflowError out of range. */
    static Timedelta of(long d, long s, long u) {
        s += Math.floorDiv(u, 1_000_000L);
        u = Math.floorMod(u, 1_000_000L);
        d += Math.floorDiv(s, 86400L);
        s = Math.floorMod(s, 86400L);
        if (d < -MAX_DAYS || d > MAX_DAYS) {
            throw Err.overflow("days=" + d + "; must have magnitude <= " + MAX_DAYS);
        }
        return new Timedelta(TYPE, (int) d, (int) s, (int) u);
    }

    static Timedelta ofMicros(BigInteger total) {
        BigInteger[] qr = total.divideAndRemainder(BIG_US_PER_DAY);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(BIG_US_PER_DAY);
        }
        if (q.bitLength() > 40 || Math.abs(q.longValue()) > MAX_DAYS) {
            throw Err.overflow("days=" + q + "; must have magnitude <= " + MAX_DAYS);
        }
        return of(q.longValue(), 0, r.longValue());
    }

    BigInteger totalMicros() {
        return BigInteger.valueOf(days).multiply(BIG_US_PER_DAY).add(BigInteger.valueOf(seconds * 1_000_000L + us));
    }

    /** Total microseconds as a long (fits: |days| < 1e9 gives < 8.64e19... only for offsets and small spans). */
    long micros() { return (long) days * US_PER_DAY + seconds * 1_000_000L + us; }

    static Object wrap(PyType cls, Timedelta v) {
        if (cls == TYPE) {
            return v;
        }
        return Ops.call(PyThread.current(), cls, new Object[] {(long) v.days, (long) v.seconds, (long) v.us}, null);
    }

    private static final String[] NAMES = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    private static final long[] FACTOR = {US_PER_DAY, 1_000_000L, 1L, 1000L, 60_000_000L, 3_600_000_000L, 7 * US_PER_DAY};

    /**
     * delta_new: integer parts exactly; a float's integer part exactly and its fractional part in
     * double arithmetic (C's accum), the leftover fractions of a microsecond summed and rounded
     * half-to-even at the end, so that timedelta(milliseconds=0.5/1000) is 0, as in CPython.
     */
    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        Object[] v = Cal.args("__new__", a, k, 0, NAMES);
        BigInteger sum = BigInteger.ZERO;
        double leftover = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                continue;
            }
            Object x = dev.gilspy.interp.runtime.PyValueSub.unwrap(v[i]);
            BigInteger factor = BigInteger.valueOf(FACTOR[i]);
            if (x instanceof Long || x instanceof Boolean || x instanceof BigInteger || Ops.typeOf(x).isSubtypeOf(Types.INT)) {
                sum = sum.add(Cal.toBig(x).multiply(factor));
            } else if (x instanceof Double || Ops.typeOf(x).isSubtypeOf(Types.FLOAT)) {
                double d = x instanceof Double dv ? dv : Ops.toDouble(x);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw Err.value("cannot convert float " + (Double.isNaN(d) ? "NaN" : "infinity") + " to integer");
                }
                double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
                double frac = d - whole;
                sum = sum.add(new BigDecimal(whole).toBigInteger().multiply(factor));
                if (frac != 0.0) {
                    double scaled = (double) FACTOR[i] * frac;
                    double scaledWhole = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                    sum = sum.add(new BigDecimal(scaledWhole).toBigInteger());
                    leftover += scaled - scaledWhole;
                }
            } else {
                throw Err.type("unsupported type for timedelta " + NAMES[i] + " component: " + Ops.typeName(x));
            }
        }
        if (leftover != 0.0) {
            double whole = cRound(leftover);
            if (Math.abs(whole - leftover) == 0.5) {
                int odd = sum.testBit(0) ? 1 : 0;
                whole = 2.0 * cRound((leftover + odd) * 0.5) - odd;
            }
            sum = sum.add(BigInteger.valueOf((long) whole));
        }
        Timedelta r = ofMicros(sum);
        return cls == TYPE ? r : new Timedelta(cls, r.days, r.seconds, r.us);
    }

    /** C's round(): halfway cases away from zero. */
    private static double cRound(double x) {
        return Math.copySign(Math.floor(Math.abs(x) + 0.5), x);
    }

    static Timedelta self(Object o) {
        if (o instanceof Timedelta d) {
            return d;
        }
        throw Err.type("descriptor requires a 'datetime.timedelta' object but received a '" + Ops.typeName(o) + "'");
    }

    @Override public boolean truthy() { return days != 0 || seconds != 0 || us != 0; }

    @Override public int hashCode() { return Long.hashCode(micros() * 31 + days); }

    @Override public boolean equals(Object o) {
        return o instanceof Timedelta d && d.days == days && d.seconds == seconds && d.us == us;
    }

    int cmp(Timedelta o) {
        int c = Integer.compare(days, o.days);
        if (c == 0) {
            c = Integer.compare(seconds, o.seconds);
        }
        return c != 0 ? c : Integer.compare(us, o.us);
    }

    @Override public Object compare(Compare op, Object other) {
        if (!(other instanceof Timedelta o)) {
            return Types.NOT_IMPLEMENTED;
        }
        return Cal.cmpResult(op, cmp(o));
    }

    @Override public String toString() {
        StringBuilder b = new StringBuilder();
        if (days != 0) {
            b.append(days).append(" day").append(Math.abs(days) != 1 ? "s" : "").append(", ");
        }
        b.append(seconds / 3600).append(':').append(Cal.pad(seconds / 60 % 60, 2)).append(':').append(Cal.pad(seconds % 60, 2));
        if (us != 0) {
            b.append('.').append(Cal.pad(us, 6));
        }
        return b.toString();
    }

    String repr() {
        StringBuilder b = new StringBuilder(Cal.typeName(cls, "timedelta")).append('(');
        String sep = "";
        if (days != 0) {
            b.append("days=").append(days);
            sep = ", ";
        }
        if (seconds != 0) {
            b.append(sep).append("seconds=").append(seconds);
            sep = ", ";
        }
        if (us != 0) {
            b.append(sep).append("microseconds=").append(us);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            b.append('0');
        }
        return b.append(')').toString();
    }

    double totalSeconds() {
        return new BigDecimal(totalMicros()).divide(BigDecimal.valueOf(1_000_000L), MathContext.DECIMAL64).doubleValue();
    }

    /** A float subclass instance: C calls its as_integer_ratio() (which a subclass may override). */
    private static boolean floatSub(Object n) {
        return !(n instanceof Double) && Ops.typeOf(n).isSubtypeOf(Types.FLOAT);
    }

    /** as_integer_ratio() checked as multiply_truedivide_timedelta_float checks it. */
    private static BigInteger[] ratio(Object n) {
        Object r = Ops.call(Ops.getattr(n, "as_integer_ratio"));
        if (!(r instanceof dev.gilspy.interp.runtime.PyTuple tup)) {
            throw Err.type("unexpected return type from as_integer_ratio(): expected tuple, got '" + Ops.typeName(r) + "'");
        }
        if (tup.items.length != 2) {
            throw Err.value("as_integer_ratio() must return a 2-tuple");
        }
        return new BigInteger[] {Cal.toBig(tup.items[0]), Cal.toBig(tup.items[1])};
    }

    /** round-half-even(num / den) as a timedelta of microseconds (divide_nearest). */
    private static Timedelta nearest(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw Err.zero("integer division or modulo by zero");
        }
        return ofMicros(new BigDecimal(num).divide(new BigDecimal(den), 0, RoundingMode.HALF_EVEN).toBigInteger());
    }

    private static Object mul(Timedelta d, Object n) {
        if (floatSub(n)) {
            BigInteger[] r = ratio(n);
            return nearest(d.totalMicros().multiply(r[0]), r[1]);
        }
        if (n instanceof Long || n instanceof Boolean || n instanceof BigInteger) {
            return ofMicros(d.totalMicros().multiply(Cal.toBig(n)));
        }
        if (n instanceof Double x) {
            if (x.isNaN()) {
                throw Err.value("cannot convert NaN to integer ratio");
            }
            if (x.isInfinite()) {
                throw Err.overflow("cannot convert Infinity to integer ratio");
            }
            return ofMicros(new BigDecimal(d.totalMicros()).multiply(new BigDecimal(x)).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        return Types.NOT_IMPLEMENTED;
    }

    private static Object truediv(Timedelta d, Object n) {
        if (floatSub(n)) {
            BigInteger[] r = ratio(n);
            return nearest(d.totalMicros().multiply(r[1]), r[0]);
        }
        if (n instanceof Timedelta o) {
            if (!o.truthy()) {
                throw Err.zero("integer division or modulo by zero");
            }
            return new BigDecimal(d.totalMicros()).divide(new BigDecimal(o.totalMicros()), MathContext.DECIMAL128).doubleValue();
        }
        if (n instanceof Long || n instanceof Boolean || n instanceof BigInteger) {
            BigInteger b = Cal.toBig(n);
            if (b.signum() == 0) {
                throw Err.zero("integer division or modulo by zero");
            }
            return ofMicros(new BigDecimal(d.totalMicros()).divide(new BigDecimal(b), 0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (n instanceof Double x) {
            if (x.isNaN()) {
                throw Err.value("cannot convert NaN to integer ratio");
            }
            if (x.isInfinite()) {
                throw Err.overflow("cannot convert Infinity to integer ratio");
            }
            if (x == 0.0) {
                throw Err.zero("integer division or modulo by zero");
            }
            return ofMicros(new BigDecimal(d.totalMicros()).divide(new BigDecimal(x), 0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        return Types.NOT_IMPLEMENTED;
    }

    private static BigInteger[] divmod(Timedelta d, Timedelta o, boolean mod) {
        BigInteger b = o.totalMicros();
        if (b.signum() == 0) {
            throw Err.zero(mod ? "integer modulo by zero" : "integer division or modulo by zero");
        }
        BigInteger[] qr = d.totalMicros().divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    static Object bigOrLong(BigInteger b) { return b.bitLength() < 63 ? (Object) b.longValue() : b; }

    static {
        PyType T = TYPE;
        NativeTypes.getter(T, "days", o -> (long) self(o).days);
        NativeTypes.getter(T, "seconds", o -> (long) self(o).seconds);
        NativeTypes.getter(T, "microseconds", o -> (long) self(o).us);
        NativeTypes.def(T, "total_seconds", (t, a, k) -> self(a[0]).totalSeconds());
        NativeTypes.def(T, "__repr__", (t, a, k) -> self(a[0]).repr());
        NativeTypes.def(T, "__str__", (t, a, k) -> self(a[0]).toString());
        NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
        NativeTypes.def(T, "__bool__", (t, a, k) -> self(a[0]).truthy());
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            Timedelta d = self(a[0]);
            return PyTuple.of(Ops.typeOf(d), PyTuple.of((long) d.days, (long) d.seconds, (long) d.us));
        });
        NativeTypes.def(T, "__add__", (t, a, k) -> a[1] instanceof Timedelta o
            ? of((long) self(a[0]).days + o.days, (long) self(a[0]).seconds + o.seconds, (long) self(a[0]).us + o.us)
            : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__radd__", (t, a, k) -> a[1] instanceof Timedelta o
            ? of((long) self(a[0]).days + o.days, (long) self(a[0]).seconds + o.seconds, (long) self(a[0]).us + o.us)
            : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__sub__", (t, a, k) -> a[1] instanceof Timedelta o
            ? of((long) self(a[0]).days - o.days, (long) self(a[0]).seconds - o.seconds, (long) self(a[0]).us - o.us)
            : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__rsub__", (t, a, k) -> a[1] instanceof Timedelta o
            ? of((long) o.days - self(a[0]).days, (long) o.seconds - self(a[0]).seconds, (long) o.us - self(a[0]).us)
            : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__neg__", (t, a, k) -> of(-(long) self(a[0]).days, -(long) self(a[0]).seconds, -(long) self(a[0]).us));
        NativeTypes.def(T, "__pos__", (t, a, k) -> of(self(a[0]).days, self(a[0]).seconds, self(a[0]).us));
        NativeTypes.def(T, "__abs__", (t, a, k) -> {
            Timedelta d = self(a[0]);
            return d.days < 0 ? of(-(long) d.days, -(long) d.seconds, -(long) d.us) : of(d.days, d.seconds, d.us);
        });
        NativeTypes.def(T, "__mul__", (t, a, k) -> mul(self(a[0]), a[1]));
        NativeTypes.def(T, "__rmul__", (t, a, k) -> mul(self(a[0]), a[1]));
        NativeTypes.def(T, "__truediv__", (t, a, k) -> truediv(self(a[0]), a[1]));
        NativeTypes.def(T, "__floordiv__", (t, a, k) -> {
            Timedelta d = self(a[0]);
            if (a[1] instanceof Timedelta o) {
                return bigOrLong(divmod(d, o, false)[0]);
            }
            if (a[1] instanceof Long || a[1] instanceof Boolean || a[1] instanceof BigInteger) {
                BigInteger b = Cal.toBig(a[1]);
                if (b.signum() == 0) {
                    throw Err.zero("integer division or modulo by zero");
                }
                BigInteger[] qr = d.totalMicros().divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return ofMicros(q);
            }
            return Types.NOT_IMPLEMENTED;
        });
        NativeTypes.def(T, "__mod__", (t, a, k) -> a[1] instanceof Timedelta o
            ? ofMicros(divmod(self(a[0]), o, true)[1]) : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__divmod__", (t, a, k) -> {
            if (!(a[1] instanceof Timedelta o)) {
                return Types.NOT_IMPLEMENTED;
            }
            BigInteger[] qr = divmod(self(a[0]), o, false);
            return PyTuple.of(bigOrLong(qr[0]), ofMicros(qr[1]));
        });
        NativeTypes.ready(T);
        NativeTypes.put(T, "min", of(-MAX_DAYS, 0, 0));
        NativeTypes.put(T, "max", of(MAX_DAYS, 86399, 999999));
        NativeTypes.put(T, "resolution", of(0, 0, 1));
    }
}
