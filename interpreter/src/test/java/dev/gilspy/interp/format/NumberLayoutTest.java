package dev.gilspy.interp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberLayoutTest {

    @Test
    void groupingPadsWithZerosToTheMinimumWidthWithoutALeadingSeparator() {
        assertThat(NumberLayout.group("1234", 0, ',', 3)).isEqualTo("1,234");
        assertThat(NumberLayout.group("1234", 10, ',', 3)).isEqualTo("00,001,234");
        assertThat(NumberLayout.group("1234", 8, ',', 3)).isEqualTo("0,001,234");
        assertThat(NumberLayout.group("ffff", 0, '_', 4)).isEqualTo("ffff");
        assertThat(NumberLayout.group("1ffff", 0, '_', 4)).isEqualTo("1_ffff");
        assertThat(NumberLayout.group("12", 5, (char) 0, 0)).isEqualTo("00012");
    }

    @Test
    void specParsingKeepsEveryField() {
        FormatSpec spec = FormatSpec.parse("*^+z#012_.3f", 0, '>', "float");
        assertThat(spec).isEqualTo(new FormatSpec('*', '^', '+', true, true, 12, '_', 3, 'f'));
        // '0' after an explicit fill is a width digit, not the zero flag.
        assertThat(FormatSpec.parse("x<05", 'd', '>', "int").fill()).isEqualTo('x');
        assertThat(FormatSpec.parse("\uD83D\uDE00^5", 's', '<', "str").fill()).isEqualTo(0x1F600);
    }

    @Test
    void specErrorsAreCpythonsMessages() {
        assertThatThrownBy(() -> FormatSpec.parse(".f", 0, '>', "float"))
                .hasToString("ValueError: Format specifier missing precision");
        assertThatThrownBy(() -> FormatSpec.parse("10xx", 'd', '>', "int"))
                .hasToString("ValueError: Invalid format specifier '10xx' for object of type 'int'");
        assertThatThrownBy(() -> FormatSpec.parse(",s", 's', '<', "str"))
                .hasToString("ValueError: Cannot specify ',' with 's'.");
    }
}
