package dev.gilspy.interp.format;

/**
 * Pads, signs and groups a number that is already converted to digits. The output is
 * {@code <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>},
 * exactly as CPython's {@code calc_number_widths} and {@code fill_number} lay it out.
 * With {@code 0} fill and {@code =} alignment the padding goes into the digits, so grouping
 * separators appear inside it ({@code format(1234, "010,")} is {@code 00,001,234}).
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative     whether the number carries a minus sign
     * @param prefix       {@code 0x}-style prefix, already in its final case, or ""
     * @param digits       the digit run before the decimal point (may be empty: inf, nan, 'c')
     * @param hasDecimal   whether a decimal point follows the digit run
     * @param remainder    everything after the decimal point (fraction, exponent, '%', or a 'c' char)
     */
    static String render(FormatSpec spec, boolean negative, String prefix, CharSequence digits,
                         boolean hasDecimal, CharSequence remainder) {
        char signChar = 0;
        if (spec.sign() == '+') {
            signChar = negative ? '-' : '+';
        } else if (spec.sign() == ' ') {
            signChar = negative ? '-' : ' ';
        } else if (negative) {
            signChar = '-';
        }
        int nSign = signChar == 0 ? 0 : 1;
        int remainderLength = remainder.toString().codePointCount(0, remainder.length());
        int nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0) + remainderLength;
        int minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;

        char separator = spec.grouping();
        int groupSize = separator == 0 ? 0 : (separator == '_' && isRadixType(spec.type()) ? 4 : 3);
        String grouped = digits.length() == 0 ? "" : group(digits, minWidth, separator, groupSize);

        int padding = spec.width() - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder out = new StringBuilder(Math.max(spec.width(), 0) + 8);
        appendFill(out, spec.fill(), lpad);
        if (nSign == 1) {
            out.append(signChar);
        }
        out.append(prefix);
        appendFill(out, spec.fill(), spad);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        appendFill(out, spec.fill(), rpad);
        return out.toString();
    }

    private static boolean isRadixType(int type) {
        return type == 'b' || type == 'o' || type == 'x' || type == 'X';
    }

    static void appendFill(StringBuilder out, int fill, int count) {
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(fill);
        }
    }

    /**
     * CPython's {@code _PyUnicode_InsertThousandsGrouping}: walks groups from the right, padding
     * with zeros until both the digits and {@code minWidth} are used up. A group never starts
     * with a separator, so the result may exceed {@code minWidth} by one.
     */
    static String group(CharSequence digits, int minWidth, char separator, int groupSize) {
        int remaining = digits.length();
        if (groupSize == 0) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            if (len == remaining) {
                return digits.toString();
            }
            StringBuilder out = new StringBuilder(len);
            appendFill(out, '0', len - remaining);
            return out.append(digits).toString();
        }
        // Built right to left, then reversed.
        StringBuilder rev = new StringBuilder(remaining + remaining / groupSize + Math.max(minWidth, 0) + 2);
        int digitPos = digits.length();
        boolean useSeparator = false;
        while (true) {
            int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, len - remaining);
            int chars = Math.max(0, Math.min(remaining, len));
            if (useSeparator) {
                rev.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(--digitPos));
            }
            appendFill(rev, '0', zeros);
            useSeparator = true;
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
