package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
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
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.gilspy.interp.modules.localtime.LocalZone;
import dev.gilspy.interp.modules.localtime.ZoneType;
import dev.gilspy.interp.modules.posix.ProcessEnv;
import java.time.ZonedDateTime;

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
        m.def("strftime", (t, a, k) -> {
            String fmt = BuiltinArgs.str(a[0], "strftime() argument 1");
            if (fmt.indexOf('\0') >= 0) {
                throw Err.value("embedded null character");
            }
            return tm(a.length > 1 ? a[1] : localtimeNow(), "strftime").format(fmt, TimeModule::tzname, TimeModule::epochOf);
        });
        // time_strptime: _strptime._strptime_time does the work, in Python, as in CPython
        m.def("strptime", (t, a, k) -> Ops.call(t, Ops.getattr(t.interp.importModule(t, "_strptime"), "_strptime_time"), a, k));
        m.put("struct_time", STRUCT_TIME);
        m.put("_STRUCT_TM_ITEMS", (long) STRUCT_TIME_FIELDS.length); // test_time reads it at class creation
        m.def("localtime", (t, a, k) -> localtime(a.length > 0 && a[0] != PyNone.NONE ? epoch(a[0]) : Instant.now()));
        m.def("gmtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? epoch(a[0]).atZone(ZoneOffset.UTC) : ZonedDateTime.now(ZoneOffset.UTC), null));
        m.def("ctime", (t, a, k) -> tm(a.length > 0 && a[0] != PyNone.NONE ? localtime(epoch(a[0])) : localtimeNow(), "ctime").asctime());
        m.def("asctime", (t, a, k) -> tm(a.length > 0 ? a[0] : localtimeNow(), "asctime").asctime());
        m.def("mktime", (t, a, k) -> mktime(a[0]));
        m.def("tzset", (t, a, k) -> {
            zoneValues(m, LocalZone.tzset(ProcessEnv.get("TZ")));
            return PyNone.NONE;
        });
        m.put("CLOCK_REALTIME", 0L);
        m.put("CLOCK_MONOTONIC", 1L);
        m.put("CLOCK_PROCESS_CPUTIME_ID", 2L);
        m.put("CLOCK_THREAD_CPUTIME_ID", 3L);
        m.put("CLOCK_MONOTONIC_RAW", 4L);
        m.put("CLOCK_BOOTTIME", 7L);
        m.put("CLOCK_TAI", 11L);
        m.def("clock_gettime_ns", (t, a, k) -> clockGettime(TimeTm.field(a[0])));
        m.def("clock_gettime", (t, a, k) -> clockGettime(TimeTm.field(a[0])) / 1e9);
        m.def("clock_getres", (t, a, k) -> {
            clockGettime(TimeTm.field(a[0])); // EINVAL for an unknown clock
            return 1e-09;
        });
        m.def("clock_settime", (t, a, k) -> clockSettime(TimeTm.field(a[0]), a[1]));
        m.def("clock_settime_ns", (t, a, k) -> clockSettime(TimeTm.field(a[0]), a[1]));
        m.def("pthread_getcpuclockid", (t, a, k) -> ((~Ops.toLong(a[0])) << 3) | THREAD_CPUCLOCK);
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
        int isdst = TimeTm.field(f[8]);
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

    private static PyTuple localtime(Instant i) {
        ZoneType type = LocalZone.current().at(i.getEpochSecond());
        return structTime(i.atZone(ZoneOffset.ofTotalSeconds(type.offset())), type);
    }

    private static PyTuple localtimeNow() {
        return localtime(Instant.now());
    }

    private static TimeTm tm(Object st, String fn) {
        return TimeTm.fromTuple(st, STRUCT_TIME, fn);
    }

    /** tzname as strftime's %Z reads it for a struct without tm_zone. */
    private static String[] tzname() {
        Object[] v = LocalZone.current().timeModuleValues(Instant.now().getEpochSecond());
        return new String[] {(String) v[3], (String) v[4]};
    }

    /** strftime's %s: mktime of the fields. */
    private static long epochOf(TimeTm tm) {
        Object secs = mktime(PyTuple.of(tm.year(), tm.mon() + 1L, (long) tm.mday(), (long) tm.hour(), (long) tm.min(),
            (long) tm.sec(), (tm.wday() + 6L) % 7, tm.yday() + 1L, (long) tm.isdst()));
        return (long) (double) (Double) secs;
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

    /** The low bits of a clock id that pthread_getcpuclockid makes, as Linux's MAKE_THREAD_CPUCLOCK (per-thread, scheduler time). */
    private static final long THREAD_CPUCLOCK = 6;

    /**
     * clock_gettime in nanoseconds. A per-thread CPU clock id from {@code pthread_getcpuclockid}
     * holds the thread's ident (a JVM thread id) where Linux's holds a tid: the JVM's ThreadMXBean
     * reads that thread's CPU time.
     */
    private static long clockGettime(long clock) {
        if (clock < 0 && (clock & 7) == THREAD_CPUCLOCK) {
            long nanos = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(~(clock >> 3));
            if (nanos < 0) {
                throw Err.os(22, "Invalid argument");
            }
            return nanos;
        }
        return switch ((int) clock) {
            case 0, 11 -> {
                Instant now = Instant.now();
                yield now.getEpochSecond() * 1_000_000_000L + now.getNano() + (clock == 11 ? 37_000_000_000L : 0);
            }
            case 1, 4, 7 -> System.nanoTime();
            case 2 -> processCpu();
            case 3 -> threadCpu();
            default -> throw Err.os(22, "Invalid argument");
        };
    }

    /** Setting a clock needs privileges a JVM cannot use: EPERM for the wall clock, EINVAL for the others, as Linux for an unprivileged process. */
    private static Object clockSettime(long clock, Object value) {
        Ops.toDouble(value);
        if (clock == 0) {
            throw Err.os(Types.get("PermissionError"), 1, "Operation not permitted");
        }
        throw Err.os(22, "Invalid argument");
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

    /** A struct_time's wall fields, out-of-range values carried over as mktime normalises them. */
    private static java.time.LocalDateTime toLdt(Object st) {
        Object[] f = Ops.toArray(st);
        if (f.length != 9) {
            throw Err.type("time.struct_time() takes a sequence of length 9");
        }
        try {
            return java.time.LocalDateTime.of(TimeTm.field(f[0]), 1, 1, 0, 0).plusMonths(TimeTm.field(f[1]) - 1L).plusDays(TimeTm.field(f[2]) - 1L)
                .plusHours(TimeTm.field(f[3])).plusMinutes(TimeTm.field(f[4])).plusSeconds(Math.min(59, TimeTm.field(f[5])));
        } catch (java.time.DateTimeException e) {
            // beyond java.time's years (+-999,999,999): a guest error, not an internal one (glibc formats them)
            throw Err.overflow("year " + TimeTm.field(f[0]) + " is out of range");
        }
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
}
