package dev.gilspy.interp.format;

/**
 * Turns a double into text in one of CPython's four float styles, the way
 * {@code PyOS_double_to_string} and {@code format_float_short} in {@code Python/pystrtod.c} do:
 * {@code 'e'}, {@code 'f'}, {@code 'g'} (each optionally upper case) and {@code 'r'} (repr).
 * Sign options and padding are left to the callers; only a minus sign is produced here.
 */
final class FloatText {
    private FloatText() {}

    /**
     * @param code        one of {@code e E f F g G r}
     * @param precision   digits after the point (e, f) or significant digits (g); ignored for r
     * @param addDot0     append ".0" to integral results, and switch 'g' to exponent one digit sooner
     * @param alternate   keep trailing zeros and the decimal point (the '#' option)
     * @param noNegZero   drop the sign of a result that rounds to zero (the 'z' option)
     */
    static String format(double value, char code, int precision, boolean addDot0, boolean alternate, boolean noNegZero) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = upper ? (char) (code + ('a' - 'A')) : code;
        boolean negative = (Double.doubleToRawLongBits(value) < 0);
        if (Double.isNaN(value)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(value)) {
            String inf = upper ? "INF" : "inf";
            return negative ? "-" + inf : inf;
        }
        double abs = Math.abs(value);
        Digits digits;
        switch (lower) {
            case 'e' -> digits = DoubleToDecimal.significant(abs, precision + 1);
            case 'f' -> digits = DoubleToDecimal.fixed(abs, precision);
            case 'g' -> {
                if (precision == 0) {
                    precision = 1;
                }
                digits = DoubleToDecimal.significant(abs, precision);
            }
            case 'r' -> digits = DoubleToDecimal.shortest(abs);
            default -> throw new IllegalStateException("float style " + code);
        }
        if (noNegZero && negative && (digits.digits().isEmpty() || digits.digits().equals("0"))) {
            negative = false;
        }
        return layout(negative, digits, lower, precision, addDot0, alternate, upper);
    }

    /** {@code format_float_short}'s layout of dtoa output, kept step for step. */
    private static String layout(boolean negative, Digits d, char code, int precision,
                                 boolean addDot0, boolean alternate, boolean upper) {
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        boolean useExp = false;
        int vdigitsEnd = digitsLen;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision + 1;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alternate) {
                    vdigitsEnd = precision;
                }
            }
            default -> {
                // repr switches to exponent notation at 1e16
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }

        StringBuilder out = new StringBuilder(Math.max(vdigitsEnd - vdigitsStart, 0) + 8);
        if (negative) {
            out.append('-');
        }
        if (decpt <= 0) {
            zeros(out, decpt - vdigitsStart);
            out.append('.');
            zeros(out, -decpt);
        } else {
            zeros(out, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            out.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(out, decpt - digitsLen);
            out.append('.');
            zeros(out, vdigitsEnd - decpt);
        } else {
            zeros(out, vdigitsEnd - digitsLen);
        }
        if (out.charAt(out.length() - 1) == '.' && !alternate) {
            out.setLength(out.length() - 1);
        }
        if (useExp) {
            out.append(upper ? 'E' : 'e');
            out.append(exp < 0 ? '-' : '+');
            int absExp = Math.abs(exp);
            if (absExp < 10) {
                out.append('0');
            }
            out.append(absExp);
        }
        return out.toString();
    }

    private static void zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }
}
