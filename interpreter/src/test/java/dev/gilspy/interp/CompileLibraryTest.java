package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilspy.interp.parse.SyntaxError;
import dev.gilspy.interp.parse.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Interpreter#compileLibrary}: an import hands a module's tokens to the parse-ahead thread
 * (its import statements are the thread's next work) before it parses them, once, whichever way the
 * tokens came (lexed skipping bodies, or lexed again in full when the skipping lexer's tokens do not
 * parse).
 */
class CompileLibraryTest {
    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void theTokensGoOutOnceWithTheTokensTheCodeWasParsedFrom() {
        List<List<Token>> seen = new ArrayList<>();
        Interpreter.Compiled c = Interpreter.compileLibrary("import a\nfrom b import c\n\ndef f():\n    return 1\n", "<lib>", seen::add);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).isSameAs(c.tokens());
        assertThat(texts(seen.get(0))).contains("import", "a", "from", "b", "c");
    }

    @Test
    void theTokensGoOutBeforeTheParse() {
        // the parse fails: the thread has the module's imports all the same, so they were handed over first
        List<List<Token>> seen = new ArrayList<>();
        assertThatThrownBy(() -> Interpreter.compileLibrary("import a\nx = (1,\n", "<lib>", seen::add))
            .isInstanceOf(SyntaxError.class);
        assertThat(seen).hasSize(1);
        assertThat(texts(seen.get(0))).startsWith("import", "a");
    }
}
