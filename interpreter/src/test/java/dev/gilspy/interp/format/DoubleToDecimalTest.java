package dev.gilspy.interp.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cross-checks the fast digit generators against exact {@link BigDecimal} arithmetic. */
class DoubleToDecimalTest {
    private final SplittableRandom random = new SplittableRandom(42);

    private double randomFinite() {
        while (true) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                return Math.abs(d);
            }
        }
    }

    @Test
    void schubfachAgreesWithExactSearchOnRandomDoubles() {
        for (int i = 0; i < 2_000; i++) {
            // Mostly everyday magnitudes; the exact search is slow on extreme exponents.
            double d = i % 4 == 0 ? randomFinite() : random.nextDouble() * Math.pow(10, random.nextInt(-20, 21));
            if (d >= Double.MIN_NORMAL) {
                assertThat(Schubfach.shortest(d)).as("%s", d).isEqualTo(DoubleToDecimal.shortestBySearch(d));
            }
        }
    }

    @Test
    void schubfachAgreesWithExactSearchAtEveryPowerOfTwo() {
        // Powers of two have a narrower rounding interval below than above.
        for (int e = -1022; e <= 1023; e++) {
            double d = Math.scalb(1.0, e);
            assertThat(Schubfach.shortest(d)).as("2^%d", e).isEqualTo(DoubleToDecimal.shortestBySearch(d));
        }
    }

    @Test
    void shortestDigitsReadBackAsTheSameDouble() {
        for (int i = 0; i < 5_000; i++) {
            double d = randomFinite();
            Digits digits = DoubleToDecimal.shortest(d);
            String text = "0." + digits.digits() + "E" + digits.decpt();
            assertThat(Double.parseDouble(text)).as("%s", d).isEqualTo(d);
        }
    }

    @Test
    void subnormalsUseOneDigitWhenItRoundTrips() {
        assertThat(DoubleToDecimal.shortest(Double.MIN_VALUE)).isEqualTo(new Digits("5", -323));
        assertThat(DoubleToDecimal.shortest(2 * Double.MIN_VALUE)).isEqualTo(new Digits("1", -322));
    }

    @Test
    void roundScaledMatchesBigDecimalHalfEven() {
        for (int i = 0; i < 20_000; i++) {
            double d = random.nextInt(4) == 0 ? randomFinite() : random.nextDouble() * Math.pow(10, random.nextInt(-12, 19));
            if (d < 1e15 && random.nextBoolean()) {
                d = Math.rint(d * 1000) / 1000; // values that sit on decimal boundaries
            }
            int precision = random.nextInt(0, 19);
            long fast = DoubleToDecimal.roundScaled(d, precision);
            BigDecimal exact = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN);
            if (exact.unscaledValue().bitLength() <= 63) {
                assertThat(fast).as("%s at %d", d, precision).isEqualTo(exact.unscaledValue().longValueExact());
            } else {
                assertThat(fast).as("%s at %d", d, precision).isEqualTo(-1);
            }
        }
    }

    @Test
    void significantDigitsMatchBigDecimalHalfEven() {
        for (int i = 0; i < 5_000; i++) {
            double d = random.nextInt(3) == 0 ? randomFinite() : Math.rint(random.nextDouble() * 1e6) / 1e3;
            if (d == 0) {
                continue;
            }
            int count = random.nextInt(1, 20);
            BigDecimal exact = new BigDecimal(d).round(new java.math.MathContext(count, RoundingMode.HALF_EVEN));
            Digits expected = Digits.ofScaled(exact.unscaledValue().toString(), exact.scale());
            assertThat(DoubleToDecimal.significant(d, count)).as("%s to %d digits", d, count).isEqualTo(expected);
        }
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfEven() {
        assertThat(DoubleToDecimal.fixed(2.675, 2)).isEqualTo(new Digits("267", 1));
        assertThat(DoubleToDecimal.fixed(0.125, 2)).isEqualTo(new Digits("12", 0));
        assertThat(DoubleToDecimal.fixed(0.375, 2)).isEqualTo(new Digits("38", 0));
        assertThat(DoubleToDecimal.fixed(0.001, 1)).isEqualTo(new Digits("", -1));
        assertThat(DoubleToDecimal.fixed(1e20, 2)).isEqualTo(new Digits("1", 21));
    }
}
