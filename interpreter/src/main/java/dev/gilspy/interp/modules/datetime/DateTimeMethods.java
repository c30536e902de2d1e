package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.time.Instant;

/** The methods of {@code datetime.datetime} ({@link DateTime}). */
final class DateTimeMethods {
    private DateTimeMethods() {}

    static final long EPOCH_WALL = (Cal.ymdToOrd(1970, 1, 1) - 1L) * Timedelta.US_PER_DAY;

    private static DateTime self(Object o) { return DateTime.self(o); }

    static long nowMicros() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    /** C's datetime_from_timet_and_us and the tz.fromutc step of now()/fromtimestamp(). */
    static Object fromMicros(PyType cls, long micros, Object tz) {
        TzInfo.check(tz);
        long[] f = LocalTime.fields(micros, tz == PyNone.NONE);
        int fold = tz == PyNone.NONE ? LocalTime.fold(Math.floorDiv(micros, 1_000_000L)) : 0;
        Object dt = DateTime.make(cls, (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6],
            tz, fold);
        if (tz == PyNone.NONE) {
            return dt;
        }
        if (tz instanceof TzInfo.Fixed fx && Ops.typeOf(fx) == TzInfo.Fixed.TYPE && dt instanceof DateTime d) {
            return d.plus(fx.offset, 1);
        }
        return Ops.call(PyThread.current(), Ops.getattr(tz, "fromutc"), new Object[] {dt}, null);
    }

    /** Epoch seconds of a naive datetime taken as local time. */
    static long localSeconds(DateTime d) {
        return LocalTime.localToEpoch(d.year, d.month, d.day, d.hour, d.minute, d.second, d.fold);
    }

    static Object localTimezone(long epochSeconds) {
        long[] f = LocalTime.fields(epochSeconds * 1_000_000L, true);
        return TzInfo.Fixed.make(Timedelta.of(0, f[7], 0), LocalTime.zoneName(epochSeconds));
    }

    private static Object timetuple(DateTime d) {
        int dst = -1;
        if (d.tzinfo != PyNone.NONE) {
            Timedelta x = TzInfo.call(d.tzinfo, "dst", d);
            if (x != null) {
                dst = x.truthy() ? 1 : 0;
            }
        }
        return DtFormat.structTime(d.year, d.month, d.day, d.hour, d.minute, d.second, dst);
    }

    static Object isoformat(DateTime d, String sep, String timespec) {
        StringBuilder b = new StringBuilder(32);
        DtFormat.date(b, d.year, d.month, d.day);
        b.append(sep);
        DtFormat.time(b, d.hour, d.minute, d.second, d.us, timespec);
        Timedelta off = d.tzinfo == PyNone.NONE ? null : d.offset();
        return off == null ? b.toString() : b.append(DtFormat.offset(off, ":")).toString();
    }

    static Object astimezone(DateTime d, Object tz) {
        if (tz != PyNone.NONE && !(tz instanceof TzInfo)) {
            throw Err.type("tzinfo argument must be None or of a tzinfo subclass, not type '" + Ops.typeName(tz) + "'");
        }
        Object selfTz = d.tzinfo;
        Timedelta off = null;
        if (selfTz != PyNone.NONE) {
            if (selfTz == tz) {
                return d;
            }
            off = d.offset();
        }
        if (off == null) {
            long secs = localSeconds(d);
            Object local = localTimezone(secs);
            off = ((TzInfo.Fixed) local).offset;
            if (local == tz) {
                return d;
            }
        }
        long utcWall = d.wallMicros() - off.micros();
        if (tz == PyNone.NONE) {
            long epochSecs = Math.floorDiv(utcWall - EPOCH_WALL, 1_000_000L);
            Object local = localTimezone(epochSecs);
            return DateTime.fromWall(Ops.typeOf(d), utcWall + ((TzInfo.Fixed) local).offset.micros(), local);
        }
        Object utc = DateTime.fromWall(Ops.typeOf(d), utcWall, tz);
        if (tz instanceof TzInfo.Fixed fx && Ops.typeOf(fx) == TzInfo.Fixed.TYPE) {
            return ((DateTime) utc).plus(fx.offset, 1);
        }
        return Ops.call(PyThread.current(), Ops.getattr(tz, "fromutc"), new Object[] {utc}, null);
    }

