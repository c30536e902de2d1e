package dev.gilspy.interp.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gilspy.interp.runtime.PyException;

/**
 * Issue 16: any source text lexes, parses and resolves, or fails with a Python exception (a
 * {@code SyntaxError} with its position, or another Python error); never a Java exception, a hang or
 * a StackOverflowError. In {@code mvn verify} it fuzzes for a fixed budget (this module's surefire
 * execution {@code fuzz} sets JAZZER_FUZZ, in a JVM of its own: see the pom), half the time from Python's own tokens so that the fuzzer gets past the lexer.
 * A longer run: {@code JAZZER_FUZZ=1 mvn -pl interpreter test -Dtest=ParserFuzzTest
 * -Djazzer.max_duration=10m}. Inputs it finds go into {@code ParserFuzzTestInputs/} and are replayed.
 */
class ParserFuzzTest {
    private static final String[] TOKENS = {"def ", "class ", "if ", "elif ", "else", "while ", "for ", " in ", "try",
        "except ", "finally", "with ", " as ", "return ", "yield ", "lambda ", "import ", "from ", "global ", "nonlocal ",
        "async ", "await ", "match ", "case ", "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**",
        "/", "//", "%", "@", "<", ">", "!=", "not ", "and ", "or ", "is ", "x", "y", "f", "1", "2.5", "1j", "0x1f",
        "'s'", "\"s\"", "f'{x}'", "b'b'", "'''", "\\", "#c", "\n", "    ", "\t", ";", "...", "*args", "**kw", "->"};

    @FuzzTest(maxDuration = "20s")
    void anySourceParsesOrRaisesAPythonError(FuzzedDataProvider data) {
        String source;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder();
            int n = data.consumeInt(0, 60);
            for (int i = 0; i < n; i++) {
                b.append(data.consumeBoolean() ? data.pickValue(TOKENS) : data.consumeString(4));
            }
            source = b.toString();
        } else {
            source = data.consumeRemainingAsString();
        }
        try {
            Parser parser = new Parser(new Lexer(source, "<fuzz>").tokenize(), "<fuzz>", source);
            parser.parseModule();
            parser.resolveNames();
        } catch (SyntaxError | PyException e) {
            // a Python error: what CPython gives for bad source too
        }
    }
}
