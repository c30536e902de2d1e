package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/** {@code datetime.datetime}: a {@link Date} with a time of day, tzinfo and fold. Methods: {@link DateTimeMethods}. */
final class DateTime extends Date {
    static final PyType TYPE = NativeTypes.newType("datetime", "datetime", Date.TYPE, DateTime::construct);
    static final String[] FIELDS = {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    final int hour;
    final int minute;
    final int second;
    final int us;
    final Object tzinfo;
    final int fold;

    DateTime(PyType cls, int y, int mo, int d, int h, int mi, int s, int us, Object tz, int fold) {
        super(cls, y, mo, d);
        this.hour = h;
        this.minute = mi;
        this.second = s;
        this.us = us;
        this.tzinfo = tz;
        this.fold = fold;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length - nk >= 1 && a.length - nk <= 2 && (nk == 0 || nk == 1 && k[0].equals("tzinfo") && a.length == 2)) {
            byte[] st = Date.state(a[0], 10, 2);
            if (st != null) {
                Object tz = a.length > 1 ? a[1] : PyNone.NONE;
                if (tz != PyNone.NONE && !(tz instanceof TzInfo)) {
                    throw Err.type("bad tzinfo state arg");
                }
                int m = st[2] & 0xFF;
                return new DateTime(cls, ((st[0] & 0xFF) << 8) | (st[1] & 0xFF), m & 0x7F, st[3], st[4], st[5], st[6],
                    ((st[7] & 0xFF) << 16) | ((st[8] & 0xFF) << 8) | (st[9] & 0xFF), tz, m > 127 ? 1 : 0);
            }
        }
        Object[] v = Cal.argsReq(null, 3, a, k, 0, FIELDS);
        Cal.maxPositional(null, a, k, 0, 8);
        for (int i = 0; i < 3; i++) {
            if (v[i] == null) {
                throw Err.type("function missing required argument '" + FIELDS[i] + "' (pos " + (i + 1) + ")");
            }
        }
        int[] f = new int[7];
        for (int i = 0; i < 7; i++) {
            f[i] = v[i] == null ? 0 : Cal.toInt(v[i]);
        }
        Object tz = v[7] == null ? PyNone.NONE : v[7];
        int fold = v[8] == null ? 0 : Cal.toInt(v[8]);
        Cal.checkDate(f[0], f[1], f[2]);
        Cal.checkTime(f[3], f[4], f[5], f[6], fold);
        TzInfo.check(tz);
        return new DateTime(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, fold);
    }

    static Object make(PyType cls, int y, int mo, int d, int h, int mi, int s, int us, Object tz, int fold) {
        if (cls == TYPE) {
            Cal.checkDate(y, mo, d);
            return new DateTime(TYPE, y, mo, d, h, mi, s, us, tz, fold);
        }
        Object[] a = {(long) y, (long) mo, (long) d, (long) h, (long) mi, (long) s, (long) us, tz, (long) fold};
        return Ops.call(PyThread.current(), cls, a, new String[] {"fold"});
    }

    static DateTime self(Object o) {
        if (o instanceof DateTime d) {
            return d;
        }
        throw Err.type("descriptor requires a 'datetime.datetime' object but received a '" + Ops.typeName(o) + "'");
    }

    long dayMicros() { return ((hour * 60L + minute) * 60L + second) * 1_000_000L + us; }

    /** Microseconds since 0001-01-01T00:00 of the wall fields. */
    long wallMicros() { return (ordinal() - 1L) * Timedelta.US_PER_DAY + dayMicros(); }

    Timedelta offset() { return TzInfo.call(tzinfo, "utcoffset", this); }

    /** self + sign * delta, as a datetime of self's class with self's tzinfo (fold 0). */
    Object plus(Timedelta delta, int sign) {
        long total = wallMicros() + sign * delta.micros();
        return fromWall(Ops.typeOf(this), total, tzinfo);
    }

    static Object fromWall(PyType cls, long total, Object tz) {
        long days = Math.floorDiv(total, Timedelta.US_PER_DAY);
        long rest = Math.floorMod(total, Timedelta.US_PER_DAY);
        if (days < 0 || days >= Cal.MAXORDINAL) {
            throw Err.overflow("date value out of range");
        }
        int[] ymd = Cal.ordToYmd((int) days + 1);
        long secs = rest / 1_000_000L;
        return make(cls, ymd[0], ymd[1], ymd[2], (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60),
            (int) (rest % 1_000_000L), tz, 0);
    }

