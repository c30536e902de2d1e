package dev.gilspy.interp.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * CPython 3.11's text conversions for numbers and strings: start here.
 *
 * <p>Values use the interpreter's shared representation: int is {@link Long} or
 * {@link BigInteger}, float is {@link Double}, bool is {@link Boolean}, str is {@link String},
 * None is {@code null}. Anything else is the interpreter's own object and reaches this class
 * only through the {@code str}/{@code repr}/{@code typeName} functions the caller passes in.
 *
 * <ul>
 *   <li>{@link #floatRepr} — {@code repr(float)}, shortest round-trip digits; see
 *       {@link DoubleToDecimal} (digit generation) and {@link FloatText} (layout).</li>
 *   <li>{@link #formatValue} — {@code format(v, spec)} and f-string specs; see
 *       {@link FormatSpec} (parsing), {@link SpecFormatter} (per-type rules) and
 *       {@link NumberLayout} (sign, padding, grouping).</li>
 *   <li>{@link #percentFormat} — {@code fmt % args}; see {@link PercentFormatter}.</li>
 *   <li>{@link #strRepr}, {@link #bytesRepr}, {@link #ascii} — see {@link Reprs}.</li>
 *   <li>{@link #intToBase}, {@link #roundHalfEven}, {@link #roundToInt}, {@link #floatToInt}.</li>
 * </ul>
 *
 * <p>Python errors are {@link FormatError}s carrying CPython's message and the exception type to
 * raise ({@code ValueError}, {@code TypeError}, {@code OverflowError}); an
 * {@link IllegalArgumentException} is a caller's bug. All methods are thread-safe.
 */
public final class PyFormat {
    private PyFormat() {}

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    /** {@code repr(float)} and {@code str(float)}: {@code 1.0}, {@code 1e+16}, {@code 1.5e-07}, {@code nan}. */
    public static String floatRepr(double d) {
        long asLong = (long) d;
        if (asLong == d && asLong > -10_000_000_000_000_000L && asLong < 10_000_000_000_000_000L
                && (asLong != 0 || Double.doubleToRawLongBits(d) == 0)) {
            return Long.toString(asLong).concat(".0");
        }
        return FloatText.format(d, 'r', 0, true, false, false);
    }

    /** {@code str(float)}, identical to {@link #floatRepr} since Python 3.2. */
    public static String floatStr(double d) {
        return floatRepr(d);
    }

    /** {@code str(int)} for a {@link Long} or {@link BigInteger}; refuses more than 4300 digits like CPython 3.11. */
    public static String formatInt(Object longOrBigInteger) {
        return IntText.decimal(longOrBigInteger);
    }

    /**
     * {@code format(value, spec)}. Objects other than int, bool, float and str format as
     * {@code str.apply(value)} under the string rules (None with a non-empty spec is a TypeError).
     */
    public static String formatValue(Object value, String spec, Function<Object, String> str) {
        return SpecFormatter.format(value, spec, str, null);
    }

    /**
     * {@code format(value, spec)} where the caller knows the Python type name of its own objects:
     * a non-empty spec on them is CPython's {@code object.__format__} TypeError.
     */
    public static String formatValue(Object value, String spec, Function<Object, String> str,
                                     Function<Object, String> typeName) {
        return SpecFormatter.format(value, spec, str, typeName);
    }

    /**
     * {@code fmt % args}.
     *
     * @param args   a {@link java.util.List} when the right operand is a tuple, else the single operand
     * @param lookup non-null when the right operand is a mapping: maps a {@code %(key)s} key to its
     *               value or throws. CPython treats every non-tuple, non-str operand with
     *               {@code __getitem__} (lists too) as a mapping here, so {@code 'ab' % [1]} is {@code 'ab'}.
     */
    public static String percentFormat(String fmt, Object args, Function<Object, String> str,
                                       Function<Object, String> repr, Function<Object, Object> lookup) {
        return PercentFormatter.format(fmt, args, str, repr, lookup, null, null);
    }

    /** {@link #percentFormat} with exact Python type names for the caller's own objects in error messages. */
    public static String percentFormat(String fmt, Object args, Function<Object, String> str,
                                       Function<Object, String> repr, Function<Object, Object> lookup,
                                       Function<Object, String> typeName) {
        return PercentFormatter.format(fmt, args, str, repr, lookup, typeName, null);
    }

    /**
     * {@link #percentFormat} whose %d/%x/%f/%c operands first go through {@code number}, given the conversion character:
     * the int or float an object of the caller's stands for (an int subclass's value), or the object itself.
     */
    public static String percentFormat(String fmt, Object args, Function<Object, String> str,
                                       Function<Object, String> repr, Function<Object, Object> lookup,
                                       Function<Object, String> typeName, java.util.function.BiFunction<Integer, Object, Object> number) {
        return PercentFormatter.format(fmt, args, str, repr, lookup, typeName, number);
    }

    /** {@code repr(str)}. */
    public static String strRepr(String s) {
        return Reprs.strRepr(s);
    }

    /** {@code ascii(obj)} given {@code repr(obj)}: escapes every non-ASCII code point. */
    public static String ascii(String reprText) {
        return Reprs.asciiEscape(reprText);
    }

    /** {@code repr(bytes)}: {@code b'...'}. */
    public static String bytesRepr(byte[] bytes) {
        return Reprs.bytesRepr(bytes);
    }

    /** {@code bin()}, {@code oct()}, {@code hex()} (base 2, 8, 16) and {@code str()} (base 10): {@code -0x1f}. */
    public static String intToBase(Object longOrBigInteger, int base) {
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            case 10 -> "";
            default -> throw new IllegalArgumentException("base must be 2, 8, 10 or 16: " + base);
        };
        String digits = IntText.inBase(longOrBigInteger, base);
        if (digits.charAt(0) == '-') {
            return "-" + prefix + digits.substring(1);
        }
        return prefix.concat(digits);
    }

    /**
     * {@code round(x, ndigits)} for a float: the exact binary value rounded half-even to
     * {@code ndigits} decimal places (negative rounds to tens, hundreds, ...), then read back.
     * {@code round(2.675, 2)} is 2.67 because 2.675 is really 2.67499999999999982236431605997495353221893310546875.
     */
    public static double roundHalfEven(double x, int ndigits) {
        if (!Double.isFinite(x) || ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        if (ndigits >= 0 && ndigits <= 18) {
            long scaled = DoubleToDecimal.roundScaled(Math.abs(x), ndigits);
            if (scaled >= 0 && scaled <= (1L << 53)) {
                // Both operands are exact doubles, so IEEE division rounds the decimal correctly.
                return Math.copySign(scaled / POW10[ndigits], x);
            }
        }
        BigDecimal rounded = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN);
        double result = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return Math.copySign(result, x);
    }

    /** {@code round(x)} with no ndigits: the nearest int, ties to even, as {@link Long} or {@link BigInteger}. */
    public static Object roundToInt(double x) {
        return floatToInt(Math.rint(x));
    }

    /** {@code int(x)} for a float: truncates toward zero; inf and nan raise like CPython. */
    public static Object floatToInt(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (x > -9.223372036854775E18 && x < 9.223372036854775E18) {
            return (long) x;
        }
        BigInteger big = new BigDecimal(x).toBigInteger();
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_INT_MAX_STR_DIGITS = IntText.DEFAULT_MAX_STR_DIGITS;

    /** Where the calling interpreter's {@code sys.get_int_max_str_digits()} is read from (set once by the runtime). */
    public static void setIntMaxStrDigitsSource(java.util.function.IntSupplier source) {
        IntText.maxStrDigits = source;
    }

    /** {@code sys.get_int_max_str_digits()} of the calling interpreter. */
    public static int getIntMaxStrDigits() {
        return IntText.maxStrDigits.getAsInt();
    }

    /** {@code str(v)} for the shared value types, else the caller's function. */
    static String basicStr(Object v, Function<Object, String> str) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return IntText.decimal(v);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v == null) {
            return "None";
        }
        if (v instanceof byte[] b) {
            return Reprs.bytesRepr(b);
        }
        return str.apply(v);
    }

    /** {@code repr(v)} for the shared value types, else the caller's function. */
    static String basicRepr(Object v, Function<Object, String> repr) {
        if (v instanceof String s) {
            return Reprs.strRepr(s);
        }
        if (v instanceof Double || v instanceof Long || v instanceof BigInteger || v instanceof Integer
                || v instanceof Boolean || v == null || v instanceof byte[]) {
            return basicStr(v, null);
        }
        return repr.apply(v);
    }
}
