package dev.gilspy.interp.format;

import java.math.BigInteger;
import java.util.function.Function;

/**
 * {@code format(value, spec)}: dispatches on the value's type to the {@code __format__} of
 * int, bool, float, str or object, following {@code Python/formatter_unicode.c}.
 */
final class SpecFormatter {
    private SpecFormatter() {}

    static String format(Object value, String spec, Function<Object, String> str, Function<Object, String> typeName) {
        if (value instanceof Double d) {
            return spec.isEmpty() ? FloatText.format(d, 'r', 0, true, false, false) : formatFloat(d, spec, "float");
        }
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatString(s, spec, "str");
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return spec.isEmpty() ? IntText.decimal(value) : formatInt(value, spec, "int");
        }
        if (value instanceof Boolean b) {
            // bool inherits int.__format__, except that an empty spec means str(b)
            return spec.isEmpty() ? (b ? "True" : "False") : formatInt(b ? 1L : 0L, spec, "bool");
        }
        if (value instanceof Float f) {
            return format((double) f, spec, str, typeName);
        }
        if (spec.isEmpty()) {
            return PyFormat.basicStr(value, str);
        }
        if (value == null || value instanceof byte[] || typeName != null) {
            String name = typeName == null || value == null ? TypeNames.of(value) : typeName.apply(value);
            throw Errors.typeError("unsupported format string passed to " + name + ".__format__");
        }
        return formatString(str.apply(value), spec, TypeNames.of(value));
    }

    static String formatString(String s, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, 's', '<', typeName);
        if (spec.type() != 's') {
            throw Errors.unknownFormatCode(spec.type(), typeName);
        }
        if (spec.sign() != 0) {
            throw Errors.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        return pad(s, spec.precision(), spec.width(), spec.align(), spec.fill());
    }

    /** Truncates to {@code precision} code points, then pads to {@code width} like {@code calc_padding}. */
    static String pad(String s, int precision, int width, char align, int fill) {
        int length = s.codePointCount(0, s.length());
        if (precision >= 0 && length > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
            length = precision;
        }
        if (width <= length) {
            return s;
        }
        int total = width - length;
        int left = align == '>' ? total : align == '^' ? total / 2 : 0;
        StringBuilder out = new StringBuilder(s.length() + total);
        NumberLayout.appendFill(out, fill, left);
        out.append(s);
        NumberLayout.appendFill(out, fill, total - left);
        return out.toString();
    }

    static String formatInt(Object value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, 'd', '>', typeName);
        switch (spec.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatIntInternal(value, spec);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloatInternal(IntText.toDouble(value), spec);
            }
            default -> throw Errors.unknownFormatCode(spec.type(), typeName);
        }
    }

    private static String formatIntInternal(Object value, FormatSpec spec) {
        if (spec.precision() != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int type = spec.type();
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            int codePoint = codePointOf(value);
            // 'c' output counts as "remainder": it is neither grouped nor zero-filled internally.
            return NumberLayout.render(spec, false, "", "", false, new String(Character.toChars(codePoint)));
        }
        int base = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String text = IntText.inBase(value, base);
        boolean negative = text.charAt(0) == '-';
        String digits = negative ? text.substring(1) : text;
        String prefix = "";
        if (spec.alternate() && base != 10) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                default -> "0X";
            };
        }
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (!spec.hasSign() && spec.width() == -1 && spec.grouping() == 0) {
            return negative ? "-" + prefix + digits : prefix + digits;
        }
        return NumberLayout.render(spec, negative, prefix, digits, false, "");
    }

    private static int codePointOf(Object value) {
        if (value instanceof BigInteger big && big.bitLength() > 63) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        long x = IntText.toLong(value);
        if (x < 0 || x > 0x10ffff) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return (int) x;
    }

    static String formatFloat(double value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, 0, '>', typeName);
        switch (spec.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
                return formatFloatInternal(value, spec);
            }
            default -> throw Errors.unknownFormatCode(spec.type(), typeName);
        }
    }

    private static String formatFloatInternal(double value, FormatSpec spec) {
        int type = spec.type();
        int precision = spec.precision();
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == 0) {
            // No type: repr() without a precision, else 'g' that always shows a decimal point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatText.format(value, (char) type, precision, addDot0, spec.alternate(), spec.noNegZero());
        if (percent) {
            text = text + "%";
        }
        if (!spec.hasSign() && spec.width() == -1 && spec.type() != 'n' && spec.grouping() == 0) {
            return text;
        }
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int end = text.length();
        int digitsEnd = start;
        while (digitsEnd < end && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < end && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        return NumberLayout.render(spec, negative, "", text.substring(start, digitsEnd), hasDecimal, remainder);
    }
}
