package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.runtime.CompileError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Nesting deep enough to exhaust the parser's stack is CPython's RecursionError, never a StackOverflowError. */
class CompileLimitsTest {
    @Test
    void deepUnaryChainOnASmallStackIsARecursionError() throws Exception {
        // 256 KB runs out long before the parser's own MemoryError limit (5968 levels, several frames each)
        Interpreter interp = new Interpreter(GilMode.ON, new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), false);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread th = new Thread(null, () -> {
            try {
                interp.compile("x = " + "not ".repeat(100_000) + "y\n", "t.py");
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 256 * 1024);
        th.start();
        th.join();
        assertThat(thrown.get()).isInstanceOf(CompileError.class);
        CompileError e = (CompileError) thrown.get();
        // RecursionError when the stack runs out first, else the parser's own MemoryError at 5968 levels
        assertThat(e.typeName).isIn("RecursionError", "MemoryError");
    }
}
