package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    private static String out(String src) {
        Py.Result r = Py.run(src);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        return r.out();
    }

    @Test
    void smallIntsOverflowToBigIntegersAndBack() {
        assertThat(out("x = 2**62\nprint(x + x, (x + x) - x == x, type(x * 4).__name__, 9223372036854775807 + 1)\n"))
            .isEqualTo("9223372036854775808 True int 9223372036854775808\n");
        assertThat(out("print(-7 // 2, -7 % 2, 7 / 2, 2 ** -1, 10 ** 20 // 10 ** 19)\n")).isEqualTo("-4 1 3.5 0.5 10\n");
    }

    @Test
    void numbersOfDifferentTypesAreOneDictKey() {
        assertThat(out("d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\nprint(d, hash(1.0) == hash(1), 1 == 1.0 == True)\n"))
            .isEqualTo("{1: 'c'} True True\n");
    }

    @Test
    void dictsKeepInsertionOrder() {
        assertThat(out("d = {}\nfor k in 'zyx': d[k] = len(d)\ndel d['y']\nd['y'] = 9\nprint(list(d), list(d.items()))\n"))
            .isEqualTo("['z', 'x', 'y'] [('z', 0), ('x', 2), ('y', 9)]\n");
    }

    @Test
    void generatorsSendAndYieldFrom() {
        String src = """
            def inner():
                got = yield 'a'
                return got * 2
            def outer():
                r = yield from inner()
                yield r
            g = outer()
            print(next(g), g.send(21), list(g))
            """;
        assertThat(out(src)).isEqualTo("a 42 []\n");
    }

    @Test
    void generatorFinallyRunsOnClose() {
        String src = """
            def g():
                try:
                    yield 1
                    yield 2
                finally:
                    print('closed')
            it = g()
            print(next(it))
            it.close()
            """;
        assertThat(out(src)).isEqualTo("1\nclosed\n");
    }

    @Test
    void closuresWithNonlocalAndGlobal() {
        String src = """
            total = 0
            def counter():
                n = 0
                def inc():
                    nonlocal n
                    global total
                    n += 1
                    total += 10
                    return n
                return inc
            c = counter()
            c(); c()
            print(c(), total, [f() for f in [lambda i=i: i for i in range(3)]])
            """;
        assertThat(out(src)).isEqualTo("3 30 [0, 1, 2]\n");
    }

    @Test
    void classesFollowC3AndSuper() {
        String src = """
            class A:
                def who(self): return 'A'
            class B(A):
                def who(self): return 'B' + super().who()
            class C(A):
                def who(self): return 'C' + super().who()
            class D(B, C):
                def who(self): return 'D' + super().who()
            print(D().who(), [k.__name__ for k in D.__mro__])
            """;
        assertThat(out(src)).isEqualTo("DBCA ['D', 'B', 'C', 'A', 'object']\n");
    }

    @Test
    void exceptionsChainAndMatchByHierarchy() {
        String src = """
            try:
                try:
                    {}['k']
                except LookupError as e:
                    raise ValueError('v') from e
            except Exception as e:
                print(type(e).__name__, repr(e.__cause__), isinstance(e, ValueError))
            """;
        assertThat(out(src)).isEqualTo("ValueError KeyError('k') True\n");
    }

    @Test
    void uncaughtExceptionPrintsACpythonTraceback() {
        Py.Result r = Py.run("def f():\n    return 1 / 0\n\nf()\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Traceback (most recent call last):\n  File \"");
        assertThat(r.err()).contains("\", line 4, in <module>\n    f()\n");
        assertThat(r.err()).contains("\", line 2, in f\n    return 1 / 0\n");
        assertThat(r.err()).endsWith("ZeroDivisionError: division by zero\n");
    }

    @Test
    void recursionLimitRaisesRecursionError() {
        String src = """
            import sys
            def down(n): return down(n + 1)
            try:
                down(0)
            except RecursionError as e:
                print(e, sys.getrecursionlimit())
            """;
        assertThat(out(src)).isEqualTo("maximum recursion depth exceeded 1000\n");
    }

    @Test
    void sysExitCodesAndMessages() {
        assertThat(Py.run("import sys\nsys.exit(3)\n").exit()).isEqualTo(3);
        Py.Result r = Py.run("raise SystemExit('bye')\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("bye\n");
        assertThat(Py.run("import sys\nprint('x')\nsys.exit()\n").out()).isEqualTo("x\n");
    }

    @Test
    void syntaxErrorReportsFileLineAndExitsOne() {
        Py.Result r = Py.run("x = 1\nif x\n    pass\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("\", line 2\n");
        assertThat(r.lastErrLine()).isEqualTo("SyntaxError: expected ':'");
    }

    @Test
    void missingFileExitsTwoWithCpythonMessage() {
        Py.Result r = Py.runArgs("/nonexistent/dir/nothing.py");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("gilspy: can't open file '/nonexistent/dir/nothing.py': [Errno 2] No such file or directory\n");
    }

    @Test
    void nonUtf8SourceIsASyntaxError() throws IOException {
        Path file = Files.createTempFile("gilspy-latin1", ".py");
        try {
            Files.write(file, new byte[] {'x', ' ', '=', ' ', '\'', (byte) 0xe9, '\'', '\n'});
            Py.Result r = Py.runFile(file);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.lastErrLine()).startsWith("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ")
                .contains(" on line 1, but no encoding declared;");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badOptionIsAUsageError() {
        Py.Result r = Py.runArgs("--gil=sometimes", "x.py");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("gilspy: invalid GIL mode 'sometimes'");
    }

    @Test
    void formattingGoesThroughTheFormatContract() {
        assertThat(out("x = 3.5\nprint(f'{x!r} {x:.2f} {\"s\":>3}|', '{0}-{k}'.format(1, k=2), '%s=%d' % ('a', 5))\n"))
            .isEqualTo("3.5 3.50   s| 1-2 a=5\n");
    }

    @Test
    void dashCRunsCode() {
        Py.Result r = Py.runArgs("-c", "import sys; print(sys.argv, 6 * 7)", "arg");
        assertThat(r.out()).isEqualTo("['-c', 'arg'] 42\n");
    }
}
