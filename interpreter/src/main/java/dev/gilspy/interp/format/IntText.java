package dev.gilspy.interp.format;

import java.math.BigInteger;

/** Integer to text conversions shared by {@code str()}, {@code format()} and {@code %}. */
final class IntText {
    private IntText() {}

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}; 0 disables the limit. */
    static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * The calling interpreter's limit: the runtime installs a reader of its per-interpreter value
     * (a program that changes it changes only its own interpreter, as on CPython); until then the default.
     */
    static volatile java.util.function.IntSupplier maxStrDigits = () -> DEFAULT_MAX_STR_DIGITS;

    static String decimal(Object value) {
        if (value instanceof Long l) {
            return Long.toString(l);
        }
        if (value instanceof BigInteger big) {
            return bigDecimalDigits(big);
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        throw new IllegalArgumentException("not an int: " + (value == null ? "null" : value.getClass().getName()));
    }

    /** Digits in base 2, 8, 10 or 16 (lower case), with a leading '-' and no prefix. */
    static String inBase(Object value, int base) {
        if (base == 10) {
            return decimal(value);
        }
        if (value instanceof BigInteger big) {
            return big.toString(base);
        }
        return Long.toString(toLong(value), base);
    }

    static boolean isNegative(Object value) {
        if (value instanceof BigInteger big) {
            return big.signum() < 0;
        }
        return toLong(value) < 0;
    }

    static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        throw new IllegalArgumentException("not an int: " + (value == null ? "null" : value.getClass().getName()));
    }

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Integer;
    }

    /** {@code float(int)}: correctly rounded, refusing values beyond the double range. */
    static double toDouble(Object value) {
        if (value instanceof BigInteger big) {
            double d = big.doubleValue();
            if (Double.isInfinite(d)) {
                throw Errors.overflowError("int too large to convert to float");
            }
            return d;
        }
        return (double) toLong(value);
    }

    /**
     * CPython 3.11 refuses decimal conversions of more than {@code sys.get_int_max_str_digits()} digits
     * (CVE-2020-10735). A bit-length bound skips the digit count for typical numbers.
     */
    private static String bigDecimalDigits(BigInteger big) {
        int limit = maxStrDigits.getAsInt();
        if (limit > 0) {
            double log10 = big.bitLength() * 0.30102999566398120;
            if ((long) log10 + 1 > limit) {
                // Huge numbers are refused before the (superlinear) conversion, as CPython does.
                if (log10 - 1 > limit + 1) {
                    throw tooManyDigits(limit);
                }
                String text = big.toString();
                if (text.length() - (big.signum() < 0 ? 1 : 0) > limit) {
                    throw tooManyDigits(limit);
                }
                return text;
            }
        }
        return big.toString();
    }

    private static FormatError tooManyDigits(int limit) {
        return Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }
}
