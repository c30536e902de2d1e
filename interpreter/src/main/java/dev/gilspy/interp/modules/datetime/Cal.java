package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyType;

/** The proleptic Gregorian calendar arithmetic of Modules/_datetimemodule.c, and argument helpers. */
final class Cal {
    private Cal() {}

    static final int MINYEAR = 1;
    static final int MAXYEAR = 9999;
    static final int MAXORDINAL = 3652059;
    private static final int[] DIM = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final int[] DBM = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static final String[] MONTHS = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static boolean isLeap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

    static int daysInMonth(int y, int m) { return m == 2 && isLeap(y) ? 29 : DIM[m]; }

    static int daysBeforeMonth(int y, int m) { return DBM[m] + (m > 2 && isLeap(y) ? 1 : 0); }

    static int daysBeforeYear(int y) {
        int p = y - 1;
        return p * 365 + p / 4 - p / 100 + p / 400;
    }

    static int ymdToOrd(int y, int m, int d) { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d; }

    /** ordinal (1 = 0001-01-01) to {year, month, day}. */
    static int[] ordToYmd(int ord) {
        int n = ord - 1;
        int n400 = n / 146097;
        n %= 146097;
        int year = n400 * 400 + 1;
        int n100 = n / 36524;
        n %= 36524;
        int n4 = n / 1461;
        n %= 1461;
        int n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) {
            return new int[] {year - 1, 12, 31};
        }
        boolean leap = n1 == 3 && (n4 != 24 || n100 == 3);
        int month = (n + 50) >> 5;
        int preceding = DBM[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n) {
            month--;
            preceding -= (month == 2 && leap) ? 29 : DIM[month];
        }
        return new int[] {year, month, n - preceding + 1};
    }

    static int weekday(int y, int m, int d) { return (ymdToOrd(y, m, d) + 6) % 7; }

    /** The ordinal of the Monday of ISO week 1 of {@code year}. */
    static int isoWeek1Monday(int year) {
        int first = ymdToOrd(year, 1, 1);
        int wd = (first + 6) % 7;
        int monday = first - wd;
        if (wd > 3) {
            monday += 7;
        }
        return monday;
    }

    static int[] isoCalendar(int y, int m, int d) {
        int year = y;
        int ord = ymdToOrd(y, m, d);
        int week1 = isoWeek1Monday(year);
        int today = ord;
        int week = Math.floorDiv(today - week1, 7);
        int day = Math.floorMod(today - week1, 7);
        if (week < 0) {
            year--;
            week1 = isoWeek1Monday(year);
            week = Math.floorDiv(today - week1, 7);
            day = Math.floorMod(today - week1, 7);
        } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
            year++;
            week = 0;
        }
        return new int[] {year, week + 1, day + 1};
    }

    static void checkDate(int y, int m, int d) {
        if (y < MINYEAR || y > MAXYEAR) {
            throw Err.value("year " + y + " is out of range");
        }
        if (m < 1 || m > 12) {
            throw Err.value("month must be in 1..12");
        }
        if (d < 1 || d > daysInMonth(y, m)) {
            throw Err.value("day is out of range for month");
        }
    }

    static void checkTime(int h, int mi, int s, int us, int fold) {
        if (h < 0 || h > 23) {
            throw Err.value("hour must be in 0..23");
        }
        if (mi < 0 || mi > 59) {
            throw Err.value("minute must be in 0..59");
        }
        if (s < 0 || s > 59) {
            throw Err.value("second must be in 0..59");
        }
        if (us < 0 || us > 999999) {
            throw Err.value("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw Err.value("fold must be either 0 or 1");
        }
    }

    /** A C {@code int} argument ("i" format). */
    static int toInt(Object o) {
        if (o instanceof Double) {
            throw Err.type("'float' object cannot be interpreted as an integer");
        }
        if (o instanceof String || o instanceof dev.gilspy.interp.runtime.PyBytes) {
            throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        long v = Ops.toLong(o);
        if (v > Integer.MAX_VALUE) {
            throw Err.overflow("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Err.overflow("signed integer is less than minimum");
        }
        return (int) v;
    }

    /**
     * Arguments by position and keyword, as PyArg_ParseTupleAndKeywords: slot i of the answer is
     * names[i]'s value or null. {@code skip} leading positionals (self/cls) are ignored.
     */
    static Object[] args(String fn, Object[] a, String[] k, int skip, String... names) {
        return argsReq(fn, 0, a, k, skip, names);
    }

    /** As {@link #args}, the first {@code required} slots checked (before unknown keywords, as PyArg does). */
    static Object[] argsReq(String fn, int required, Object[] a, String[] k, int skip, String... names) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk - skip;
        Object[] r = new Object[names.length];
        String who = fn == null ? "function" : fn + "()";
        if (npos + nk > names.length) {
            throw Err.type(who + " takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                + " (" + (npos + nk) + " given)");
        }
        for (int i = 0; i < npos; i++) {
            r[i] = a[skip + i];
        }
        String unknown = null;
        for (int j = 0; j < nk; j++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(k[j])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                if (unknown == null) {
                    unknown = k[j];
                }
                continue;
            }
            if (r[idx] != null) {
                throw Err.type("argument for " + who + " given by name ('" + k[j] + "') and position (" + (idx + 1) + ")");
            }
            r[idx] = a[skip + npos + j];
        }
        required(fn, r, names, required);
        if (unknown != null) {
            throw Err.type("'" + unknown + "' is an invalid keyword argument for " + (fn == null ? "this function" : fn + "()"));
        }
        return r;
    }

    static String typeName(PyType cls, String base) {
        return cls.module != null && dev.gilspy.interp.runtime.NativeTypes.isBuiltin(cls) ? "datetime." + base : cls.name;
    }

    static String pad(long v, int width) {
        String s = Long.toString(v);
        StringBuilder b = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(s).toString();
    }

    static java.math.BigInteger toBig(Object o) {
        if (o instanceof java.math.BigInteger b) {
            return b;
        }
        Object u = dev.gilspy.interp.runtime.PyValueSub.unwrap(o);
        if (u != o) {
            return toBig(u);
        }
        return java.math.BigInteger.valueOf(Ops.toLong(o));
    }

    /** A rich comparison's answer from a three-way result. */
    static Object cmpResult(dev.gilspy.interp.runtime.Compare op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            default -> c != 0;
        };
    }

    /** PyArg's "missing required argument" for the first {@code count} slots. */
    /** METH_NOARGS: {@code fn()} called with anything beyond self. */
    static void noArgs(String fn, Object[] a, int skip) {
        if (a.length > skip) {
            throw Err.type(fn + "() takes no arguments (" + (a.length - skip) + " given)");
        }
    }

    /** METH_O ("exactly one argument") or a one-object PyArg format ("exactly 1 argument"), beyond self. */
    static Object oneArg(String fn, Object[] a, String[] k, int skip) {
        if (k != null && k.length > 0) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
        if (a.length != skip + 1) {
            throw Err.type(fn + "() takes exactly " + (fn.indexOf('.') >= 0 ? "one" : "1") + " argument ("
                + (a.length - skip) + " given)");
        }
        return a[skip];
    }

    /** The keyword-only tail of a PyArg format ("$"): at most {@code max} positional arguments beyond self. */
    static void maxPositional(String fn, Object[] a, String[] k, int skip, int max) {
        int npos = a.length - skip - (k == null ? 0 : k.length);
        if (npos > max) {
            throw Err.type((fn == null ? "function" : fn + "()") + " takes at most " + max + " positional arguments ("
                + npos + " given)");
        }
    }

    static void required(String fn, Object[] v, String[] names, int count) {
        for (int i = 0; i < count; i++) {
            if (v[i] == null) {
                throw Err.type((fn == null ? "function" : fn + "()") + " missing required argument '" + names[i]
                    + "' (pos " + (i + 1) + ")");
            }
        }
    }
}
