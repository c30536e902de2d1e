package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.modules.localtime.LocalZone;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyValueSub;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The local time zone (the platform's localtime/mktime) and POSIX timestamps, in microseconds. */
final class LocalTime {
    private LocalTime() {}

    private static final long MAX_SECONDS = 253402300800L + 86400L;

    /** A timestamp (int or float seconds) as microseconds, rounded half-even (or floor for dates). */
    static long timestampMicros(Object ts, boolean halfEven) {
        Object v = PyValueSub.unwrap(ts);
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw Err.value("Invalid value NaN (not a number)");
            }
            if (d.isInfinite() || Math.abs(d) > MAX_SECONDS) {
                throw Err.overflow("timestamp out of range for platform time_t");
            }
            return new BigDecimal(d).movePointRight(6).setScale(0, halfEven ? RoundingMode.HALF_EVEN : RoundingMode.FLOOR)
                .longValueExact();
        }
        if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) {
            BigInteger b = Cal.toBig(v);
            if (b.abs().compareTo(BigInteger.valueOf(MAX_SECONDS)) > 0) {
                throw Err.overflow("timestamp out of range for platform time_t");
            }
            return b.longValue() * 1_000_000L;
        }
        throw Err.type("'" + Ops.typeName(ts) + "' object cannot be interpreted as an integer");
    }

    /** {y, mo, d, h, mi, s, us, utcoffsetSeconds} of epoch microseconds, in the local zone or UTC. */
    static long[] fields(long micros, boolean local) {
        long secs = Math.floorDiv(micros, 1_000_000L);
        long us = Math.floorMod(micros, 1_000_000L);
        ZoneOffset off = local ? ZoneOffset.ofTotalSeconds(LocalZone.current().offset(secs)) : ZoneOffset.UTC;
        LocalDateTime t = LocalDateTime.ofEpochSecond(secs, 0, off);
        if (t.getYear() < Cal.MINYEAR || t.getYear() > Cal.MAXYEAR) {
            throw Err.value("year " + t.getYear() + " is out of range");
        }
        return new long[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
            us, off.getTotalSeconds()};
    }

    /** The fold of a naive local datetime made from epoch seconds (1 on a repeated hour's second pass). */
    static int fold(long secs) {
        return LocalZone.current().foldAt(secs);
    }

    /** The local zone's abbreviation at epoch seconds (localtime's tm_zone), for astimezone(). */
    static String zoneName(long secs) {
        return LocalZone.current().at(secs).abbr();
    }

    /** Epoch seconds of local wall time (C's local_to_seconds), fold choosing in a repeated hour or a gap. */
    static long localToEpoch(int y, int mo, int d, int h, int mi, int s, int fold) {
        long wall = LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
        return LocalZone.current().wallToEpoch(wall, fold);
    }
}
