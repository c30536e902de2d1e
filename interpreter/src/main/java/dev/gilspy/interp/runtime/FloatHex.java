package dev.gilspy.interp.runtime;

import java.util.regex.Pattern;

/** {@code float.hex()} and {@code float.fromhex()} in CPython's format (Objects/floatobject.c). */
final class FloatHex {
    private FloatHex() {}

    private static final Pattern HEX = Pattern.compile("(?:0x)?(?=\\.?[0-9a-f])[0-9a-f]*(?:\\.[0-9a-f]*)?(?:p[+-]?[0-9]+)?");

    /** {@code 0x1.999999999999ap-4}: 13 hex digits after the point, a signed exponent. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + (exp == 0 ? "0" : "1") + "." + String.format("%013x", mantissa) + "p" + (e >= 0 ? "+" : "") + e;
    }

    static double fromHex(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        boolean neg = s.startsWith("-");
        if (neg || s.startsWith("+")) {
            s = s.substring(1);
        }
        double v;
        if (s.equals("inf") || s.equals("infinity")) {
            v = Double.POSITIVE_INFINITY;
        } else if (s.equals("nan")) {
            v = Double.NaN;
        } else {
            if (!HEX.matcher(s).matches()) {
                throw Err.value("invalid hexadecimal floating-point string");
            }
            String body = s.startsWith("0x") ? s.substring(2) : s;
            if (body.indexOf('p') < 0) {
                body += "p0";
            }
            try {
                v = Double.parseDouble("0x" + body);
            } catch (NumberFormatException e) {
                throw Err.value("invalid hexadecimal floating-point string");
            }
            if (Double.isInfinite(v)) {
                throw Err.overflow("hexadecimal value too large to represent as a float");
            }
        }
        return neg ? -v : v;
    }
}
