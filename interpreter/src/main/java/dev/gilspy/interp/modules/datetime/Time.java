package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;

/** {@code datetime.time}: hour, minute, second, microsecond, tzinfo, fold. */
final class Time extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("time", "datetime", null, Time::construct);
    static final String[] FIELDS = {"hour", "minute", "second", "microsecond", "tzinfo", "fold"};

    final int hour;
    final int minute;
    final int second;
    final int us;
    final Object tzinfo;
    final int fold;

    Time(PyType cls, int h, int m, int s, int us, Object tz, int fold) {
        super(cls);
        this.hour = h;
        this.minute = m;
        this.second = s;
        this.us = us;
        this.tzinfo = tz;
        this.fold = fold;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length - nk >= 1 && a.length - nk <= 2 && (nk == 0 || nk == 1 && k[0].equals("tzinfo") && a.length == 2)) {
            byte[] st = Date.state(a[0], 6, -1);
            if (st != null) {
                Object tz = a.length > 1 ? a[1] : PyNone.NONE;
                if (tz != PyNone.NONE && !(tz instanceof TzInfo)) {
                    throw Err.type("bad tzinfo state arg");
                }
                int h = st[0] & 0xFF;
                return new Time(cls, h & 0x7F, st[1], st[2], ((st[3] & 0xFF) << 16) | ((st[4] & 0xFF) << 8) | (st[5] & 0xFF),
                    tz, h > 127 ? 1 : 0);
            }
        }
        Object[] v = Cal.args(null, a, k, 0, FIELDS);
        Cal.maxPositional(null, a, k, 0, 5);
        int[] f = new int[4];
        for (int i = 0; i < 4; i++) {
            f[i] = v[i] == null ? 0 : Cal.toInt(v[i]);
        }
        Object tz = v[4] == null ? PyNone.NONE : v[4];
        int fold = v[5] == null ? 0 : Cal.toInt(v[5]);
        Cal.checkTime(f[0], f[1], f[2], f[3], fold);
        TzInfo.check(tz);
        return new Time(cls, f[0], f[1], f[2], f[3], tz, fold);
    }

    static Time self(Object o) {
        if (o instanceof Time d) {
            return d;
        }
        throw Err.type("descriptor requires a 'datetime.time' object but received a '" + Ops.typeName(o) + "'");
    }

    long dayMicros() { return ((hour * 60L + minute) * 60L + second) * 1_000_000L + us; }

    Timedelta offset() { return TzInfo.call(tzinfo, "utcoffset", PyNone.NONE); }

    @Override public int hashCode() {
        Timedelta off = offset();
        return Long.hashCode(dayMicros() - (off == null ? 0 : off.micros()));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Time x && Ops.truthy(compare(Compare.EQ, x));
    }

    @Override public Object compare(Compare op, Object other) {
        if (!(other instanceof Time o)) {
            return Types.NOT_IMPLEMENTED;
        }
        if (tzinfo == o.tzinfo) {
            return Cal.cmpResult(op, Long.compare(dayMicros(), o.dayMicros()));
        }
        Timedelta a = offset();
        Timedelta b = o.offset();
        if ((a == null) != (b == null)) {
            if (op == Compare.EQ || op == Compare.NE) {
                return op == Compare.NE;
            }
            throw Err.type("can't compare offset-naive and offset-aware times");
        }
        long x = dayMicros() - (a == null ? 0 : a.micros());
        long y = o.dayMicros() - (b == null ? 0 : b.micros());
        return Cal.cmpResult(op, Long.compare(x, y));
    }

    String iso(String timespec) {
        String s = DtFormat.time(hour, minute, second, us, timespec);
        Timedelta off = offset();
        return off == null ? s : s + DtFormat.offset(off, ":");
    }

    PyBytes state(int proto) {
        return new PyBytes(new byte[] {(byte) (hour + (fold == 1 && proto > 3 ? 128 : 0)), (byte) minute, (byte) second,
            (byte) (us >> 16), (byte) (us >> 8), (byte) us});
    }

    Object reduce(int proto) {
        return PyTuple.of(Ops.typeOf(this), tzinfo == PyNone.NONE ? PyTuple.of(state(proto)) : PyTuple.of(state(proto), tzinfo));
    }

    static Object make(PyType cls, int h, int m, int s, int us, Object tz, int fold) {
        if (cls == TYPE) {
            return new Time(TYPE, h, m, s, us, tz, fold);
        }
        return Ops.call(PyThread.current(), cls, new Object[] {(long) h, (long) m, (long) s, (long) us, tz, (long) fold},
            new String[] {"fold"});
    }

    static {
        PyType T = TYPE;
        NativeTypes.getter(T, "hour", o -> (long) self(o).hour);
        NativeTypes.getter(T, "minute", o -> (long) self(o).minute);
        NativeTypes.getter(T, "second", o -> (long) self(o).second);
        NativeTypes.getter(T, "microsecond", o -> (long) self(o).us);
        NativeTypes.getter(T, "tzinfo", o -> self(o).tzinfo);
        NativeTypes.getter(T, "fold", o -> (long) self(o).fold);
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            Time x = self(a[0]);
            StringBuilder b = new StringBuilder(Cal.typeName(Ops.typeOf(x), "time")).append('(').append(x.hour).append(", ")
                .append(x.minute);
            if (x.us != 0) {
                b.append(", ").append(x.second).append(", ").append(x.us);
            } else if (x.second != 0) {
                b.append(", ").append(x.second);
            }
            if (x.tzinfo != PyNone.NONE) {
                b.append(", tzinfo=").append(StrRepr.repr(x.tzinfo));
            }
            if (x.fold != 0) {
                b.append(", fold=1");
            }
            return b.append(')').toString();
        });
        NativeTypes.def(T, "isoformat", (t, a, k) -> {
            Object[] v = Cal.args("isoformat", a, k, 1, "timespec");
            return self(a[0]).iso(v[0] == null ? "auto" : (String) v[0]);
        });
        NativeTypes.def(T, "__str__", (t, a, k) -> Ops.call(t, Ops.getattr(a[0], "isoformat"), new Object[0], null));
        NativeTypes.def(T, "strftime", (t, a, k) -> {
            Object[] v = Cal.argsReq("strftime", 1, a, k, 1, "format");
            Time x = self(a[0]);
            Object tt = DtFormat.structTime(1900, 1, 1, x.hour, x.minute, x.second, -1);
            return DtFormat.strftime(x, v[0], tt, PyNone.NONE, x.us, true);
        });
        NativeTypes.def(T, "__format__", (t, a, k) -> {
            String f = DtFormat.checkFormatArg(a[1]);
            return f.isEmpty() ? StrRepr.str(a[0]) : Ops.call(t, Ops.getattr(a[0], "strftime"), new Object[] {f}, null);
        });
        NativeTypes.def(T, "utcoffset", (t, a, k) -> {
            Cal.noArgs("time.utcoffset", a, 1);
            Timedelta d = self(a[0]).offset();
            return d == null ? PyNone.NONE : d;
        });
        NativeTypes.def(T, "dst", (t, a, k) -> {
            Cal.noArgs("time.dst", a, 1);
            Timedelta d = TzInfo.call(self(a[0]).tzinfo, "dst", PyNone.NONE);
            return d == null ? PyNone.NONE : d;
        });
        NativeTypes.def(T, "tzname", (t, a, k) -> {
            Cal.noArgs("time.tzname", a, 1);
            return TzInfo.tzname(self(a[0]).tzinfo, PyNone.NONE);
        });
        NativeTypes.def(T, "replace", (t, a, k) -> {
            Time x = self(a[0]);
            Object[] v = Cal.args("replace", a, k, 1, FIELDS);
            Cal.maxPositional("replace", a, k, 1, 5);
            int h = v[0] == null ? x.hour : Cal.toInt(v[0]);
            int m = v[1] == null ? x.minute : Cal.toInt(v[1]);
            int s = v[2] == null ? x.second : Cal.toInt(v[2]);
            int us = v[3] == null ? x.us : Cal.toInt(v[3]);
            Object tz = v[4] == null ? x.tzinfo : v[4];
            int fold = v[5] == null ? x.fold : Cal.toInt(v[5]);
            Cal.checkTime(h, m, s, us, fold);
            TzInfo.check(tz);
            return make(Ops.typeOf(x), h, m, s, us, tz, fold);
        });
        NativeTypes.classMethod(T, "fromisoformat", (t, a, k) -> {
            if (!(a[1] instanceof String s)) {
                throw Err.type("fromisoformat: argument must be str");
            }
            String body = s.startsWith("T") ? s.substring(1) : s;
            long[] r = DtFormat.parseTime(body, s);
            try {
                Cal.checkTime((int) r[0], (int) r[1], (int) r[2], (int) r[3], 0);
            } catch (RuntimeException e) {
                throw DtFormat.invalid(s);
            }
            return make((PyType) a[1 - 1], (int) r[0], (int) r[1], (int) r[2], (int) r[3], DateTime.isoTz(r), 0);
        });
        NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
        NativeTypes.def(T, "__bool__", (t, a, k) -> true);
        NativeTypes.def(T, "__reduce__", (t, a, k) -> self(a[0]).reduce(2));
        NativeTypes.def(T, "__reduce_ex__", (t, a, k) -> self(a[0]).reduce(Cal.toInt(a[1])));
        NativeTypes.ready(T);
        NativeTypes.put(T, "min", new Time(T, 0, 0, 0, 0, PyNone.NONE, 0));
        NativeTypes.put(T, "max", new Time(T, 23, 59, 59, 999999, PyNone.NONE, 0));
        NativeTypes.put(T, "resolution", Timedelta.of(0, 0, 1));
    }
}
