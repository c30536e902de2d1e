package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Pathological nesting is refused as CPython refuses it, and quickly (issue 16). */
class ParserLimitsTest {
    private static void parse(String src) {
        Parser parser = new Parser(new Lexer(src, "t.py").tokenize(), "t.py", src);
        parser.parseModule();
        parser.resolveNames();
    }

    private static void onLargeStack(Runnable r) {
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "large-stack", 512L * 1024 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (thrown[0] != null) {
            throw new AssertionError(thrown[0]);
        }
    }

    @Test
    void twoHundredNestedBracketsAreAccepted() {
        onLargeStack(() -> {
            parse("(".repeat(200) + ")".repeat(200) + "\n");
            parse("[".repeat(200) + "]".repeat(200) + "\n");
        });
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
        long t0 = cpuNanos();
        String src = "(".repeat(100_000) + ")".repeat(100_000) + "\n";
        assertThatThrownBy(() -> parse(src)).isInstanceOf(SyntaxError.class).hasMessageContaining("too many nested parentheses");
        // was 53 s (quadratic); the refusal is immediate
        assertLinear(t0, src.length());
    }

    private static String nest(String head, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(" ".repeat(i)).append(head).append('\n');
        }
        return sb.append(" ".repeat(n)).append("pass\n").toString();
    }

    @Test
    void twentyNestedBlocksAreTheLimit() {
        parse(nest("for x in y:", 20));
        parse(nest("with x:", 20));
        // python3: SyntaxError: too many statically nested blocks, lineno 21, offset 21
        for (String head : new String[] {"for x in y:", "while x:", "with x:"}) {
            assertThatThrownBy(() -> parse(nest(head, 21)))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.msg).isEqualTo("too many statically nested blocks");
                    assertThat(e.line).isEqualTo(21);
                    assertThat(e.col).isEqualTo(21);
                });
        }
        // a function body counts its own blocks, as CPython's compiler units do
        parse(nest("for x in y:", 15) + " ".repeat(15) + "def f():\n" + nest("while x:", 15).indent(16));
    }

    @Test
    void ninetyNineIndentationLevelsAreTheLimit() {
        parse(nest("if x:", 99));
        // python3: IndentationError: too many levels of indentation, lineno 101, offset 1 (the 100th level)
        assertThatThrownBy(() -> parse(nest("if x:", 100)))
            .isInstanceOfSatisfying(SyntaxError.class, e -> {
                assertThat(e.typeName).isEqualTo("IndentationError");
                assertThat(e.msg).isEqualTo("too many levels of indentation");
                assertThat(e.line).isEqualTo(101);
                assertThat(e.col).isEqualTo(1);
            });
    }

    @Test
    void deeplyNestedLambdasAreAMemoryErrorQuickly() {
        // gilspy's main thread has a large stack (Main.MAIN_STACK); the test thread's may not
        onLargeStack(() -> {
            parse("f = " + "lambda: ".repeat(2983) + "1\n");
            long t0 = cpuNanos();
            // python3: MemoryError (its parser stack); 100k used to exhaust gilspy's heap
            assertThatThrownBy(() -> parse("f = " + "lambda: ".repeat(100_000) + "1\n"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> assertThat(e.typeName).isEqualTo("MemoryError"));
            assertLinear(t0, 800_000);
        });
    }

    @Test
    void longUnaryAndConditionalChainsAreRecursionOrMemoryErrors() {
        onLargeStack(() -> {
            for (String unit : new String[] {"not ", "-", "a if b else "}) {
                parse("x = " + unit.repeat(2992) + "a\n");
                // python3: RecursionError from 2993 levels, MemoryError from 5968
                assertThatThrownBy(() -> parse("x = " + unit.repeat(2993) + "a\n"))
                    .isInstanceOfSatisfying(SyntaxError.class, e -> {
                        assertThat(e.typeName).isEqualTo("RecursionError");
                        assertThat(e.msg).isEqualTo("maximum recursion depth exceeded during compilation");
                    });
                long t0 = cpuNanos();
                assertThatThrownBy(() -> parse("x = " + unit.repeat(100_000) + "a\n"))
                    .isInstanceOfSatisfying(SyntaxError.class, e -> assertThat(e.typeName).isEqualTo("MemoryError"));
                assertLinear(t0, unit.length() * 100_000);
            }
        });
    }

    @Test
    void runningOutOfStackIsARecursionErrorNotAStackOverflowError() throws Exception {
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                parse("x = " + "(".repeat(200) + ")".repeat(200) + "\n");
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 64 * 1024);
        t.start();
        t.join();
        assertThat(thrown[0]).isInstanceOfSatisfying(SyntaxError.class, e -> {
            assertThat(e.typeName).isEqualTo("RecursionError");
            assertThat(e.msg).isEqualTo("maximum recursion depth exceeded during compilation");
        });
    }

    /**
     * The refusal that started at {@code t0} took no longer than a few parses of an ordinary program of
     * the same size, measured now on the same machine: linear, not the quadratic tens of seconds these
     * inputs once cost. At least 2 s of margin either way. Both are this thread's CPU time, so that the
     * time a loaded machine keeps the thread off a core (load 30 on 2 cores: seconds) counts in neither.
     */
    private static void assertLinear(long t0, int chars) {
        long refusal = (cpuNanos() - t0) / 1_000_000;
        long c0 = cpuNanos();
        parse("a = 1\n".repeat(Math.max(1, chars / 6)));
        long control = (cpuNanos() - c0) / 1_000_000;
        assertThat(refusal).as("refusal %d ms vs an ordinary parse of the same size %d ms (thread CPU)", refusal, control)
            .isLessThan(Math.max(2000, 10 * control));
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
