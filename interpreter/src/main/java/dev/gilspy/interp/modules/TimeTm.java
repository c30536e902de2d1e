package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;

/**
 * A C {@code struct tm} as {@code time.strftime} and {@code time.asctime} hand it to the C library:
 * the fields taken as given (timemodule.c's {@code gettmarg} and {@code checktm}), never normalised
 * through a calendar. So {@code strftime("%w", (2000,) + (0,) * 8)} is "1" (the tuple's weekday 0,
 * Monday), not Saturday, and a year beyond any calendar's (2**31 - 1) still prints.
 *
 * @param year the full year (tm_year + 1900)
 * @param mon 0..11
 * @param wday 0..6, Sunday 0
 * @param yday 0..365
 * @param zone tm_zone, null when the argument was a plain tuple
 */
record TimeTm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, long gmtoff, String zone) {

    /** gettmarg then checktm: a 9-tuple or struct_time, its zero month, day and yday meaning the first. */
    static TimeTm fromTuple(Object st, PyType structTime, String fn) {
        if (!(st instanceof PyTuple)) {
            throw Err.type("Tuple or struct_time argument required");
        }
        Object[] f = Ops.toArray(st);
        if (f.length != 9) {
            throw Err.type(fn + "(): illegal time tuple argument");
        }
        int y = field(f[0]);
        if (y < Integer.MIN_VALUE + 1900) {
            throw Err.overflow("year out of range");
        }
        int mon = field(f[1]) - 1;
        int mday = field(f[2]);
        int hour = field(f[3]);
        int min = field(f[4]);
        int sec = field(f[5]);
        int wday = (field(f[6]) + 1) % 7; // C's %: -2 stays negative, the range check below rejects it
        int yday = field(f[7]) - 1;
        int isdst = field(f[8]);
        String zone = null;
        long gmtoff = 0;
        if (Ops.typeOf(st) == structTime) {
            if (Ops.getattrOrNull(st, "tm_zone") instanceof String z) {
                zone = z;
            }
            if (Ops.getattrOrNull(st, "tm_gmtoff") instanceof Long g) {
                gmtoff = g;
            }
        }
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw Err.value("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw Err.value("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw Err.value("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw Err.value("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw Err.value("seconds out of range");
        }
        if (wday < 0) {
            throw Err.value("day of week out of range");
        }
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw Err.value("day of year out of range");
        }
        return new TimeTm(y, mon, mday, hour, min, sec, wday, yday, Math.max(-1, Math.min(1, isdst)), gmtoff, zone);
    }

