package dev.gilspy.interp.modules.localtime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * A POSIX TZ string, {@code std offset [dst [offset] [,start[/time],end[/time]]]} (POSIX.1
 * section 8.3, with glibc's extensions: quoted {@code <+0330>} names, hours up to 167 in rule
 * times), as the C library's tzset parses the TZ variable or the footer of a TZif file. Offsets are
 * kept as UTC offsets (east positive), the reverse of the string's sign.
 */
final class PosixTzRule {
    final ZoneType std;
    /** Null for a zone without daylight saving time. */
    final ZoneType dst;
    private final Date start;
    private final Date end;

    private PosixTzRule(ZoneType std, ZoneType dst, Date start, Date end) {
        this.std = std;
        this.dst = dst;
        this.start = start;
        this.end = end;
    }

    /** A rule's date: Jn (1-365, no Feb 29), n (0-365), or Mm.w.d; and the local time of day in seconds. */
    private record Date(char kind, int month, int week, int day, int time) {
        /** Local seconds since the epoch (at the given UTC offset's wall clock) of this date in {@code year}. */
        long localEpochSeconds(int year) {
            LocalDate d = switch (kind) {
                case 'J' -> {
                    LocalDate x = LocalDate.ofYearDay(year, 1).plusDays(day - 1);
                    yield x.isLeapYear() && day >= 60 ? x.plusDays(1) : x;
                }
                case 'n' -> LocalDate.ofYearDay(year, 1).plusDays(day);
                default -> {
                    DayOfWeek dow = DayOfWeek.of(day == 0 ? 7 : day);
                    LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(dow));
                    LocalDate x = first.plusWeeks(week - 1);
                    yield week == 5 || x.getMonthValue() != month
                        ? LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dow)) : x;
                }
            };
            return d.toEpochDay() * 86400L + time;
        }
    }

    /** The rule of {@code s}, or null when it does not parse (the caller then falls back to UTC). */
    static PosixTzRule parse(String s) {
        Cursor c = new Cursor(s);
        String stdName = c.name();
        if (stdName == null) {
            return null;
        }
        Integer stdOff = c.offset();
        if (stdOff == null) {
            // glibc: a bare name ("XYZ", "UTC") is that name at UTC
            return c.atEnd() ? new PosixTzRule(new ZoneType(0, false, stdName), null, null, null) : null;
        }
        ZoneType std = new ZoneType(-stdOff, false, stdName);
        if (c.atEnd()) {
            return new PosixTzRule(std, null, null, null);
        }
        String dstName = c.name();
        if (dstName == null) {
            return null;
        }
        Integer dstOff = c.peek() == ',' || c.atEnd() ? Integer.valueOf(stdOff - 3600) : c.offset();
        if (dstOff == null) {
            return null;
        }
        ZoneType dst = new ZoneType(-dstOff, true, dstName);
        Date start;
        Date end;
        if (c.atEnd()) {
            // no rule: glibc's posixrules default, the US rules since 2007
            start = new Date('M', 3, 2, 0, 7200);
            end = new Date('M', 11, 1, 0, 7200);
        } else {
            start = c.comma() ? c.date() : null;
            end = start != null && c.comma() ? c.date() : null;
            if (end == null || !c.atEnd()) {
                return null;
            }
        }
        return new PosixTzRule(std, dst, start, end);
    }

    /** The local time type at epoch seconds {@code t}. */
    ZoneType at(long t) {
        if (dst == null) {
            return std;
        }
        int year = java.time.LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.ofTotalSeconds(std.offset())).getYear();
        long begin = start.localEpochSeconds(year) - std.offset();
        long finish = end.localEpochSeconds(year) - dst.offset();
        boolean inDst = begin < finish ? t >= begin && t < finish : t < finish || t >= begin;
        return inDst ? dst : std;
    }

    /** A small scanner over the TZ string. */
    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) { this.s = s; }

        boolean atEnd() { return i >= s.length(); }

        char peek() { return atEnd() ? 0 : s.charAt(i); }

        boolean comma() {
            if (peek() == ',') {
                i++;
                return true;
            }
            return false;
        }

        String name() {
            if (peek() == '<') {
                int close = s.indexOf('>', i);
                if (close < 0 || close - i - 1 < 3) {
                    return null;
                }
                String n = s.substring(i + 1, close);
                i = close + 1;
                return n;
            }
            int from = i;
            while (!atEnd() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return i - from >= 3 ? s.substring(from, i) : null;
        }

        /** [+-]hh[:mm[:ss]] in seconds, POSIX sign (west positive); null when absent or malformed. */
        Integer offset() {
            int sign = 1;
            if (peek() == '+' || peek() == '-') {
                sign = s.charAt(i++) == '-' ? -1 : 1;
            }
            Integer hms = hms(167);
            return hms == null ? null : sign * hms;
        }

        private Integer hms(int maxHours) {
            int[] part = new int[3];
            for (int p = 0; p < 3; p++) {
                if (p > 0) {
                    if (peek() != ':') {
                        break;
                    }
                    i++;
                }
                int from = i;
                while (!atEnd() && Character.isDigit(s.charAt(i)) && i - from < 3) {
                    i++;
                }
                if (i == from) {
                    return null;
                }
                part[p] = Integer.parseInt(s.substring(from, i));
            }
            if (part[0] > maxHours || part[1] > 59 || part[2] > 59) {
                return null;
            }
            return part[0] * 3600 + part[1] * 60 + part[2];
        }

        Date date() {
            char kind = peek() == 'J' || peek() == 'M' ? s.charAt(i++) : 'n';
            int[] f = new int[3];
            int n = kind == 'M' ? 3 : 1;
            for (int p = 0; p < n; p++) {
                if (p > 0) {
                    if (peek() != '.') {
                        return null;
                    }
                    i++;
                }
                int from = i;
                while (!atEnd() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == from || i - from > 3) {
                    return null;
                }
                f[p] = Integer.parseInt(s.substring(from, i));
            }
            boolean ok = switch (kind) {
                case 'J' -> f[0] >= 1 && f[0] <= 365;
                case 'M' -> f[0] >= 1 && f[0] <= 12 && f[1] >= 1 && f[1] <= 5 && f[2] <= 6;
                default -> f[0] <= 365;
            };
            if (!ok) {
                return null;
            }
            int time = 7200;
            if (peek() == '/') {
                i++;
                Integer t = offset();
                if (t == null) {
                    return null;
                }
                time = t;
            }
            return kind == 'M' ? new Date(kind, f[0], f[1], f[2], time) : new Date(kind, 0, 0, f[0], time);
        }
    }
}
