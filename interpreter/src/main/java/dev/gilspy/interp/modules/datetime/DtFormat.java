package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;

/** Formatting and parsing: isoformat, utcoffset text, strftime's %z/%Z/%f wrapping, fromisoformat. */
final class DtFormat {
    private DtFormat() {}

    /** "+HH:MM[:SS[.ffffff]]" (sep between fields), as C's format_utcoffset. */
    static String offset(Timedelta off, String sep) {
        long us = off.micros();
        char sign = '+';
        if (us < 0) {
            sign = '-';
            us = -us;
        }
        long frac = us % 1_000_000L;
        long secs = us / 1_000_000L;
        StringBuilder b = new StringBuilder().append(sign).append(Cal.pad(secs / 3600, 2)).append(sep)
            .append(Cal.pad(secs / 60 % 60, 2));
        if (secs % 60 != 0 || frac != 0) {
            b.append(sep).append(Cal.pad(secs % 60, 2));
            if (frac != 0) {
                b.append('.').append(Cal.pad(frac, 6));
            }
        }
        return b.toString();
    }

    static String time(int h, int m, int s, int us, String timespec) {
        StringBuilder b = new StringBuilder(15);
        time(b, h, m, s, us, timespec);
        return b.toString();
    }

    static void two(StringBuilder b, int v) {
        b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    static void time(StringBuilder b, int h, int m, int s, int us, String timespec) {
        String spec = timespec;
        if (spec.equals("auto")) {
            spec = us != 0 ? "microseconds" : "seconds";
        }
        int fields;
        switch (spec) {
            case "hours" -> fields = 1;
            case "minutes" -> fields = 2;
            case "seconds" -> fields = 3;
            case "milliseconds" -> fields = 4;
            case "microseconds" -> fields = 5;
            default -> throw Err.value("Unknown timespec value");
        }
        two(b, h);
        if (fields > 1) {
            b.append(':');
            two(b, m);
        }
        if (fields > 2) {
            b.append(':');
            two(b, s);
        }
        if (fields == 4) {
            b.append('.').append(Cal.pad(us / 1000, 3));
        } else if (fields == 5) {
            b.append('.').append(Cal.pad(us, 6));
        }
    }

    static void date(StringBuilder b, int y, int m, int d) {
        if (y < 1000) {
            b.append(Cal.pad(y, 4));
        } else {
            b.append(y);
        }
        b.append('-');
        two(b, m);
        b.append('-');
        two(b, d);
    }

    static String date(int y, int m, int d) {
        StringBuilder b = new StringBuilder(10);
        date(b, y, m, d);
        return b.toString();
    }

    static String ctime(int y, int mo, int d, int h, int mi, int s) {
        return Cal.DAYS[Cal.weekday(y, mo, d)] + " " + Cal.MONTHS[mo] + " " + (d < 10 ? " " : "") + d + " "
            + Cal.pad(h, 2) + ":" + Cal.pad(mi, 2) + ":" + Cal.pad(s, 2) + " " + Cal.pad(y, 4);
    }

    /** C's wrap_strftime: %z, %Z and %f filled here, the rest by time.strftime over the timetuple. */
    static Object strftime(Object self, Object fmt, Object timetuple, Object tzinfoArg, int us, boolean hasTz) {
        if (!(fmt instanceof String f)) {
            throw Err.type("strftime() argument 1 must be str, not " + Ops.typeName(fmt));
        }
        StringBuilder b = new StringBuilder();
        int n = f.length();
        for (int i = 0; i < n; i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= n) {
                b.append(c);
                continue;
            }
            char x = f.charAt(++i);
            if (x == 'z') {
                Timedelta off = hasTz ? TzInfo.call(Ops.getattr(self, "tzinfo"), "utcoffset", tzinfoArg) : null;
                if (off != null) {
                    b.append(offset(off, "").replace("%", "%%"));
                }
            } else if (x == 'Z') {
                Object name = hasTz ? TzInfo.tzname(Ops.getattr(self, "tzinfo"), tzinfoArg) : PyNone.NONE;
                if (name instanceof String s) {
                    // wrap_strftime takes the name as UTF-8: a lone surrogate cannot be encoded
                    for (int j = 0; j < s.length(); j++) {
                        char ch = s.charAt(j);
                        if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && j + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(j + 1)))) {
                            throw dev.gilspy.interp.runtime.UnicodeErrors.encode("utf-8", s, j, j + 1, "surrogates not allowed");
                        }
                        if (Character.isHighSurrogate(ch)) {
                            j++;
                        }
                    }
                    b.append(s.replace("%", "%%"));
                }
            } else if (x == 'f') {
                b.append(Cal.pad(us, 6));
            } else {
                b.append('%').append(x);
            }
        }
        PyThread t = PyThread.current();
        PyModule time = t.interp.importModule(t, "time");
        return Ops.call(t, time.get("strftime"), new Object[] {b.toString(), timetuple}, null);
    }

    static Object structTime(int y, int m, int d, int hh, int mm, int ss, int dst) {
        PyThread t = PyThread.current();
        PyModule time = t.interp.importModule(t, "time");
        int yday = Cal.daysBeforeMonth(y, m) + d;
        return Ops.call(t, time.get("struct_time"), new Object[] {PyTuple.of((long) y, (long) m, (long) d, (long) hh,
            (long) mm, (long) ss, (long) Cal.weekday(y, m, d), (long) yday, (long) dst)}, null);
    }

    static String checkFormatArg(Object fmt) {
        if (!(fmt instanceof String s)) {
            throw Err.type("__format__() argument 1 must be str, not " + Ops.typeName(fmt));
        }
        return s;
    }

    static RuntimeException invalid(String s) { return Err.value("Invalid isoformat string: " + StrRepr.repr(s)); }

    private static int digits(String s, int pos, int n, String whole) {
        if (pos + n > s.length()) {
            throw invalid(whole);
        }
        int v = 0;
        for (int i = pos; i < pos + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(whole);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** An ISO 8601 date (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]) to {y, m, d}. */
    static int[] parseDate(String s, String whole) {
        int y = digits(s, 0, 4, whole);
        int p = 4;
        boolean dash = s.length() > p && s.charAt(p) == '-';
        if (dash) {
            p++;
        }
        if (s.length() > p && s.charAt(p) == 'W') {
            p++;
            int w = digits(s, p, 2, whole);
            p += 2;
            int dow = 1;
            if (s.length() > p) {
                if (dash) {
                    if (s.charAt(p) != '-') {
                        throw invalid(whole);
                    }
                    p++;
                }
                dow = digits(s, p, 1, whole);
                p++;
            }
            if (p != s.length()) {
                throw invalid(whole);
            }
            return fromIso(y, w, dow);
        }
        int m = digits(s, p, 2, whole);
        p += 2;
        if (dash) {
            if (s.length() <= p || s.charAt(p) != '-') {
                throw invalid(whole);
            }
            p++;
        }
        int d = digits(s, p, 2, whole);
        p += 2;
        if (p != s.length()) {
            throw invalid(whole);
        }
        return new int[] {y, m, d};
    }

    static int[] fromIso(int y, int w, int d) {
        if (y < Cal.MINYEAR || y > Cal.MAXYEAR) {
            throw Err.value("Year is out of range: " + y);
        }
        if (w <= 0 || w >= 53) {
            boolean longYear = false;
            if (w == 53) {
                int first = Cal.weekday(y, 1, 1);
                longYear = first == 3 || (first == 2 && Cal.isLeap(y));
            }
            if (!longYear) {
                throw Err.value("Invalid week: " + w);
            }
        }
        if (d <= 0 || d >= 8) {
            throw Err.value("Invalid weekday: " + d + " (range is [1, 7])");
        }
        int ord = Cal.isoWeek1Monday(y) + (w - 1) * 7 + d - 1;
        return Cal.ordToYmd(ord);
    }

    /** {h, m, s, us, tzSign(0 none, 1/-1), tzUs}: an ISO time with optional offset. */
    static long[] parseTime(String s, String whole) {
        int end = s.length();
        int tzPos = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' || c == '-' || c == 'Z') {
                tzPos = i;
                break;
            }
        }
        if (tzPos >= 0) {
            end = tzPos;
        }
        long[] r = new long[6];
        parseClock(s.substring(0, end), whole, r, 0);
        if (tzPos >= 0) {
            if (s.charAt(tzPos) == 'Z') {
                if (tzPos + 1 != s.length()) {
                    throw invalid(whole);
                }
                r[4] = 1;
                return r;
            }
            long[] tz = new long[4];
            parseClock(s.substring(tzPos + 1), whole, tz, 0);
            r[4] = s.charAt(tzPos) == '+' ? 1 : -1;
            r[5] = ((tz[0] * 60 + tz[1]) * 60 + tz[2]) * 1_000_000L + tz[3];
        }
        return r;
    }

    private static void parseClock(String s, String whole, long[] r, int at) {
        if (s.length() < 2) {
            throw invalid(whole);
        }
        r[at] = digits(s, 0, 2, whole);
        int p = 2;
        boolean colon = s.length() > p && s.charAt(p) == ':';
        for (int field = 1; field <= 2 && p < s.length(); field++) {
            if (colon) {
                if (s.charAt(p) != ':') {
                    break;
                }
                p++;
            }
            r[at + field] = digits(s, p, 2, whole);
            p += 2;
        }
        if (p < s.length()) {
            char c = s.charAt(p);
            if ((c != '.' && c != ',') || p < 8 - (colon ? 0 : 2)) {
                throw invalid(whole);
            }
            p++;
            int start = p;
            long us = 0;
            int n = 0;
            while (p < s.length() && Character.isDigit(s.charAt(p))) {
                if (n < 6) {
                    us = us * 10 + (s.charAt(p) - '0');
                    n++;
                }
                p++;
            }
            if (p == start || p != s.length() || (p - start != 3 && p - start != 6 && p - start < 7 && false)) {
                throw invalid(whole);
            }
            for (; n < 6; n++) {
                us *= 10;
            }
            r[at + 3] = us;
        }
    }
}
