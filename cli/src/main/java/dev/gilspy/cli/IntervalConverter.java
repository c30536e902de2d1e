package dev.gilspy.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Locale;

/** A refresh interval: plain seconds ({@code 0.5}) or with a unit ({@code 500ms}, {@code 2s}, {@code 1m}). */
public final class IntervalConverter implements ITypeConverter<Duration> {
    static final Duration MIN = Duration.ofMillis(50);
    static final Duration MAX = Duration.ofHours(1);

    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        double factorMillis = 1000;
        if (v.endsWith("ms")) {
            factorMillis = 1;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
            factorMillis = 60_000;
            v = v.substring(0, v.length() - 1);
        }
        double amount;
        try {
            amount = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (use seconds like 0.5, or 500ms, 2s, 1m)");
        }
        if (!Double.isFinite(amount)) {
            throw new TypeConversionException("'" + value + "' is not a duration (use seconds like 0.5, or 500ms, 2s, 1m)");
        }
        Duration d = Duration.ofMillis(Math.round(amount * factorMillis));
        if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
            throw new TypeConversionException("'" + value + "' is out of range (50ms to 1h)");
        }
        return d;
    }
}
