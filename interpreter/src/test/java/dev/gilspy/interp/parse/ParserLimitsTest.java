package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pathological nesting is refused as CPython refuses it, and quickly (issue 16). */
class ParserLimitsTest {
    private static void parse(String src) {
        Parser parser = new Parser(new Lexer(src, "t.py").tokenize(), "t.py", src);
        parser.parseModule();
        parser.resolveNames();
    }

    @Test
    void twoHundredNestedBracketsAreAccepted() {
        parse("(".repeat(200) + ")".repeat(200) + "\n");
        parse("[".repeat(200) + "]".repeat(200) + "\n");
    }

    @Test
    void deeperNestingIsRefusedAtTheBracketPastTwoHundred() {
        // python3: SyntaxError: too many nested parentheses, lineno 1, offset 201
        for (String open : new String[] {"(", "[", "{"}) {
            assertThatThrownBy(() -> parse(open.repeat(201) + "\n"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.msg).isEqualTo("too many nested parentheses");
                    assertThat(e.line).isEqualTo(1);
                    assertThat(e.col).isEqualTo(201);
                });
        }
        assertThatThrownBy(() -> parse("x = 1\ny = " + "(".repeat(150) + "\n" + "[".repeat(60) + "\n"))
            .isInstanceOfSatisfying(SyntaxError.class, e -> {
                assertThat(e.line).isEqualTo(3);
                assertThat(e.col).isEqualTo(51);
            });
    }

    @Test
    void hundredThousandParenthesesAreRefusedAtOnce() {
        long t0 = System.nanoTime();
        String src = "(".repeat(100_000) + ")".repeat(100_000) + "\n";
        assertThatThrownBy(() -> parse(src)).isInstanceOf(SyntaxError.class).hasMessageContaining("too many nested parentheses");
        // was 53 s (quadratic); the refusal is immediate, so 2 s is a wide margin on a loaded machine
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
    }
}
