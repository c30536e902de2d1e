package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyValueSub;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

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
        ZoneOffset off = local ? ZoneId.systemDefault().getRules().getOffset(Instant.ofEpochSecond(secs)) : ZoneOffset.UTC;
        LocalDateTime t = LocalDateTime.ofEpochSecond(secs, 0, off);
        if (t.getYear() < Cal.MINYEAR || t.getYear() > Cal.MAXYEAR) {
            throw Err.value("year " + t.getYear() + " is out of range");
        }
        return new long[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
            us, off.getTotalSeconds()};
    }

    /** The local zone's name at epoch seconds (time.tzname's form), for astimezone(). */
    static String zoneName(long secs) {
        ZonedDateTime z = Instant.ofEpochSecond(secs).atZone(ZoneId.systemDefault());
        String n = z.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        java.time.zone.ZoneRules rules = z.getZone().getRules();
        boolean dst = rules.isDaylightSavings(z.toInstant());
        String abbr = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(z);
        if (z.getOffset().getTotalSeconds() == 0 && (abbr.equals("GMT") || abbr.equals("Z") || abbr.equals("UTC"))) {
            return "UTC";
        }
        return abbr.isEmpty() ? n : dst ? abbr : abbr;
    }

    /** Epoch seconds of local wall time (mktime), fold choosing the later of two in a repeated hour. */
    static long localToEpoch(int y, int mo, int d, int h, int mi, int s, int fold) {
        LocalDateTime t = LocalDateTime.of(y, mo, d, h, mi, s);
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        if (fold == 1) {
            z = z.withLaterOffsetAtOverlap();
        }
        return z.toEpochSecond();
    }
}
