package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.Sync;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static Code parse(String src) {
        Parser parser = new Parser(new Lexer(src, "t.py").tokenize(), "t.py", src);
        Code code = parser.parseModule().code();
        parser.resolveNames();
        return code;
    }

    private static SyntaxError error(String src) {
        try {
            parse(src);
        } catch (SyntaxError e) {
            return e;
        }
        throw new AssertionError("no SyntaxError for: " + src);
    }

    private static java.util.List<String> warnings(String src) {
        Parser parser = new Parser(new Lexer(src, "<w>").tokenize(), "<w>", src);
        parser.parseModule();
        return parser.warnings;
    }

    /** CPython's tokenizer (verify_end_of_number): a keyword touching a number warns, with the number's base. */
    @Test
    void aKeywordTouchingANumberWarnsOnce() {
        assertThat(warnings("x = 1if 1else 0\n")).containsExactly("<w>:1: SyntaxWarning: invalid decimal literal\n");
        assertThat(warnings("y = [0xfor q in 'ab']\n")).containsExactly("<w>:1: SyntaxWarning: invalid hexadecimal literal\n");
        assertThat(warnings("z = 0o7or 1\nw = 0b1and 1\n")).containsExactly(
            "<w>:1: SyntaxWarning: invalid octal literal\n", "<w>:2: SyntaxWarning: invalid binary literal\n");
        assertThat(warnings("x = 1 if 1 else 0\ny = 0x1\tor 1\nz = (1,\n  2)\nw = 1e5in()\n"))
            .containsExactly("<w>:5: SyntaxWarning: invalid decimal literal\n");
    }

    /** A lazy body's parser finds a line from its body's text: the same text as from the whole module's line index. */
    @Test
    void aLazyBodysParserCutsTheSameLinesAsTheModules() {
        String src = "import os\n\nclass C:\n    def f(self):\n        return 1if x else 2\n\ndef g():\n    pass";
        Parser whole = new Parser(java.util.List.of(), "m.py", src);
        Parser body = new Parser(java.util.List.of(), "m.py", src);
        body.textStartsAt(src.indexOf("    def f"), 4);
        for (int line = 4; line <= 9; line++) {
            assertThat(body.lineText(line)).as("line " + line).isEqualTo(whole.lineText(line));
        }
        assertThat(body.lineText(5)).isEqualTo("        return 1if x else 2");
        assertThat(body.lineText(8)).isEqualTo("    pass");
        assertThat(body.lineText(3)).as("before the body").isEmpty();
    }

    /** Frames of looping code are padded under free-threading (PyFrame.create); the parser marks it. */
    @Test
    void codeThatLoopsIsMarked() {
        assertThat(parse("while x:\n    x -= 1\n").loops).isTrue();
        assertThat(parse("for i in range(3):\n    pass\n").loops).isTrue();
        assertThat(parse("y = [i * i for i in range(3)]\n").loops).as("a comprehension loops in its enclosing frame").isTrue();
        assertThat(parse("x = 1\nprint(x)\n").loops).isFalse();
        assertThat(parse("def f():\n    while True:\n        pass\n").loops).as("the loop is f's, not the module's").isFalse();
    }

    @Test
    void loopingFramesArePaddedUnderFreeThreading() {
        Code looping = parse("while x:\n    x -= 1\n");
        Code straight = parse("x = 1\n");
        // switching it on is what any free-threaded test in this JVM does too; it is never switched off
        Sync.enableForFreeThreading();
        PyFrame padded = PyFrame.create(looping, null, null);
        assertThat(padded).isInstanceOf(PyFrame.Padded.class);
        assertThat(padded.slots).hasSize(looping.nslots + PyFrame.Padded.SLOTS);
        assertThat(PyFrame.create(straight, null, null)).isNotInstanceOf(PyFrame.Padded.class);
    }

    @Test
    void invalidSyntaxCarriesLineAndColumn() {
        SyntaxError e = error("x = 1\ny = = 2\n");
        assertThat(e.msg).isEqualTo("invalid syntax");
        assertThat(e.line).isEqualTo(2);
        assertThat(e.col).isEqualTo(5);
        assertThat(e.text).isEqualTo("y = = 2");
    }

    @Test
    void unclosedBracketIsNamed() {
        assertThat(error("print((1, 2)\n").msg).isEqualTo("'(' was never closed");
    }

    @Test
    void assignmentToACallIsRejected() {
        assertThat(error("f() = 1\n").msg).startsWith("cannot assign to function call");
    }

    @Test
    void missingBlockIsAnIndentationError() {
        SyntaxError e = error("def f():\nreturn 1\n");
        assertThat(e.typeName).isEqualTo("IndentationError");
        assertThat(e.msg).isEqualTo("expected an indented block after function definition on line 1");
        assertThat(e.line).isEqualTo(2);
    }

    @Test
    void returnOutsideFunction() {
        assertThat(error("return 1\n").msg).isEqualTo("'return' outside function");
    }

    @Test
    void yieldParsesInsideExpressionsButNotBareInArguments() {
        parse("def g():\n    print((yield 1), 1 + (yield), (yield from x) if 0 else 0)\n");
        assertThat(error("def g():\n    print(yield 1)\n").msg).contains("invalid syntax");
        assertThat(error("x = (yield)\n").msg).contains("'yield' outside function");
        assertThat(error("def g():\n    await x\n").msg).contains("'await' outside async function");
    }

    @Test
    void localsBecomeSlotsAndCapturedOnesCells() {
        Code module = parse("def f(a):\n    b = a\n    def g():\n        return b\n    return g\n");
        assertThat(module.nslots).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> parse("nonlocal x\n")).isInstanceOf(SyntaxError.class);
    }
}
