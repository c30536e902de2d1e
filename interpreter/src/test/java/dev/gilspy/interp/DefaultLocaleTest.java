package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Python's case rules do not follow the JVM's default locale. Under a Turkish one, Java's {@code "INF".toLowerCase()}
 * is "ınf" (dotless i): {@code float("INFINITY")} was an internal NumberFormatException, and a comprehension's name in a
 * SyntaxError would have read "lıst comprehension". The JVM takes its locale from LANG, so a user's machine decides.
 */
class DefaultLocaleTest {
    @Test
    void numbersNamesAndCaseMappingIgnoreATurkishDefaultLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            Py.Result r = Py.run("""
                print(float("INFINITY"), float("-Inf"), float("NAN"), complex("INFJ"), float.fromhex("0X1P-2"))
                print("I".lower(), "i".upper(), "TITLE".title(), b"I".lower(), int("1E", 16))
                try:
                    compile("[x for x in y] = 1", "<s>", "exec")
                except SyntaxError as e:
                    print(e.msg)
                """);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("inf -inf nan infj 0.25\ni I Title b'i' 30\n"
                + "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?\n");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
