package dev.gilspy.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every duration option ({@code -d}, {@code -i}, {@code --timeout}): plain seconds ({@code 0.5}) or
 * with a unit ({@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h}); always positive.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    /** @throws TypeConversionException with a message picocli shows as the one-line usage error */
    public static Duration parse(String value) {
        double nanos = nanos(value);
        if (!(nanos >= 1)) {
            throw new TypeConversionException("'" + value + "' is out of range (a duration must be positive)");
        }
        return Duration.ofNanos((long) nanos);
    }

    private static double nanos(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration (use seconds like 0.5, or 500ms, 2s, 1m)");
        }
        double nanos = Double.parseDouble(m.group(1)) * switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> 1e6;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default -> 1e9;
        };
        if (nanos > Long.MAX_VALUE / 2.0) {
            throw new TypeConversionException("'" + value + "' is out of range (too long)");
        }
        return nanos;
    }

    /** Refresh intervals ({@code -i}): 50 ms to 1 h, so that a typo neither hammers the target nor looks hung. */
    public static final class RefreshInterval implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            double nanos = nanos(value);
            if (nanos < 50e6 || nanos > 3600e9) {
                throw new TypeConversionException("'" + value + "' is out of range (50ms to 1h)");
            }
            return Duration.ofNanos((long) nanos);
        }
    }
}