    /**
     * Where the date ends in a datetime ISO string, whose separator may be any character:
     * _find_isoformat_datetime_separator's reading of characters 4 and 5 (YYYY-MM-DD, YYYYMMDD,
     * YYYY-Www[-D], YYYYWww[D]); -1 when the string cannot hold a date.
     */
    private static int separatorAt(String s) {
        int len = s.length();
        if (len == 7) {
            return 7;
        }
        if (s.charAt(4) == '-') {
            if (s.charAt(5) != 'W') {
                return 10;
            }
            if (len < 8) {
                return -1;
            }
            if (len > 8 && s.charAt(8) == '-') {
                if (len == 9) {
                    return -1;
                }
                return len > 10 && isDigit(s.charAt(10)) ? 8 : 10;
            }
            return 8;
        }
        if (s.charAt(4) != 'W') {
            return 8;
        }
        int idx = 7;
        while (idx < len && isDigit(s.charAt(idx))) {
            idx++;
        }
        if (idx < 9) {
            return idx;
        }
        return idx % 2 == 0 ? 7 : 8;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    static void install(PyType T) {
        NativeTypes.getter(T, "hour", o -> (long) self(o).hour);
        NativeTypes.getter(T, "minute", o -> (long) self(o).minute);
        NativeTypes.getter(T, "second", o -> (long) self(o).second);
        NativeTypes.getter(T, "microsecond", o -> (long) self(o).us);
        NativeTypes.getter(T, "tzinfo", o -> self(o).tzinfo);
        NativeTypes.getter(T, "fold", o -> (long) self(o).fold);
        NativeTypes.classMethod(T, "now", (t, a, k) -> {
            Object[] v = Cal.args("now", a, k, 1, "tz");
            return fromMicros((PyType) a[0], nowMicros(), v[0] == null ? PyNone.NONE : v[0]);
        });
        NativeTypes.classMethod(T, "today", (t, a, k) -> fromMicros((PyType) a[0], nowMicros(), PyNone.NONE));
        NativeTypes.classMethod(T, "utcnow", (t, a, k) -> {
            Cal.noArgs("datetime.utcnow", a, 1);
            long[] f = LocalTime.fields(nowMicros(), false);
            return DateTime.make((PyType) a[0], (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5],
                (int) f[6], PyNone.NONE, 0);
        });
        NativeTypes.classMethod(T, "fromtimestamp", (t, a, k) -> {
            Object[] v = Cal.argsReq("fromtimestamp", 1, a, k, 1, "timestamp", "tz");
            return fromMicros((PyType) a[0], LocalTime.timestampMicros(v[0], true), v[1] == null ? PyNone.NONE : v[1]);
        });
        NativeTypes.classMethod(T, "utcfromtimestamp", (t, a, k) -> {
            long[] f = LocalTime.fields(LocalTime.timestampMicros(Cal.oneArg("utcfromtimestamp", a, k, 1), true), false);
            return DateTime.make((PyType) a[0], (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5],
                (int) f[6], PyNone.NONE, 0);
        });
        NativeTypes.classMethod(T, "combine", (t, a, k) -> {
            Object[] v = Cal.argsReq("combine", 2, a, k, 1, "date", "time", "tzinfo");
            if (!(v[0] instanceof Date d)) {
                throw Err.type("combine() argument 1 must be datetime.date, not " + Ops.typeName(v[0]));
            }
            if (!(v[1] instanceof Time tm)) {
                throw Err.type("combine() argument 2 must be datetime.time, not " + Ops.typeName(v[1]));
            }
            Object tz = v[2] == null ? tm.tzinfo : v[2];
            TzInfo.check(tz);
            return DateTime.make((PyType) a[0], d.year, d.month, d.day, tm.hour, tm.minute, tm.second, tm.us, tz, tm.fold);
        });
        NativeTypes.classMethod(T, "fromisoformat", (t, a, k) -> {
            if (!(a[1] instanceof String s)) {
                throw Err.type("fromisoformat: argument must be str");
            }
            if (s.length() < 7) {
                throw DtFormat.invalid(s);
            }
            int dlen = separatorAt(s);
            if (dlen < 0 || dlen > s.length()) {
                throw DtFormat.invalid(s);
            }
            int[] ymd = DtFormat.parseDate(s.substring(0, dlen), s);
            long[] r = new long[6];
            if (s.length() > dlen) {
                int timeAt = dlen + Character.charCount(s.codePointAt(dlen));
                if (s.length() == timeAt) {
                    throw DtFormat.invalid(s);
                }
                r = DtFormat.parseTime(s.substring(timeAt), s);
            }
            if (r[0] == 24 && r[1] == 0 && r[2] == 0 && r[3] == 0) {
                throw Err.value("hour must be in 0..23");
            }
            Cal.checkDate(ymd[0], ymd[1], ymd[2]);
            Cal.checkTime((int) r[0], (int) r[1], (int) r[2], (int) r[3], 0);
            return DateTime.make((PyType) a[0], ymd[0], ymd[1], ymd[2], (int) r[0], (int) r[1], (int) r[2], (int) r[3],
                DateTime.isoTz(r), 0);
        });
        NativeTypes.classMethod(T, "strptime", (t, a, k) -> {
            PyModule m = t.interp.importModule(t, "_strptime");
            return Ops.call(t, m.get("_strptime_datetime"), new Object[] {a[0], a[1], a[2]}, null);
        });
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            DateTime d = self(a[0]);
            StringBuilder b = new StringBuilder(Cal.typeName(Ops.typeOf(d), "datetime")).append('(').append(d.year)
                .append(", ").append(d.month).append(", ").append(d.day).append(", ").append(d.hour).append(", ").append(d.minute);
            if (d.us != 0) {
                b.append(", ").append(d.second).append(", ").append(d.us);
            } else if (d.second != 0) {
                b.append(", ").append(d.second);
            }
            if (d.tzinfo != PyNone.NONE) {
                b.append(", tzinfo=").append(StrRepr.repr(d.tzinfo));
            }
            if (d.fold != 0) {
                b.append(", fold=1");
            }
            return b.append(')').toString();
        });
        NativeTypes.def(T, "isoformat", (t, a, k) -> {
            if (a.length == 1) {
                return isoformat(self(a[0]), "T", "auto");
            }
            Object[] v = Cal.args("isoformat", a, k, 1, "sep", "timespec");
            String sep = "T";
            if (v[0] != null) {
                if (!(v[0] instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                    throw Err.type("isoformat() argument 1 must be a unicode character, not " + Ops.typeName(v[0]));
                }
                sep = s;
            }
            return isoformat(self(a[0]), sep, v[1] == null ? "auto" : (String) v[1]);
        });
        NativeTypes.def(T, "__str__", (t, a, k) -> Ops.call(t, Ops.getattr(a[0], "isoformat"), new Object[] {" "}, null));
        NativeTypes.def(T, "ctime", (t, a, k) -> {
            DateTime d = self(a[0]);
            return DtFormat.ctime(d.year, d.month, d.day, d.hour, d.minute, d.second);
        });
        NativeTypes.def(T, "strftime", (t, a, k) -> {
            Object[] v = Cal.argsReq("strftime", 1, a, k, 1, "format");
            DateTime d = self(a[0]);
            return DtFormat.strftime(d, v[0], Ops.call(t, Ops.getattr(d, "timetuple"), new Object[0], null), d, d.us, true);
        });
        NativeTypes.def(T, "timetuple", (t, a, k) -> timetuple(self(a[0])));
        NativeTypes.def(T, "utctimetuple", (t, a, k) -> {
            DateTime d = self(a[0]);
            Timedelta off = d.offset();
            DateTime u = d;
            if (off != null && off.truthy()) {
                u = (DateTime) DateTime.fromWall(DateTime.TYPE, d.wallMicros() - off.micros(), PyNone.NONE);
            }
            return DtFormat.structTime(u.year, u.month, u.day, u.hour, u.minute, u.second, 0);
        });
        NativeTypes.def(T, "timestamp", (t, a, k) -> {
            DateTime d = self(a[0]);
            if (d.tzinfo != PyNone.NONE) {
                Timedelta off = d.offset();
                if (off != null) {
                    return Timedelta.of(0, 0, d.wallMicros() - off.micros() - EPOCH_WALL).totalSeconds();
                }
            }
            return localSeconds(d) + d.us / 1e6;
        });
        NativeTypes.def(T, "date", (t, a, k) -> {
            DateTime d = self(a[0]);
            return new Date(Date.TYPE, d.year, d.month, d.day);
        });
        NativeTypes.def(T, "time", (t, a, k) -> {
            DateTime d = self(a[0]);
            return new Time(Time.TYPE, d.hour, d.minute, d.second, d.us, PyNone.NONE, d.fold);
        });
        NativeTypes.def(T, "timetz", (t, a, k) -> {
            DateTime d = self(a[0]);
            return new Time(Time.TYPE, d.hour, d.minute, d.second, d.us, d.tzinfo, d.fold);
        });
        NativeTypes.def(T, "utcoffset", (t, a, k) -> {
            Cal.noArgs("datetime.utcoffset", a, 1);
            Timedelta d = self(a[0]).offset();
            return d == null ? PyNone.NONE : d;
        });
        NativeTypes.def(T, "dst", (t, a, k) -> {
            Cal.noArgs("datetime.dst", a, 1);
            Timedelta d = TzInfo.call(self(a[0]).tzinfo, "dst", a[0]);
            return d == null ? PyNone.NONE : d;
        });
        NativeTypes.def(T, "tzname", (t, a, k) -> {
            Cal.noArgs("datetime.tzname", a, 1);
            return TzInfo.tzname(self(a[0]).tzinfo, a[0]);
        });
        NativeTypes.def(T, "replace", (t, a, k) -> {
            DateTime d = self(a[0]);
            Object[] v = Cal.args("replace", a, k, 1, DateTime.FIELDS);
            Cal.maxPositional("replace", a, k, 1, 8);
            int[] cur = {d.year, d.month, d.day, d.hour, d.minute, d.second, d.us};
            for (int i = 0; i < 7; i++) {
                if (v[i] != null) {
                    cur[i] = Cal.toInt(v[i]);
                }
            }
            Object tz = v[7] == null ? d.tzinfo : v[7];
            int fold = v[8] == null ? d.fold : Cal.toInt(v[8]);
            Cal.checkDate(cur[0], cur[1], cur[2]);
            Cal.checkTime(cur[3], cur[4], cur[5], cur[6], fold);
            TzInfo.check(tz);
            return DateTime.make(Ops.typeOf(d), cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6], tz, fold);
        });
        NativeTypes.def(T, "astimezone", (t, a, k) -> {
            Object[] v = Cal.args("astimezone", a, k, 1, "tz");
            return astimezone(self(a[0]), v[0] == null ? PyNone.NONE : v[0]);
        });
        NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
        NativeTypes.def(T, "__reduce__", (t, a, k) -> self(a[0]).reduce(2));
        NativeTypes.def(T, "__reduce_ex__", (t, a, k) -> self(a[0]).reduce(Cal.toInt(a[1])));
        NativeTypes.def(T, "__add__", (t, a, k) -> a[1] instanceof Timedelta td ? self(a[0]).plus(td, 1) : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__radd__", (t, a, k) -> a[1] instanceof Timedelta td ? self(a[0]).plus(td, 1) : Types.NOT_IMPLEMENTED);
        NativeTypes.def(T, "__sub__", (t, a, k) -> {
            if (a[1] instanceof Timedelta td) {
                return self(a[0]).plus(td, -1);
            }
            if (a[1] instanceof DateTime o) {
                return self(a[0]).minus(o);
            }
            return Types.NOT_IMPLEMENTED;
        });
    }
}
