package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code gilspy run -} reads the program from stdin, as {@code python3 -} does. */
class StdinScriptTest {
    private static Py.Result run(byte[] stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Py.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dashRunsStdinWithArgvAndFileNameLikePython() {
        String program = "import sys\nprint(sys.argv, sys.path[0] == '', __name__, __file__)\n1/0\n";
        Py.Result r = run(program.getBytes(StandardCharsets.UTF_8), "-", "a", "b");
        // python3 - a b: ['-', 'a', 'b'] True __main__ <stdin>, then the traceback names <stdin>
        assertThat(r.out()).isEqualTo("['-', 'a', 'b'] True __main__ <stdin>\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("File \"<stdin>\", line 3, in <module>");
        assertThat(r.lastErrLine()).isEqualTo("ZeroDivisionError: division by zero");
    }

    @Test
    void stdinSourceIsDecodedAsUtf8() {
        // (python3 3.11 refuses a non-UTF-8 declaration on stdin, "encoding problem: iso-8859-1";
        // gilspy decodes it; that difference is not pinned here)
        byte[] program = "# coding: utf-8\nprint(ascii('caf\u00e9'))\n".getBytes(StandardCharsets.UTF_8);
        Py.Result r = run(program, "-");
        assertThat(r.out()).isEqualTo("'caf\\xe9'\n");
        assertThat(r.exit()).isZero();
    }
}
