package dev.gilspy.interp.modules.localtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The local time zone as the C library's {@code tzset} reads it, which CPython's {@code time} and
 * {@code _datetime} call through {@code localtime}/{@code mktime}: the TZ variable names a TZif
 * file under /usr/share/zoneinfo (or a path, or {@code :name}), else it is a POSIX TZ string
 * ({@link PosixTzRule}); unset, /etc/localtime; empty or unreadable, UTC. A TZif file gives its
 * transitions and local time types (with their abbreviations, which the JDK's zone rules lack),
 * and its footer's POSIX rule covers the times after the last transition.
 *
 * <p>{@link #tzset} re-reads TZ from the process environment as {@code os.environ} changed it
 * (a JVM cannot change its own environment, so {@code posix.ProcessEnv} keeps the changes).
 */
public final class LocalZone {
    private static final Path ZONEINFO = Path.of("/usr/share/zoneinfo");
    private static final ZoneType UTC = new ZoneType(0, false, "UTC");

    /** Transition instants (epoch seconds, ascending) and the type in force from each on. */
    private final long[] transitions;
    private final ZoneType[] types;
    /** In force before the first transition (tzfile(5): type 0). */
    private final ZoneType initial;
    /** After the last transition; null when the last type stays. */
    private final PosixTzRule tail;

    private LocalZone(long[] transitions, ZoneType[] types, ZoneType initial, PosixTzRule tail) {
        this.transitions = transitions;
        this.types = types;
        this.initial = initial;
        this.tail = tail;
    }

    private static volatile LocalZone current = load(System.getenv("TZ"));

    public static LocalZone current() {
        return current;
    }

    /** {@code tzset()}: the zone TZ names now. */
    public static LocalZone tzset(String tz) {
        LocalZone z = load(tz);
        current = z;
        return z;
    }

    /** The local time type at epoch seconds {@code t} (localtime's tm_gmtoff, tm_isdst, tm_zone). */
    public ZoneType at(long t) {
        int n = transitions.length;
        if (n == 0 || t >= transitions[n - 1]) {
            if (tail != null) {
                return tail.at(t);
            }
            return n == 0 ? initial : types[n - 1];
        }
        int i = Arrays.binarySearch(transitions, t);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? initial : types[i];
    }

    /** UTC offset in seconds at epoch seconds {@code t}. */
    public int offset(long t) {
        return at(t).offset();
    }

    /**
     * Epoch seconds of a local wall time given as seconds since the epoch as if it were UTC:
     * _datetimemodule.c's local_to_seconds, which finds the one or two instants whose local time it is
     * (fold 0 the earlier, 1 the later) and, in a gap, the instant the wall time would be at with
     * the offset before (fold 0) or after (fold 1) the gap.
     */
    public long wallToEpoch(long wall, int fold) {
        final long maxFold = 24 * 3600;
        long a = offset(wall);
        long u1 = wall - a;
        long t1 = u1 + offset(u1);
        long b;
        if (t1 == wall) {
            long u2 = fold == 1 ? u1 + maxFold : u1 - maxFold;
            b = offset(u2);
            if (a == b) {
                return u1;
            }
        } else {
            b = t1 - u1;
        }
        long u2 = wall - b;
        long t2 = u2 + offset(u2);
        if (t2 == wall) {
            return u2;
        }
        if (t1 == wall) {
            return u1;
        }
        return fold == 1 ? Math.min(u1, u2) : Math.max(u1, u2);
    }

    /**
     * Whether epoch seconds {@code t} fall on the second occurrence of a repeated local time: the
     * fold detection of _datetimemodule.c's datetime_from_timet_and_us for naive local results.
     */
    public int foldAt(long t) {
        final long maxFold = 24 * 3600;
        long result = t + offset(t);
        long probe = t - maxFold + offset(t - maxFold);
        long transition = result - probe - maxFold;
        if (transition < 0) {
            long u = t + transition;
            if (u + offset(u) == result) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * {@code time.timezone}, {@code altzone}, {@code daylight} and {@code tzname} as CPython's
     * init_timezone computes them on glibc: from localtime of about January 1 and July 1 of the
     * current year, the zone whose offset is west of the other being standard time.
     */
    public Object[] timeModuleValues(long now) {
        final long year = (365 * 24 + 6) * 3600L;
        long t = now / year * year;
        ZoneType jan = at(t);
        ZoneType jul = at(t + year / 2);
        long janzone = -jan.offset();
        long julzone = -jul.offset();
        if (janzone < julzone) {
            // DST is reversed in the southern hemisphere
            return new Object[] {julzone, janzone, janzone != julzone ? 1L : 0L, jul.abbr(), jan.abbr()};
        }
        return new Object[] {janzone, julzone, janzone != julzone ? 1L : 0L, jan.abbr(), jul.abbr()};
    }

    static LocalZone load(String tz) {
        if (tz == null) {
            LocalZone z = file(Path.of("/etc/localtime"));
            return z != null ? z : fixed(UTC);
        }
        if (tz.isEmpty()) {
            return fixed(UTC);
        }
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        if (!name.isEmpty() && !name.contains("..")) {
            LocalZone z = file(name.startsWith("/") ? Path.of(name) : ZONEINFO.resolve(name));
            if (z != null) {
                return z;
            }
        }
        PosixTzRule rule = tz.startsWith(":") ? null : PosixTzRule.parse(tz);
        if (rule == null) {
            return fixed(UTC);
        }
        return new LocalZone(new long[0], new ZoneType[0], rule.std, rule);
    }

    private static LocalZone fixed(ZoneType type) {
        return new LocalZone(new long[0], new ZoneType[0], type, null);
    }

    /** A TZif file (RFC 8536), version 2+ data when present; null when it is not one. */
    private static LocalZone file(Path p) {
        byte[] data;
        try {
            if (!Files.isRegularFile(p)) {
                return null;
            }
            data = Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            if (data.length < 44 || b.getInt(0) != 0x545a6966) {
                return null;
            }
            int version = data[4];
            int[] counts = counts(b, 20);
            int timeSize = 4;
            int at = 44;
            if (version >= '2') {
                at += counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
                if (b.getInt(at) != 0x545a6966) {
                    return null;
                }
                counts = counts(b, at + 20);
                at += 44;
                timeSize = 8;
            }
            int timecnt = counts[3];
            int typecnt = counts[4];
            int charcnt = counts[5];
            long[] times = new long[timecnt];
            for (int i = 0; i < timecnt; i++) {
                times[i] = timeSize == 8 ? b.getLong(at + i * 8) : b.getInt(at + i * 4);
            }
            at += timecnt * timeSize;
            int[] idx = new int[timecnt];
            for (int i = 0; i < timecnt; i++) {
                idx[i] = data[at + i] & 0xff;
            }
            at += timecnt;
            int typesAt = at;
            int charsAt = at + typecnt * 6;
            ZoneType[] ttypes = new ZoneType[typecnt];
            for (int i = 0; i < typecnt; i++) {
                int o = typesAt + i * 6;
                int abbrAt = charsAt + (data[o + 5] & 0xff);
                int abbrEnd = abbrAt;
                while (abbrEnd < charsAt + charcnt && data[abbrEnd] != 0) {
                    abbrEnd++;
                }
                ttypes[i] = new ZoneType(b.getInt(o), data[o + 4] != 0,
                    new String(data, abbrAt, abbrEnd - abbrAt, StandardCharsets.US_ASCII));
            }
            ZoneType[] inForce = new ZoneType[timecnt];
            for (int i = 0; i < timecnt; i++) {
                inForce[i] = ttypes[idx[i]];
            }
            PosixTzRule tail = null;
            if (version >= '2') {
                int footer = charsAt + charcnt + counts[2] * (timeSize + 4) + counts[1] + counts[0];
                if (footer < data.length && data[footer] == '\n') {
                    int endAt = footer + 1;
                    while (endAt < data.length && data[endAt] != '\n') {
                        endAt++;
                    }
                    String rule = new String(data, footer + 1, endAt - footer - 1, StandardCharsets.US_ASCII);
                    tail = rule.isEmpty() ? null : PosixTzRule.parse(rule);
                }
            }
            return new LocalZone(times, inForce, typecnt > 0 ? ttypes[0] : UTC, tail);
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The six counts of a TZif header: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt. */
    private static int[] counts(ByteBuffer b, int at) {
        int[] c = new int[6];
        for (int i = 0; i < 6; i++) {
            c[i] = b.getInt(at + i * 4);
        }
        return c;
    }
}
