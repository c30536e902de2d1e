package dev.gilspy.interp.format;

/**
 * A parsed format-spec mini-language string, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * Mirrors {@code parse_internal_render_format_spec} in CPython's {@code Python/formatter_unicode.c},
 * including which errors are found while parsing and which only later, per type.
 *
 * @param fill      fill code point
 * @param align     one of {@code < > = ^}
 * @param sign      0, {@code +}, {@code -} or space
 * @param noNegZero the {@code z} option
 * @param alternate the {@code #} option
 * @param width     -1 when absent
 * @param grouping  0, {@code ,} or {@code _}; {@code _} with b/o/x/X groups by four digits
 * @param precision -1 when absent
 * @param type      the presentation type code point, or the caller's default
 */
record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                  int width, char grouping, int precision, int type) {

    boolean hasSign() {
        return sign == '+' || sign == ' ';
    }

    /**
     * @param defaultType  {@code d} for int, 0 for float, {@code s} for str
     * @param defaultAlign {@code >} for numbers, {@code <} for str
     * @param typeName     the Python type name, used in the invalid-specifier message
     */
    static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;

        int first = end > 0 ? spec.codePointAt(0) : -1;
        int afterFirst = first < 0 ? 0 : Character.charCount(first);
        if (afterFirst < end && isAlign(spec.charAt(afterFirst))) {
            align = spec.charAt(afterFirst);
            fill = first;
            fillSpecified = true;
            alignSpecified = true;
            pos = afterFirst + 1;
        } else if (end > 0 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            alignSpecified = true;
            pos = 1;
        }

        char sign = 0;
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean noNegZero = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        // The historical "0" flag: zero fill, and sign-aware padding when no alignment was given.
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }

        int digitsStart = pos;
        while (pos < end && isDigit(spec.charAt(pos))) {
            pos++;
        }
        int width = digitsStart == pos ? -1 : parseInt(spec, digitsStart, pos);

        char grouping = 0;
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }

        int precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            int precStart = pos;
            while (pos < end && isDigit(spec.charAt(pos))) {
                pos++;
            }
            if (precStart == pos) {
                throw Errors.valueError("Format specifier missing precision");
            }
            precision = parseInt(spec, precStart, pos);
        }

        int remaining = spec.codePointCount(pos, end);
        if (remaining > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = remaining == 1 ? spec.codePointAt(pos) : defaultType;

        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw invalidGrouping(grouping, type);
                    }
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static FormatError invalidGrouping(char grouping, int type) {
        String shown = type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
        return Errors.valueError("Cannot specify '" + grouping + "' with '" + shown + "'.");
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Widths beyond what a Java string can hold are refused like CPython's Py_ssize_t overflow. */
    private static int parseInt(String spec, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (spec.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) value;
    }
}
