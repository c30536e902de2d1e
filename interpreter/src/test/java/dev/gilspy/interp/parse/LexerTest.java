package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token.Kind> kinds(String src) {
        return new Lexer(src, "t.py").tokenize().stream().map(Token::kind).toList();
    }

    @Test
    void indentAndDedentAroundABlock() {
        assertThat(kinds("if x:\n    y\nz\n")).containsExactly(
            Token.Kind.NAME, Token.Kind.NAME, Token.Kind.OP, Token.Kind.NEWLINE,
            Token.Kind.INDENT, Token.Kind.NAME, Token.Kind.NEWLINE,
            Token.Kind.DEDENT, Token.Kind.NAME, Token.Kind.NEWLINE, Token.Kind.EOF);
    }

    @Test
    void bracketsJoinLinesAndCommentsVanish() {
        assertThat(kinds("f(1,\n  2)  # comment\n")).containsExactly(
            Token.Kind.NAME, Token.Kind.OP, Token.Kind.INT, Token.Kind.OP, Token.Kind.INT, Token.Kind.OP,
            Token.Kind.NEWLINE, Token.Kind.EOF);
    }

    @Test
    void badDedentIsAnIndentationErrorWithItsLine() {
        assertThatThrownBy(() -> new Lexer("if x:\n    a\n  b\n", "t.py").tokenize())
            .isInstanceOfSatisfying(SyntaxError.class, e -> {
                assertThat(e.typeName).isEqualTo("IndentationError");
                assertThat(e.msg).isEqualTo("unindent does not match any outer indentation level");
                assertThat(e.line).isEqualTo(3);
            });
    }

    @Test
    void tabsCountToTheNextMultipleOfEightButMixingIsATabError() {
        assertThat(kinds("if x:\n\ty\n")).contains(Token.Kind.INDENT);
        assertThatThrownBy(() -> new Lexer("if x:\n\ty\n        z\n", "t.py").tokenize())
            .isInstanceOfSatisfying(SyntaxError.class, e -> assertThat(e.typeName).isEqualTo("TabError"));
    }

    @Test
    void literalsDecode() {
        List<Token> t = new Lexer("0x1f 1_000 2.5e3 'a\\n' r'a\\n' b'\\x41' 123456789012345678901234567890\n", "t.py").tokenize();
        assertThat(t.get(0).value()).isEqualTo(31L);
        assertThat(t.get(1).value()).isEqualTo(1000L);
        assertThat(t.get(2).value()).isEqualTo(2500.0);
        assertThat(t.get(3).value()).isEqualTo("a\n");
        assertThat(t.get(4).value()).isEqualTo("a\\n");
        assertThat(t.get(5).value()).isEqualTo("A");
        assertThat(t.get(6).value()).isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
    }

    @Test
    void unterminatedStringReportsItsLine() {
        assertThatThrownBy(() -> new Lexer("x = 1\ny = 'abc\n", "t.py").tokenize())
            .isInstanceOfSatisfying(SyntaxError.class, e -> {
                assertThat(e.msg).startsWith("unterminated string literal");
                assertThat(e.line).isEqualTo(2);
            });
    }
}
