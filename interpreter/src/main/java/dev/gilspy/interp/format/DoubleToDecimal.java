package dev.gilspy.interp.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Correctly rounded binary-to-decimal conversion, the part of {@code _Py_dg_dtoa} that
 * CPython's float formatting needs: shortest round-trip digits (mode 0), a number of
 * significant digits (mode 2) and a number of fraction digits (mode 3). All rounding is
 * half-even on the exact binary value, so {@code 2.675} (really 2.67499999…) gives 2.67.
 *
 * <p>Fast paths avoid {@link BigDecimal} for the common cases: {@link Schubfach} finds the
 * shortest digits of normal doubles, and fixed-point rounding uses 128-bit integer arithmetic
 * while the scaled value fits a long.
 */
final class DoubleToDecimal {
    private DoubleToDecimal() {}

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Mode 0: the shortest digits that read back as {@code abs}, nearest to it on ties. */
    static Digits shortest(double abs) {
        if (abs == 0) {
            return Digits.ZERO;
        }
        if (abs >= Double.MIN_NORMAL) {
            return Schubfach.shortest(abs);
        }
        return shortestBySearch(abs);
    }

    /**
     * Exact search: at each length, only the two neighbours of the exact value can round-trip;
     * when both do, the nearer (then the even) one wins, as in Gay's algorithm.
     */
    static Digits shortestBySearch(double abs) {
        BigDecimal exact = new BigDecimal(abs);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = Double.parseDouble(down.toString()) == abs;
            boolean upOk = Double.parseDouble(up.toString()) == abs;
            BigDecimal chosen;
            if (downOk && upOk && down.compareTo(up) != 0) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                if (cmp != 0) {
                    chosen = cmp < 0 ? down : up;
                } else {
                    chosen = down.unscaledValue().testBit(0) ? up : down;
                }
            } else if (downOk) {
                chosen = down;
            } else if (upOk) {
                chosen = up;
            } else {
                continue;
            }
            return ofBigDecimal(chosen);
        }
        throw new AssertionError("17 digits always round-trip: " + abs);
    }

    /** Mode 3: round {@code abs} to {@code precision} digits after the decimal point. */
    static Digits fixed(double abs, int precision) {
        if (abs == 0) {
            return Digits.ZERO;
        }
        long scaled = precision <= 18 ? roundScaled(abs, precision) : -1;
        String integerDigits;
        if (scaled >= 0) {
            if (scaled == 0) {
                return new Digits("", -precision);
            }
            integerDigits = Long.toString(scaled);
        } else {
            BigInteger rounded = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).unscaledValue();
            if (rounded.signum() == 0) {
                return new Digits("", -precision);
            }
            integerDigits = rounded.toString();
        }
        return Digits.ofScaled(integerDigits, precision);
    }

    /** Mode 2: round {@code abs} to {@code count} significant digits ({@code count >= 1}). */
    static Digits significant(double abs, int count) {
        if (abs == 0) {
            return Digits.ZERO;
        }
        if (count <= 15 && abs >= Double.MIN_NORMAL) {
            Digits shortest = shortest(abs);
            // The shortest digits lie within half an ulp; with at most 15 digits requested, the
            // next count-digit decimal is further away than that, so they are the rounding too.
            if (shortest.digits().length() <= count) {
                return shortest;
            }
            int precision = count - shortest.decpt();
            if (precision >= 0 && precision <= 18) {
                long scaled = roundScaled(abs, precision);
                if (scaled > 0) {
                    String s = Long.toString(scaled);
                    if (s.length() >= count) {
                        return Digits.ofScaled(s, precision);
                    }
                }
            }
        }
        BigDecimal rounded = new BigDecimal(abs).round(new MathContext(count, RoundingMode.HALF_EVEN));
        return ofBigDecimal(rounded);
    }

    private static Digits ofBigDecimal(BigDecimal value) {
        return Digits.ofScaled(value.unscaledValue().toString(), value.scale());
    }

    /**
     * {@code round_half_even(abs × 10^precision)} computed exactly from the double's
     * mantissa and exponent with a 128-bit product, or -1 when the result would not fit a long.
     */
    static long roundScaled(double abs, int precision) {
        long bits = Double.doubleToRawLongBits(abs);
        int biasedExp = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & 0xfffffffffffffL;
        int exp2;
        if (biasedExp == 0) {
            exp2 = -1074;
        } else {
            mantissa |= 1L << 52;
            exp2 = biasedExp - 1075;
        }
        long p10 = POW10[precision];
        long hi = Math.multiplyHigh(mantissa, p10);
        long lo = mantissa * p10;
        if (exp2 >= 0) {
            if (hi != 0 || lo < 0 || exp2 >= 63 || (lo >>> (63 - exp2)) != 0) {
                return -1;
            }
            return lo << exp2;
        }
        int k = -exp2;
        if (k >= 128) {
            return 0; // the product is below 2^113, so the value is below 2^-15
        }
        long quotient;
        int cmpHalf;
        if (k < 64) {
            if ((hi >>> k) != 0) {
                return -1;
            }
            quotient = (hi << (64 - k)) | (lo >>> k);
            if (quotient < 0) {
                return -1;
            }
            long rem = lo & ((1L << k) - 1);
            cmpHalf = Long.compareUnsigned(rem, 1L << (k - 1));
        } else {
            quotient = hi >>> (k - 64);
            if (k == 64) {
                cmpHalf = Long.compareUnsigned(lo, Long.MIN_VALUE);
            } else {
                long remHi = hi & ((1L << (k - 64)) - 1);
                long halfHi = 1L << (k - 65);
                cmpHalf = remHi != halfHi ? Long.compare(remHi, halfHi) : (lo == 0 ? 0 : 1);
            }
        }
        if (cmpHalf > 0 || (cmpHalf == 0 && (quotient & 1) == 1)) {
            quotient++;
            if (quotient < 0) {
                return -1;
            }
        }
        return quotient;
    }
}
