package dev.gilspy.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --switch-interval=SECONDS}, as {@code sys.setswitchinterval} accepts it: a positive number. */
public final class SwitchIntervalConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        double seconds;
        try {
            seconds = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds (e.g. 0.005)");
        }
        if (!Double.isFinite(seconds) || seconds <= 0) {
            throw new TypeConversionException("'" + value + "': switch interval must be positive (e.g. 0.005)");
        }
        return seconds;
    }
}
