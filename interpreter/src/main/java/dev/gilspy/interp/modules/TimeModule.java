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
import java.time.ZoneId;
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
        m.def("strftime", (t, a, k) -> strftime(StrRepr.str(a[0]), a.length > 1 ? toZdt(a[1]) : ZonedDateTime.now(localZone())));
        m.put("struct_time", STRUCT_TIME);
        m.def("localtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? epoch(a[0]).atZone(localZone()) : ZonedDateTime.now(localZone())));
        m.def("gmtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? epoch(a[0]).atZone(ZoneId.of("UTC")) : ZonedDateTime.now(ZoneId.of("UTC"))));
        m.def("ctime", (t, a, k) -> strftime("%a %b %d %H:%M:%S %Y", a.length > 0 && a[0] != PyNone.NONE
            ? epoch(a[0]).atZone(localZone()) : ZonedDateTime.now(localZone())));
        m.def("asctime", (t, a, k) -> strftime("%a %b %d %H:%M:%S %Y", a.length > 0 ? toZdt(a[0]) : ZonedDateTime.now()));
        m.def("mktime", (t, a, k) -> (double) toZdt(a[0]).toEpochSecond());
        m.def("get_clock_info", (t, a, k) -> clockInfo(t, StrRepr.str(a[0])));
        m.put("timezone", (long) -ZonedDateTime.now().getOffset().getTotalSeconds());
        m.put("tzname", PyTuple.of("UTC", "UTC"));
        // daylight/altzone as the C library's tzset leaves them (_strptime reads them): a January and a July offset
        ZonedDateTime jan = ZonedDateTime.now().withMonth(1).withDayOfMonth(1);
        int o1 = jan.getOffset().getTotalSeconds();
        int o7 = jan.withMonth(7).getOffset().getTotalSeconds();
        m.put("daylight", o1 != o7 ? 1L : 0L);
        m.put("altzone", (long) -Math.max(o1, o7));
        return m;
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

    private static ZonedDateTime toZdt(Object st) {
        Object[] f = Ops.toArray(st);
        return ZonedDateTime.of(field(f[0]), field(f[1]), field(f[2]),
            field(f[3]), field(f[4]), Math.min(59, field(f[5])), 0, localZone());
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

    private static PyTuple structTime(ZonedDateTime z) {
        return StructSeq.make(STRUCT_TIME, STRUCT_TIME_FIELDS, 9, new Object[] {(long) z.getYear(), (long) z.getMonthValue(),
            (long) z.getDayOfMonth(), (long) z.getHour(), (long) z.getMinute(), (long) z.getSecond(),
            (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(), 0L,
            zoneName(z.getZone(), Locale.ROOT), (long) z.getOffset().getTotalSeconds()});
    }

    /** The zone and its short name of the last call: display names are looked up anew on every JDK call. */
    private record ZoneNames(ZoneId zone, Locale locale, String name) {}
    private static volatile ZoneNames lastZoneName;
    /**
     * The local zone, read once as CPython reads TZ when time is first imported (gilspy has no tzset):
     * {@code ZoneId.systemDefault()} clones the default TimeZone on every call.
     */
    private static final class Local {
        static final ZoneId ZONE = ZoneId.systemDefault();
    }

    static ZoneId localZone() {
        return Local.ZONE;
    }

    /** {@code zone}'s short display name (tm_zone, %Z), cached for the last zone asked. */
    private static String zoneName(ZoneId zone, Locale locale) {
        ZoneNames n = lastZoneName;
        if (n == null || !n.zone().equals(zone) || n.locale() != locale) {
            n = new ZoneNames(zone, locale, zone.getDisplayName(TextStyle.SHORT, locale));
            lastZoneName = n;
        }
        return n.name();
    }

    static String strftime(String fmt, ZonedDateTime z) {
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
                case 'D' -> sb.append(strftime("%m/%d/%y", z));
                case 'x' -> sb.append(strftime("%m/%d/%y", z));
                case 'F' -> sb.append(strftime("%Y-%m-%d", z));
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", z));
                case 'R' -> sb.append(strftime("%H:%M", z));
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", z));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'Z' -> sb.append(zoneName(z.getZone(), Locale.US));
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