    /** A struct_time field, a C int as {@code PyArg_ParseTuple}'s "i" takes it. */
    static int field(Object o) {
        long v = Ops.toLong(o);
        if (v > Integer.MAX_VALUE) {
            throw Err.overflow("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Err.overflow("signed integer is less than minimum");
        }
        return (int) v;
    }

    private static final String[] WDAY = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MON = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** timemodule.c's {@code _asctime}: "%s %s%3d %.2d:%.2d:%.2d %d" of the fields as they are. */
    String asctime() {
        StringBuilder sb = new StringBuilder(24);
        sb.append(WDAY[wday], 0, 3).append(' ').append(MON[mon], 0, 3);
        pad(sb, mday, 3, ' ');
        sb.append(' ');
        pad(sb, hour, 2, '0');
        sb.append(':');
        pad(sb, min, 2, '0');
        sb.append(':');
        pad(sb, sec, 2, '0');
        return sb.append(' ').append(year).toString();
    }

    /**
     * glibc's strftime in the C locale: {@code %[_-0^#][width][E|O]conversion}; an unknown
     * conversion is copied as written. {@code tzname} gives %Z when the struct has no tm_zone;
     * {@code epoch} gives %s (mktime of these fields).
     */
    String format(String fmt, java.util.function.Supplier<String[]> tzname, java.util.function.ToLongFunction<TimeTm> epoch) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i + 1 < n) {
                // the plain two-digit and year conversions (logging's "%Y-%m-%d %H:%M:%S", once per record):
                // written in place; what they print is what the general path below prints for them
                char d0 = fmt.charAt(i + 1);
                int v = switch (d0) {
                    case 'm' -> mon + 1;
                    case 'd' -> mday;
                    case 'H' -> hour;
                    case 'M' -> min;
                    case 'S' -> sec;
                    default -> -1;
                };
                if (v >= 0) {
                    if (v < 10) {
                        sb.append('0');
                    }
                    sb.append(v);
                    i++;
                    continue;
                }
                if (d0 == 'Y') {
                    sb.append(year);
                    i++;
                    continue;
                }
            }
            int start = i;
            char padFlag = 0;
            boolean upper = false;
            boolean swap = false;
            int j = i + 1;
            for (; j < n; j++) {
                char fl = fmt.charAt(j);
                if (fl == '_' || fl == '-' || fl == '0') {
                    padFlag = fl;
                } else if (fl == '^') {
                    upper = true;
                } else if (fl == '#') {
                    swap = true;
                } else {
                    break;
                }
            }
            int width = -1;
            while (j < n && Character.isDigit(fmt.charAt(j))) {
                width = Math.max(0, width) * 10 + (fmt.charAt(j) - '0');
                j++;
            }
            if (j < n && (fmt.charAt(j) == 'E' || fmt.charAt(j) == 'O')) {
                j++;
            }
            if (j >= n) {
                sb.append(fmt, start, n);
                break;
            }
            char d = fmt.charAt(j);
            i = j;
            String text = conversion(d, tzname, epoch);
            if (text == null) {
                sb.append(fmt, start, j + 1);
                continue;
            }
            boolean numeric = text.length() > 0 && text.charAt(0) == NUM;
            if (numeric) {
                char defaultFill = text.charAt(1);
                int digits = text.charAt(2) - '0';
                String v = text.substring(3);
                boolean neg = v.startsWith("-");
                String abs = neg ? v.substring(1) : v;
                int w = width >= 0 ? width : digits;
                if (padFlag == '-' && width < 0) {
                    sb.append(v);
                } else {
                    char fill = padFlag == '_' || padFlag == '-' ? ' ' : padFlag == '0' ? '0' : defaultFill;
                    if (fill == '0') {
                        if (neg) {
                            sb.append('-');
                        }
                        for (int k = abs.length() + (neg ? 1 : 0); k < w; k++) {
                            sb.append('0');
                        }
                        sb.append(abs);
                    } else {
                        for (int k = v.length(); k < w; k++) {
                            sb.append(' ');
                        }
                        sb.append(v);
                    }
                }
                continue;
            }
            if (upper) {
                text = text.toUpperCase(java.util.Locale.ROOT);
            } else if (swap) {
                text = d == 'Z' ? text.toLowerCase(java.util.Locale.ROOT) : text.toUpperCase(java.util.Locale.ROOT);
            }
            for (int k = text.length(); k < width; k++) {
                sb.append(padFlag == '0' ? '0' : ' ');
            }
            sb.append(text);
        }
        return sb.toString();
    }

    /** Marks a numeric conversion: NUM, the default fill, the default digit count, then the number. */
    private static final char NUM = '\u0001';

    private static String num(int digits, long v) {
        return NUM + "0" + digits + v;
    }

    /** A number space-padded to 2 unless a flag says otherwise (%e, %k, %l). */
    private static String spaced(long v) {
        return NUM + " 2" + v;
    }

    private String conversion(char d, java.util.function.Supplier<String[]> tzname, java.util.function.ToLongFunction<TimeTm> epoch) {
        return switch (d) {
            case 'a' -> WDAY[wday].substring(0, 3);
            case 'A' -> WDAY[wday];
            case 'b', 'h' -> MON[mon].substring(0, 3);
            case 'B' -> MON[mon];
            case 'c' -> format("%a %b %e %H:%M:%S %Y", tzname, epoch);
            case 'C' -> num(1, Math.floorDiv(year, 100)); // glibc pads years and centuries only when asked
            case 'd' -> num(2, mday);
            case 'D', 'x' -> format("%m/%d/%y", tzname, epoch);
            case 'e' -> spaced(mday);
            case 'F' -> format("%Y-%m-%d", tzname, epoch);
            case 'G' -> num(1, isoYearAndWeek()[0]);
            case 'g' -> num(2, Math.floorMod(isoYearAndWeek()[0], 100));
            case 'V' -> num(2, isoYearAndWeek()[1]);
            case 'H' -> num(2, hour);
            case 'I' -> num(2, (hour + 11) % 12 + 1);
            case 'j' -> num(3, yday + 1L);
            case 'k' -> spaced(hour);
            case 'l' -> spaced((hour + 11) % 12 + 1);
            case 'm' -> num(2, mon + 1L);
            case 'M' -> num(2, min);
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'p' -> hour > 11 ? "PM" : "AM";
            case 'P' -> hour > 11 ? "pm" : "am";
            case 'r' -> format("%I:%M:%S %p", tzname, epoch);
            case 'R' -> format("%H:%M", tzname, epoch);
            case 's' -> num(1, epoch.applyAsLong(this));
            case 'S' -> num(2, sec);
            case 'T', 'X' -> format("%H:%M:%S", tzname, epoch);
            case 'u' -> num(1, (wday + 6) % 7 + 1L);
            case 'U' -> num(2, (yday - wday + 7) / 7);
            case 'w' -> num(1, wday);
            case 'W' -> num(2, (yday - (wday + 6) % 7 + 7) / 7);
            case 'y' -> num(2, Math.floorMod(year, 100));
            case 'Y' -> num(1, year);
            case 'z' -> isdst < 0 ? "" : offset();
            case 'Z' -> zone != null && !zone.isEmpty() ? zone : isdst < 0 ? "" : tzname.get()[isdst];
            case '%' -> "%";
            default -> null;
        };
    }

    private String offset() {
        long off = Math.abs(gmtoff) / 60;
        return (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", off / 60, off % 60);
    }

    /** glibc's %G and %V: the ISO 8601 year and week of these fields. */
    private long[] isoYearAndWeek() {
        long y = year;
        int days = isoWeekDays(yday, wday);
        if (days < 0) {
            y--;
            days = isoWeekDays(yday + (365 + (isLeap(y) ? 1 : 0)), wday);
        } else {
            int next = isoWeekDays(yday - (365 + (isLeap(y) ? 1 : 0)), wday);
            if (next >= 0) {
                y++;
                days = next;
            }
        }
        return new long[] {y, days / 7 + 1};
    }

    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    private static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    private static void pad(StringBuilder sb, long v, int width, char fill) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        sb.append(s);
    }
}
