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
import dev.gilspy.interp.runtime.StructSeq;
import dev.gilspy.interp.runtime.Types;

/** {@code datetime.date}: year, month, day. {@link DateTime} extends it as the Python types do. */
class Date extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("date", "datetime", null, Date::construct);
    static final PyType ISO_CALENDAR = StructSeq.newType("datetime", "IsoCalendarDate",
        new String[] {"year", "week", "weekday"}, 3);

    final int year;
    final int month;
    final int day;

    Date(PyType cls, int year, int month, int day) {
        super(cls);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** The pickle state constructor form: a 4-byte bytes (or latin-1 str) with a valid month byte. */
    static byte[] state(Object o, int len, int monthAt) {
        byte[] b = null;
        if (o instanceof PyBytes pb && pb.data().length == len) {
            b = pb.data();
        } else if (o instanceof String s && s.length() == len) {
            b = new byte[len];
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c > 255) {
                    throw Err.value("Failed to encode latin1 string when unpickling a " + (len == 6 ? "time" : len == 4 ? "date" : "datetime")
                        + " object. pickle.load(data, encoding='latin1') is assumed.");
                }
                b[i] = (byte) c;
            }
        }
        if (b == null) {
            return null;
        }
        if (monthAt >= 0) {
            int m = b[monthAt] & 0x7F;
            if (m < 1 || m > 12) {
                return null;
            }
        } else if ((b[0] & 0x7F) >= 24) {
            return null;
        }
        return b;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        if (a.length == 1 && (k == null || k.length == 0)) {
            byte[] st = state(a[0], 4, 2);
            if (st != null) {
                return new Date(cls, ((st[0] & 0xFF) << 8) | (st[1] & 0xFF), st[2], st[3]);
            }
        }
        Object[] v = Cal.argsReq(null, 3, a, k, 0, "year", "month", "day");
        String[] names = {"year", "month", "day"};
        for (int i = 0; i < 3; i++) {
            if (v[i] == null) {
                throw Err.type("function missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        int y = Cal.toInt(v[0]);
        int m = Cal.toInt(v[1]);
        int d = Cal.toInt(v[2]);
        Cal.checkDate(y, m, d);
        return new Date(cls, y, m, d);
    }

    /** A date of class {@code cls}: direct for the built-in type, else through cls(y, m, d). */
    static Object make(PyType cls, int y, int m, int d) {
        if (cls == TYPE) {
            Cal.checkDate(y, m, d);
            return new Date(TYPE, y, m, d);
        }
        return Ops.call(PyThread.current(), cls, new Object[] {(long) y, (long) m, (long) d}, null);
    }

    static Date self(Object o) {
        if (o instanceof Date d) {
            return d;
        }
        throw Err.type("descriptor requires a 'datetime.date' object but received a '" + Ops.typeName(o) + "'");
    }

    int ordinal() { return Cal.ymdToOrd(year, month, day); }

    @Override public int hashCode() { return (year * 13 + month) * 32 + day; }

    @Override public boolean equals(Object o) {
        return o instanceof Date d && !(d instanceof DateTime) && !(this instanceof DateTime)
            && d.year == year && d.month == month && d.day == day;
    }

    int cmpDate(Date o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override public Object compare(Compare op, Object other) {
        if (other instanceof DateTime dt && !(this instanceof DateTime) && Ops.typeOf(dt).isSubtypeOf(Ops.typeOf(this))) {
            // the subclass's comparison first, as do_richcompare tries a subclass operand's reflection
            return dt.compare(op.swapped(), this);
        }
        return compareDates(op, other);
    }

    /** date_richcompare: any date, a datetime too (date.__eq__(a_datetime) compares the date parts). */
    Object compareDates(Compare op, Object other) {
        if (!(other instanceof Date o)) {
            return Types.NOT_IMPLEMENTED;
        }
        return Cal.cmpResult(op, cmpDate(o));
    }

    /** The rich comparison methods, callable by name ({@code date.__eq__(x)}), over {@code compare}. */
    static void richMethods(PyType type, boolean dateOnly) {
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        Compare[] ops = {Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE};
        for (int i = 0; i < names.length; i++) {
            Compare op = ops[i];
            NativeTypes.def(type, names[i], (t, a, k) -> dateOnly ? self(a[0]).compareDates(op, a[1])
                : ((Date) DateTime.self(a[0])).compare(op, a[1]));
        }
    }

    @Override public String toString() { return DtFormat.date(year, month, day); }

    Object timetuple() { return DtFormat.structTime(year, month, day, 0, 0, 0, -1); }

    Object plusDays(long days, PyType cls) {
        long ord = ordinal() + days;
        if (ord < 1 || ord > Cal.MAXORDINAL) {
            throw Err.overflow("date value out of range");
        }
        int[] ymd = Cal.ordToYmd((int) ord);
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    static Object fromOrdinal(PyType cls, long ord) {
        if (ord < 1) {
            throw Err.value("ordinal must be >= 1");
        }
        if (ord > Cal.MAXORDINAL) {
            throw Err.value("year " + (ord / 365 + 1) + " is out of range");
        }
        int[] ymd = Cal.ordToYmd((int) ord);
        return make(cls, ymd[0], ymd[1], ymd[2]);
    }

    static {
        PyType T = TYPE;
        NativeTypes.getter(T, "year", o -> (long) self(o).year);
        NativeTypes.getter(T, "month", o -> (long) self(o).month);
        NativeTypes.getter(T, "day", o -> (long) self(o).day);
        NativeTypes.classMethod(T, "today", (t, a, k) -> {
            long[] f = LocalTime.fields(System.currentTimeMillis() * 1000L, true);
            return make((PyType) a[0], (int) f[0], (int) f[1], (int) f[2]);
        });
        NativeTypes.classMethod(T, "fromtimestamp", (t, a, k) -> {
            long[] f = LocalTime.fields(LocalTime.timestampMicros(a[1], true), true);
            return make((PyType) a[0], (int) f[0], (int) f[1], (int) f[2]);
        });
        NativeTypes.classMethod(T, "fromordinal", (t, a, k) -> fromOrdinal((PyType) a[0], Cal.toInt(a[1])));
        NativeTypes.classMethod(T, "fromisoformat", (t, a, k) -> {
            if (!(a[1] instanceof String s)) {
                throw Err.type("fromisoformat: argument must be str");
            }
            if (s.length() != 10 && s.length() != 8 && s.length() != 7 && s.length() != 9) {
                throw DtFormat.invalid(s);
            }
            int[] ymd = DtFormat.parseDate(s, s);
            try {
                Cal.checkDate(ymd[0], ymd[1], ymd[2]);
            } catch (RuntimeException e) {
                throw DtFormat.invalid(s);
            }
            return make((PyType) a[0], ymd[0], ymd[1], ymd[2]);
        });
        NativeTypes.classMethod(T, "fromisocalendar", (t, a, k) -> {
            Object[] v = Cal.args("fromisocalendar", a, k, 1, "year", "week", "day");
            int[] c = new int[3];
            for (int i = 0; i < 3; i++) {
                try {
                    c[i] = Cal.toInt(v[i]);
                } catch (dev.gilspy.interp.runtime.PyException e) {
                    // date_fromisocalendar turns PyArg_ParseTuple's OverflowError into a ValueError
                    if (Ops.typeOf(e.exc).isSubtypeOf(Types.get("OverflowError"))) {
                        throw Err.value("ISO calendar component out of range");
                    }
                    throw e;
                }
            }
            int[] ymd = DtFormat.fromIso(c[0], c[1], c[2]);
            return make((PyType) a[0], ymd[0], ymd[1], ymd[2]);
        });
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            Date d = self(a[0]);
            return Cal.typeName(Ops.typeOf(d), "date") + "(" + d.year + ", " + d.month + ", " + d.day + ")";
        });
        NativeTypes.def(T, "isoformat", (t, a, k) -> self(a[0]).toString());
        NativeTypes.def(T, "__str__", (t, a, k) -> Ops.call(t, Ops.getattr(a[0], "isoformat"), new Object[0], null));
        NativeTypes.def(T, "ctime", (t, a, k) -> {
            Date d = self(a[0]);
            return DtFormat.ctime(d.year, d.month, d.day, 0, 0, 0);
        });
        NativeTypes.def(T, "strftime", (t, a, k) -> {
            Object[] v = Cal.argsReq("strftime", 1, a, k, 1, "format");
            Object tt = Ops.call(t, Ops.getattr(a[0], "timetuple"), new Object[0], null);
            return DtFormat.strftime(a[0], v[0], tt, PyNone.NONE, 0, false);
        });
        NativeTypes.def(T, "__format__", (t, a, k) -> {
            String f = DtFormat.checkFormatArg(a[1]);
            if (f.isEmpty()) {
                return dev.gilspy.interp.runtime.StrRepr.str(a[0]);
            }
            return Ops.call(t, Ops.getattr(a[0], "strftime"), new Object[] {f}, null);
        });
        NativeTypes.def(T, "timetuple", (t, a, k) -> self(a[0]).timetuple());
        NativeTypes.def(T, "toordinal", (t, a, k) -> (long) self(a[0]).ordinal());
        NativeTypes.def(T, "weekday", (t, a, k) -> (long) ((self(a[0]).ordinal() + 6) % 7));
        NativeTypes.def(T, "isoweekday", (t, a, k) -> (long) ((self(a[0]).ordinal() + 6) % 7 + 1));
        NativeTypes.def(T, "isocalendar", (t, a, k) -> {
            Date d = self(a[0]);
            int[] c = Cal.isoCalendar(d.year, d.month, d.day);
            return StructSeq.make(ISO_CALENDAR, (long) c[0], (long) c[1], (long) c[2]);
        });
        NativeTypes.def(T, "replace", (t, a, k) -> {
            Date d = self(a[0]);
            Object[] v = Cal.args("replace", a, k, 1, "year", "month", "day");
            int y = v[0] == null ? d.year : Cal.toInt(v[0]);
            int m = v[1] == null ? d.month : Cal.toInt(v[1]);
            int dd = v[2] == null ? d.day : Cal.toInt(v[2]);
            Cal.checkDate(y, m, dd);
            return make(Ops.typeOf(d), y, m, dd);
        });
        NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            Date d = self(a[0]);
            return PyTuple.of(Ops.typeOf(d), PyTuple.of(new PyBytes(new byte[] {(byte) (d.year >> 8), (byte) d.year,
                (byte) d.month, (byte) d.day})));
        });
        NativeTypes.def(T, "__add__", (t, a, k) -> {
            if (a[0] instanceof DateTime || !(a[1] instanceof Timedelta td)) {
                return Types.NOT_IMPLEMENTED;
            }
            return self(a[0]).plusDays(td.days, Ops.typeOf(a[0]));
        });
        NativeTypes.def(T, "__radd__", (t, a, k) -> {
            if (a[0] instanceof DateTime || !(a[1] instanceof Timedelta td)) {
                return Types.NOT_IMPLEMENTED;
            }
            return self(a[0]).plusDays(td.days, Ops.typeOf(a[0]));
        });
        NativeTypes.def(T, "__sub__", (t, a, k) -> {
            if (a[0] instanceof DateTime) {
                return Types.NOT_IMPLEMENTED;
            }
            if (a[1] instanceof Timedelta td) {
                return self(a[0]).plusDays(-(long) td.days, Ops.typeOf(a[0]));
            }
            if (a[1] instanceof Date o && !(o instanceof DateTime)) {
                return Timedelta.of(self(a[0]).ordinal() - o.ordinal(), 0, 0);
            }
            return Types.NOT_IMPLEMENTED;
        });
        richMethods(T, true);
        // iso_calendar_date_reduce: pickled as a plain tuple (the type is not reachable by name)
        NativeTypes.def(ISO_CALENDAR, "__reduce__", (t, a, k) ->
            PyTuple.of(Types.TUPLE, PyTuple.of(PyTuple.of(Ops.toArray(a[0])))));
        NativeTypes.ready(T);
        NativeTypes.put(T, "min", new Date(T, 1, 1, 1));
        NativeTypes.put(T, "max", new Date(T, 9999, 12, 31));
        NativeTypes.put(T, "resolution", Timedelta.of(1, 0, 0));
    }
}
