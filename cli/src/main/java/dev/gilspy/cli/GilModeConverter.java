package dev.gilspy.cli;

import dev.gilspy.interp.gil.GilMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** {@code --gil=on|legacy|off}, validated with the interpreter's own parser and passed on as text. */
public final class GilModeConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            return GilMode.parse(value).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a GIL mode (expected on, legacy or off)");
        }
    }
}
