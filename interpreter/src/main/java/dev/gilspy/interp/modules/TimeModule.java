package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StructSeq;
import dev.gilspy.interp.runtime.StrRepr;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.gilspy.interp.modules.localtime.LocalZone;
import dev.gilspy.interp.modules.localtime.ZoneType;
import dev.gilspy.interp.modules.posix.ProcessEnv;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code time}: clocks, {@code sleep} (drops the GIL, as {@code pysleep} does), strftime, localtime, gmtime, ctime. */
public final class TimeModule {
    private TimeModule() {}

    static final long START_NANOS = System.nanoTime();

    public static PyModule time(InterpreterState interp) {
        PyModule m = new PyModule("time");
        m.def("time_ns", (t, a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        m.put("time", new PyBuiltin("time", (t, a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }));
        m.def("perf_counter", (t, a, k) -> (System.nanoTime() - START_NANOS) / 1e9);
        m.def("perf_counter_ns", (t, a, k) -> System.nanoTime() - START_NANOS);
        m.def("monotonic", (t, a, k) -> (System.nanoTime() - START_NANOS) / 1e9);
        m.def("monotonic_ns", (t, a, k) -> System.nanoTime() - START_NANOS);
        m.def("process_time", (t, a, k) -> processCpu() / 1e9);
        m.def("process_time_ns", (t, a, k) -> processCpu());
        m.def("thread_time", (t, a, k) -> threadCpu() / 1e9);
        m.def("thread_time_ns", (t, a, k) -> threadCpu());
        m.def("sleep", (t, a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (s < 0) {
                throw Err.value("sleep length must be non-negative");
            }
            sleep(t, s);
            return PyNone.NONE;
        });
        m.def("strftime", (t, a, k) -> a.length > 1 ? strftimeTuple(StrRepr.str(a[0]), a[1])
            : strftime(StrRepr.str(a[0]), local(Instant.now()), LocalZone.current().at(Instant.now().getEpochSecond()).abbr()));
        // time_strptime: _strptime._strptime_time does the work, in Python, as in CPython
        m.def("strptime", (t, a, k) -> Ops.call(t, Ops.getattr(t.interp.importModule(t, "_strptime"), "_strptime_time"), a, k));
        m.put("struct_time", STRUCT_TIME);
        m.put("_STRUCT_TM_ITEMS", (long) STRUCT_TIME_FIELDS.length); // test_time reads it at class creation
        m.def("localtime", (t, a, k) -> {
            Instant i = a.length > 0 && a[0] != PyNone.NONE ? epoch(a[0]) : Instant.now();
            ZoneType type = LocalZone.current().at(i.getEpochSecond());
            return structTime(i.atZone(ZoneOffset.ofTotalSeconds(type.offset())), type);
        });
        m.def("gmtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? epoch(a[0]).atZone(ZoneOffset.UTC) : ZonedDateTime.now(ZoneOffset.UTC), null));
        m.def("ctime", (t, a, k) -> strftime("%a %b %e %H:%M:%S %Y",
            local(a.length > 0 && a[0] != PyNone.NONE ? epoch(a[0]) : Instant.now()), ""));
        m.def("asctime", (t, a, k) -> strftime("%a %b %e %H:%M:%S %Y",
            a.length > 0 ? toLdt(a[0]).atZone(ZoneOffset.UTC) : local(Instant.now()), ""));
        m.def("mktime", (t, a, k) -> mktime(a[0]));
        m.def("tzset", (t, a, k) -> {
            zoneValues(m, LocalZone.tzset(ProcessEnv.get("TZ")));
            return PyNone.NONE;
        });
        m.def("get_clock_info", (t, a, k) -> clockInfo(t, StrRepr.str(a[0])));
        zoneValues(m, LocalZone.current());
        return m;
    }

    /** timezone, altzone, daylight, tzname as init_timezone sets them (_strptime reads them). */
    private static void zoneValues(PyModule m, LocalZone zone) {
        Object[] v = zone.timeModuleValues(Instant.now().getEpochSecond());
        m.put("timezone", v[0]);
        m.put("altzone", v[1]);
        m.put("daylight", v[2]);
        m.put("tzname", PyTuple.of(v[3], v[4]));
    }

    /** localtime(): the instant on the local zone's wall clock, with the zone's offset then. */
    private static ZonedDateTime local(Instant i) {
        return i.atZone(ZoneOffset.ofTotalSeconds(LocalZone.current().offset(i.getEpochSecond())));
    }

    /**
     * mktime: struct_time fields normalised as the C library does. With tm_isdst -1 the earlier of a
     * repeated hour; with 0 or 1, the instant of that kind when the wall time has one, else the wall
     * time read with the offset of the nearest time of that kind (glibc's, for a gap or a wrong flag).
     */
    private static Object mktime(Object st) {
        Object[] f = Ops.toArray(st);
        long wall = toLdt(st).toEpochSecond(ZoneOffset.UTC);
        int isdst = field(f[8]);
        LocalZone z = LocalZone.current();
        long u0 = z.wallToEpoch(wall, 0);
        if (isdst < 0) {
            return (double) u0;
        }
        boolean want = isdst > 0;
        for (int fold = 0; fold < 2; fold++) {
            long u = z.wallToEpoch(wall, fold);
            if (u + z.offset(u) == wall && z.at(u).dst() == want) {
                return (double) u;
            }
        }
        for (int day = 1; day <= 366; day++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                ZoneType near = z.at(u0 + sign * day * 86400L);
                if (near.dst() == want) {
                    return (double) (wall - near.offset());
                }
            }
        }
        return (double) (u0 + (want ? -3600 : 3600));
    }

    /** time.strftime(fmt, tuple): %Z from a struct_time's tm_zone, else tzname[tm_isdst]. */
    private static Object strftimeTuple(String fmt, Object st) {
        String fast = strftimeStructTime(fmt, st);
        if (fast != null) {
            return fast;
        }
        Object zone = Ops.getattrOrNull(st, "tm_zone");
        Object gmtoff = Ops.getattrOrNull(st, "tm_gmtoff");
        Object[] f = Ops.toArray(st);
        if (f.length == 9) {
            // time_strftime's checktm: 0 means 1 for month and day, other out-of-range fields are errors
            f = f.clone();
            checkRange(f, 1, 0, 12, "month out of range");
            checkRange(f, 2, 0, 31, "day of month out of range");
            checkRange(f, 3, 0, 23, "hour out of range");
            checkRange(f, 4, 0, 59, "minute out of range");
            checkRange(f, 5, 0, 61, "seconds out of range");
            for (int i = 1; i <= 2; i++) {
                if (field(f[i]) == 0) {
                    f[i] = 1L;
                }
            }
            st = PyTuple.of(f);
        }
        java.time.LocalDateTime t = toLdt(st);
        int isdst = f.length > 8 ? field(f[8]) : 0;
        String abbr = zone instanceof String s ? s
            : (String) LocalZone.current().timeModuleValues(Instant.now().getEpochSecond())[isdst > 0 ? 4 : 3];
        // gettmarg reads tm_gmtoff from a struct_time only; a plain tuple's struct tm has 0 there (%z +0000)
        int off = gmtoff instanceof Long g ? (int) (long) g : 0;
        return strftime(fmt, t.atZone(ZoneOffset.ofTotalSeconds(off)), abbr);
    }

    /**
     * strftime of a struct_time that localtime or gmtime made (logging's formatTime, once per record):
     * its fields read in place, without the copy, the range checks' new tuple and the carry-over
     * arithmetic of {@link #toLdt}, which such fields never need; null for anything else, which the
     * general path takes.
     */
    private static String strftimeStructTime(String fmt, Object st) {
        if (Ops.typeOf(st) != STRUCT_TIME) {
            return null;
        }
        Object[] f = ((PyTuple) st).items;
        for (int i = 0; i < 9; i++) {
            if (!(f[i] instanceof Long)) {
                return null;
            }
        }
        long year = (Long) f[0];
        long mon = (Long) f[1];
        long day = (Long) f[2];
        long hour = (Long) f[3];
        long min = (Long) f[4];
        long sec = (Long) f[5];
        if (year < 1 || year > 9999 || mon < 1 || mon > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of((int) year, (int) mon).lengthOfMonth()
            || hour < 0 || hour > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) {
            return null;
        }
        if (!(Ops.getattrOrNull(st, "tm_zone") instanceof String abbr) || !(Ops.getattrOrNull(st, "tm_gmtoff") instanceof Long off)
            || off < -64800 || off > 64800) {
            return null;
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.of((int) year, (int) mon, (int) day, (int) hour, (int) min, (int) sec);
        return strftime(fmt, t.atZone(ZoneOffset.ofTotalSeconds((int) (long) off)), abbr);
    }

    /** {@code time.get_clock_info(name)}: what CPython reports on Linux (asyncio reads monotonic's resolution). */
    private static Object clockInfo(PyThread t, String name) {
        String clock = switch (name) {
            case "time" -> "CLOCK_REALTIME";
            case "monotonic", "perf_counter" -> "CLOCK_MONOTONIC";
            case "process_time" -> "CLOCK_PROCESS_CPUTIME_ID";
            case "thread_time" -> "CLOCK_THREAD_CPUTIME_ID";
            default -> throw Err.value("unknown clock");
        };
        boolean wall = name.equals("time");
        return Ops.call(t, dev.gilspy.interp.runtime.SimpleNamespace.TYPE,
            new Object[] {"clock_gettime(" + clock + ")", !wall, wall, 1e-09},
            new String[] {"implementation", "monotonic", "adjustable", "resolution"});
    }

    /** Sleeps with the GIL dropped, like {@code time.sleep}; Ctrl-C still interrupts it at the next check site. */
    static void sleep(PyThread t, double seconds) {
        long nanos = (long) (seconds * 1e9);
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            long deadline = System.nanoTime() + nanos;
            long left = nanos;
            while (left > 0) {
                // parked rather than Thread.sleep: SIGINT's handler unparks the main thread (Gil.requestInterrupt)
                java.util.concurrent.locks.LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    break;
                }
                if (t.ts.evalBreaker != 0 && t.ts.thread() == t.interp.gil.mainThread() && sigintPending(t)) {
                    break;
                }
                left = deadline - System.nanoTime();
            }
        } finally {
            t.ts.endAllowThreads();
        }
        t.checkBreaker();
    }

    private static boolean sigintPending(PyThread t) {
        return t.ts.evalBreaker != 0 && !t.ts.dropRequested() && t.interp.gil.mode() != GilMode.LEGACY;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void checkRange(Object[] f, int i, int lo, int hi, String msg) {
        int v = field(f[i]);
        if (v < lo || v > hi) {
            throw Err.value(msg);
        }
    }

    /** A struct_time's wall fields, out-of-range values carried over as mktime normalises them. */
    private static java.time.LocalDateTime toLdt(Object st) {
        Object[] f = Ops.toArray(st);
        if (f.length != 9) {
            throw Err.type("time.struct_time() takes a sequence of length 9");
        }
        try {
            return java.time.LocalDateTime.of(field(f[0]), 1, 1, 0, 0).plusMonths(field(f[1]) - 1L).plusDays(field(f[2]) - 1L)
                .plusHours(field(f[3])).plusMinutes(field(f[4])).plusSeconds(Math.min(59, field(f[5])));
        } catch (java.time.DateTimeException e) {
            // beyond java.time's years (+-999,999,999): a guest error, not an internal one (glibc formats them)
            throw Err.overflow("year " + field(f[0]) + " is out of range");
        }
    }

    /** A struct_time field, a C int as {@code PyArg_ParseTuple}'s "i" takes it. */
    private static int field(Object o) {
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
     * A timestamp as an instant: CPython's OverflowError beyond a 64-bit time_t, and the C
     * library's EOVERFLOW for a year it cannot represent (never a saturated, wrong date).
     */
    private static Instant epoch(Object o) {
        double d = Ops.toDouble(o);
        if (Double.isNaN(d)) {
            throw Err.value("Invalid value NaN (not a number)");
        }
        if (!(d >= -9.223372036854776E18 && d < 9.223372036854776E18)) {
            throw Err.overflow("timestamp out of range for platform time_t");
        }
        long sec = (long) Math.floor(d);
        if (sec < Instant.MIN.getEpochSecond() || sec > Instant.MAX.getEpochSecond()) {
            throw Err.os(75, "Value too large for defined data type");
        }
        return Instant.ofEpochSecond(sec, (long) ((d - Math.floor(d)) * 1e9));
    }

    /** {@code time.struct_time}: a structseq, as CPython's; datetime builds them. */
    private static final String[] STRUCT_TIME_FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
        "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    /** 9 fields in the tuple, tm_zone and tm_gmtoff as attributes only, as CPython's. */
    private static final PyType STRUCT_TIME = StructSeq.newType("time", "struct_time", STRUCT_TIME_FIELDS, 9);

    /** A struct_time of z's wall fields; {@code type} the local zone's type then, null for gmtime's UTC (tm_zone "GMT", as glibc's gmtime_r). */
    private static PyTuple structTime(ZonedDateTime z, ZoneType type) {
        boolean utc = type == null;
        return StructSeq.make(STRUCT_TIME, STRUCT_TIME_FIELDS, 9, new Object[] {(long) z.getYear(), (long) z.getMonthValue(),
            (long) z.getDayOfMonth(), (long) z.getHour(), (long) z.getMinute(), (long) z.getSecond(),
            (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(), type != null && type.dst() ? 1L : 0L,
            utc ? "GMT" : type.abbr(), (long) z.getOffset().getTotalSeconds()});
    }

    static String strftime(String fmt, ZonedDateTime z, String zoneAbbr) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(z.getYear());
                case 'm' -> pad(sb, z.getMonthValue(), 2, '0');
                case 'd' -> pad(sb, z.getDayOfMonth(), 2, '0');
                case 'e' -> pad(sb, z.getDayOfMonth(), 2, ' ');
                case 'H' -> pad(sb, z.getHour(), 2, '0');
                case 'M' -> pad(sb, z.getMinute(), 2, '0');
                case 'S' -> pad(sb, z.getSecond(), 2, '0');
                case 'y' -> pad(sb, Math.floorMod(z.getYear(), 100), 2, '0');
                case 'C' -> pad(sb, Math.floorDiv(z.getYear(), 100), 2, '0');
                case 'a' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(z.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'j' -> pad(sb, z.getDayOfYear(), 3, '0');
                case 'p' -> sb.append(z.getHour() < 12 ? "AM" : "PM");
                case 'I' -> pad(sb, (z.getHour() + 11) % 12 + 1, 2, '0');
                case 'w' -> sb.append(z.getDayOfWeek().getValue() % 7);
                case 'u' -> sb.append(z.getDayOfWeek().getValue());
                // week of the year, Sunday (U) or Monday (W) first; days before the first such day are week 0
                case 'U' -> pad(sb, (z.getDayOfYear() + 6 - z.getDayOfWeek().getValue() % 7) / 7, 2, '0');
                case 'W' -> pad(sb, (z.getDayOfYear() + 6 - (z.getDayOfWeek().getValue() + 6) % 7) / 7, 2, '0');
                case 'D' -> sb.append(strftime("%m/%d/%y", z, zoneAbbr));
                case 'x' -> sb.append(strftime("%m/%d/%y", z, zoneAbbr));
                case 'F' -> sb.append(strftime("%Y-%m-%d", z, zoneAbbr));
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", z, zoneAbbr));
                case 'R' -> sb.append(strftime("%H:%M", z, zoneAbbr));
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", z, zoneAbbr));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'Z' -> sb.append(zoneAbbr);
                case 'z' -> sb.append(z.getOffset().getId().replace(":", "").replace("Z", "+0000"));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    /** {@code v} right-aligned in {@code width} with {@code fill}, as strftime's numeric fields. */
    private static void pad(StringBuilder sb, int v, int width, char fill) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append(fill);
        }
        sb.append(s);
    }
}
