package dev.gilspy.interp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The contract the interpreter relies on, beyond what the CPython case table covers. */
class PyFormatTest {
    /** An interpreter object of a class that this package does not know. */
    record PyList(List<Object> items) {}

    private static final Function<Object, String> STR = o -> o instanceof PyList l ? "L" + l.items() : String.valueOf(o);

    @Test
    void floatReprUsesShortestDigitsAndPythonLayout() {
        assertThat(PyFormat.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PyFormat.floatRepr(0.1)).isEqualTo("0.1");
        assertThat(PyFormat.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PyFormat.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PyFormat.floatRepr(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(PyFormat.floatRepr(123456789012345.0)).isEqualTo("123456789012345.0");
        assertThat(PyFormat.floatRepr(1e22)).isEqualTo("1e+22");
        assertThat(PyFormat.floatRepr(-0.0)).isEqualTo("-0.0");
        assertThat(PyFormat.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(PyFormat.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        // JDK 17's Double.toString gives 2.82879384806159008E17 here: one digit too many.
        assertThat(PyFormat.floatRepr(2.82879384806159e17)).isEqualTo("2.82879384806159e+17");
        assertThat(PyFormat.floatStr(2.5)).isEqualTo("2.5");
    }

    @Test
    void formatValueHotPathsFromTheBrief() {
        assertThat(PyFormat.formatValue(2.675, ".2f", STR)).isEqualTo("2.67");
        assertThat(PyFormat.formatValue(0.125, ".2f", STR)).isEqualTo("0.12");
        assertThat(PyFormat.formatValue(1e20, ",.2f", STR)).isEqualTo("100,000,000,000,000,000,000.00");
        assertThat(PyFormat.formatValue(5L, ".2f", STR)).isEqualTo("5.00");
        assertThat(PyFormat.formatValue(1234L, "010,", STR)).isEqualTo("00,001,234");
        assertThat(PyFormat.formatValue(0.1234, ".1%", STR)).isEqualTo("12.3%");
        assertThat(PyFormat.formatValue(new BigInteger("-123456789012345678901234567890"), "_", STR))
                .isEqualTo("-123_456_789_012_345_678_901_234_567_890");
    }

    @Test
    void boolFormatsAsIntExceptWithAnEmptySpec() {
        assertThat(PyFormat.formatValue(true, "", STR)).isEqualTo("True");
        assertThat(PyFormat.formatValue(true, "d", STR)).isEqualTo("1");
        // CPython 3.11: bool has no __format__ of its own, so a width alone formats the int.
        assertThat(PyFormat.formatValue(true, ">5", STR)).isEqualTo("    1");
    }

    @Test
    void javaIntegersAndFloatsAreAcceptedAsPythonNumbers() {
        assertThat(PyFormat.formatValue(42, "05d", STR)).isEqualTo("00042");
        assertThat(PyFormat.formatValue(1.5f, ".2f", STR)).isEqualTo("1.50");
    }

    @Test
    void unknownObjectsFormatTheirStrWhenTheTypeIsUnknown() {
        PyList list = new PyList(List.of(1L));
        assertThat(PyFormat.formatValue(list, "", STR)).isEqualTo("L[1]");
        assertThat(PyFormat.formatValue(list, ">6", STR)).isEqualTo("  L[1]");
        assertThatThrownBy(() -> PyFormat.formatValue(list, "d", STR))
                .hasToString("ValueError: Unknown format code 'd' for object of type 'list'");
    }

    @Test
    void unknownObjectsRefuseASpecWhenTheTypeNameIsGiven() {
        PyList list = new PyList(List.of());
        assertThat(PyFormat.formatValue(list, "", STR, o -> "list")).isEqualTo("L[]");
        assertThatThrownBy(() -> PyFormat.formatValue(list, ">6", STR, o -> "list"))
                .isInstanceOf(FormatError.class)
                .hasToString("TypeError: unsupported format string passed to list.__format__");
        assertThatThrownBy(() -> PyFormat.formatValue(null, "5", STR))
                .hasToString("TypeError: unsupported format string passed to NoneType.__format__");
        assertThat(PyFormat.formatValue(null, "", STR)).isEqualTo("None");
    }

    @Test
    void percentFormatTreatsAnyLookupOperandAsAMapping() {
        // 'ab' % [1] == 'ab': a list has __getitem__, so CPython skips the leftover-argument check.
        assertThat(PyFormat.percentFormat("ab", new PyList(List.of(1L)), STR, STR, key -> {
            throw new IllegalArgumentException("TypeError: list indices must be integers or slices, not str");
        })).isEqualTo("ab");
        assertThat(PyFormat.percentFormat("%s", new PyList(List.of(1L)), STR, STR, key -> null)).isEqualTo("L[1]");
        assertThatThrownBy(() -> PyFormat.percentFormat("ab", 5L, STR, STR, null))
                .hasToString("TypeError: not all arguments converted during string formatting");
    }

    @Test
    void percentFormatNamesTheTypeOfForeignObjects() {
        PyList list = new PyList(List.of());
        assertThatThrownBy(() -> PyFormat.percentFormat("%d", list, STR, STR, null))
                .hasToString("TypeError: %d format: a real number is required, not list");
        assertThatThrownBy(() -> PyFormat.percentFormat("%x", List.of(list), STR, STR, null, o -> "MyList"))
                .hasToString("TypeError: %x format: an integer is required, not MyList");
        assertThatThrownBy(() -> PyFormat.percentFormat("%f", List.of(list), STR, STR, null, o -> "MyList"))
                .hasToString("TypeError: must be real number, not MyList");
    }

    @Test
    void percentFormatUsesTheCallersReprForForeignObjects() {
        Map<String, Object> values = Map.of("v", new PyList(List.of(2L)));
        String result = PyFormat.percentFormat("%(v)r|%(v)s", values, STR, o -> "R" + o, values::get);
        assertThat(result).isEqualTo("RPyList[items=[2]]|L[2]");
    }

    @Test
    void intToBaseAddsThePrefixAfterTheSign() {
        assertThat(PyFormat.intToBase(5L, 2)).isEqualTo("0b101");
        assertThat(PyFormat.intToBase(-31L, 16)).isEqualTo("-0x1f");
        assertThat(PyFormat.intToBase(8L, 8)).isEqualTo("0o10");
        assertThat(PyFormat.intToBase(BigInteger.ONE.shiftLeft(70).negate(), 16)).isEqualTo("-0x400000000000000000");
        assertThat(PyFormat.intToBase(-7L, 10)).isEqualTo("-7");
        assertThatThrownBy(() -> PyFormat.intToBase(1L, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundHalfEvenUsesTheExactBinaryValue() {
        assertThat(PyFormat.roundHalfEven(2.675, 2)).isEqualTo(2.67);
        assertThat(PyFormat.roundHalfEven(0.5, 0)).isEqualTo(0.0);
        assertThat(PyFormat.roundHalfEven(2.5, 0)).isEqualTo(2.0);
        assertThat(PyFormat.roundHalfEven(1234.5, -2)).isEqualTo(1200.0);
        assertThat(PyFormat.roundToInt(2.5)).isEqualTo(2L);
        assertThat(PyFormat.roundToInt(-3.5)).isEqualTo(-4L);
        assertThat(PyFormat.roundToInt(1e20)).isEqualTo(new BigInteger("100000000000000000000"));
        assertThatThrownBy(() -> PyFormat.roundHalfEven(1.7976931348623157e308, -308))
                .hasToString("OverflowError: rounded value too large to represent");
    }

    @Test
    void floatToIntTruncatesAndRefusesInfAndNan() {
        assertThat(PyFormat.floatToInt(-3.9)).isEqualTo(-3L);
        assertThat(PyFormat.floatToInt(9.223372036854775807E18)).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(PyFormat.floatToInt(-9.223372036854775807E18)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> PyFormat.floatToInt(Double.POSITIVE_INFINITY))
                .hasToString("OverflowError: cannot convert float infinity to integer");
        assertThatThrownBy(() -> PyFormat.floatToInt(Double.NaN))
                .hasToString("ValueError: cannot convert float NaN to integer");
    }

    @Test
    void intDigitLimitCanBeRaisedOrDisabledLikeSysSetIntMaxStrDigits() {
        BigInteger big = BigInteger.TEN.pow(5000);
        java.util.function.IntSupplier runtimes = IntText.maxStrDigits;
        int[] limit = {PyFormat.DEFAULT_INT_MAX_STR_DIGITS};
        PyFormat.setIntMaxStrDigitsSource(() -> limit[0]); // the calling interpreter's value, as sys sets it
        try {
            assertThatThrownBy(() -> PyFormat.formatInt(big)).hasMessageStartingWith("Exceeds the limit (4300 digits)");
            assertThat(PyFormat.intToBase(big, 16)).startsWith("0x"); // only decimal conversions are limited
            limit[0] = 0;
            assertThat(PyFormat.formatInt(big)).hasSize(5001);
            limit[0] = 6000;
            assertThat(PyFormat.getIntMaxStrDigits()).isEqualTo(6000);
            assertThat(PyFormat.formatValue(big, ",", STR)).hasSize(5001 + 1666);
        } finally {
            PyFormat.setIntMaxStrDigitsSource(runtimes);
        }
    }

    @Test
    void reprsOfStrAndBytes() {
        assertThat(PyFormat.strRepr("it's")).isEqualTo("\"it's\"");
        assertThat(PyFormat.strRepr("a\n\u00e9\u200b")).isEqualTo("'a\\n\u00e9\\u200b'");
        assertThat(PyFormat.ascii(PyFormat.strRepr("\u00e9\uD83D\uDE00"))).isEqualTo("'\\xe9\\U0001f600'");
        assertThat(PyFormat.bytesRepr(new byte[] {'a', 0, (byte) 0xff, '\''})).isEqualTo("b\"a\\x00\\xff'\"");
    }
}