    /** This datetime with the fold flipped (get_flip_fold_offset's and datetime_hash's copy), of the base type. */
    DateTime withFold(int f) {
        return f == fold && Ops.typeOf(this) == TYPE ? this
            : new DateTime(TYPE, year, month, day, hour, minute, second, us, tzinfo, f);
    }

    /** PEP 495: an aware datetime in a fold or gap is unequal to any other whose offsets would differ by fold. */
    private boolean pep495Unequal(DateTime o, Timedelta a, Timedelta b) {
        return !sameOffset(withFold(1 - fold).offset(), a) || !sameOffset(o.withFold(1 - o.fold).offset(), b);
    }

    private static boolean sameOffset(Timedelta x, Timedelta y) {
        return x == null ? y == null : y != null && x.micros() == y.micros();
    }

    @Override public int hashCode() {
        long w = wallMicros();
        // datetime_hash: the offset of the fold=0 twin, so both folds of a time hash alike
        Timedelta off = fold == 0 ? offset() : withFold(0).offset();
        if (off != null) {
            w -= off.micros();
        }
        return Long.hashCode(w);
    }

    @Override public boolean equals(Object o) {
        return o instanceof DateTime x && Ops.truthy(compare(Compare.EQ, x));
    }

    @Override public Object compare(Compare op, Object other) {
        if (!(other instanceof DateTime o)) {
            if (other instanceof Date) {
                if (op == Compare.EQ || op == Compare.NE) {
                    return op == Compare.NE;
                }
                throw Err.type("can't compare " + Cal.typeName(Ops.typeOf(this), "datetime") + " to "
                    + Cal.typeName(Ops.typeOf(other), "date"));
            }
            return Types.NOT_IMPLEMENTED;
        }
        if (tzinfo == o.tzinfo) {
            return Cal.cmpResult(op, Long.compare(wallMicros(), o.wallMicros()));
        }
        Timedelta a = offset();
        Timedelta b = o.offset();
        if ((a == null) != (b == null)) {
            if (op == Compare.EQ || op == Compare.NE) {
                return op == Compare.NE;
            }
            throw Err.type("can't compare offset-naive and offset-aware datetimes");
        }
        long x = wallMicros() - (a == null ? 0 : a.micros());
        long y = o.wallMicros() - (b == null ? 0 : b.micros());
        int diff = Long.compare(x, y);
        if (diff == 0 && (op == Compare.EQ || op == Compare.NE) && pep495Unequal(o, a, b)) {
            diff = 1;
        }
        return Cal.cmpResult(op, diff);
    }

    Object minus(DateTime o) {
        long x = wallMicros();
        long y = o.wallMicros();
        if (tzinfo != o.tzinfo) {
            Timedelta a = offset();
            Timedelta b = o.offset();
            if ((a == null) != (b == null)) {
                throw Err.type("can't subtract offset-naive and offset-aware datetimes");
            }
            x -= a == null ? 0 : a.micros();
            y -= b == null ? 0 : b.micros();
        }
        return Timedelta.of(0, 0, x - y);
    }

    PyBytes state(int proto) {
        return new PyBytes(new byte[] {(byte) (year >> 8), (byte) year, (byte) (month + (fold == 1 && proto > 3 ? 128 : 0)),
            (byte) day, (byte) hour, (byte) minute, (byte) second, (byte) (us >> 16), (byte) (us >> 8), (byte) us});
    }

    Object reduce(int proto) {
        return PyTuple.of(Ops.typeOf(this), tzinfo == PyNone.NONE ? PyTuple.of(state(proto)) : PyTuple.of(state(proto), tzinfo));
    }

    /** The timezone (utc or a fixed offset) an ISO parse's {@code r[4..5]} names; None without one. */
    static Object isoTz(long[] r) {
        if (r[4] == 0) {
            return PyNone.NONE;
        }
        if (r[5] == 0) {
            return TzInfo.Fixed.UTC;
        }
        return TzInfo.Fixed.make(Timedelta.of(0, 0, r[4] * r[5]), PyNone.NONE);
    }

    static {
        DateTimeMethods.install(TYPE);
        Date.richMethods(TYPE, false);
        NativeTypes.ready(TYPE);
        NativeTypes.put(TYPE, "min", new DateTime(TYPE, 1, 1, 1, 0, 0, 0, 0, PyNone.NONE, 0));
        NativeTypes.put(TYPE, "max", new DateTime(TYPE, 9999, 12, 31, 23, 59, 59, 999999, PyNone.NONE, 0));
        NativeTypes.put(TYPE, "resolution", Timedelta.of(0, 0, 1));
    }
}
