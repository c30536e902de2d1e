package dev.gilspy.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.GilState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API, in-process: values both ways, errors, and calls from many Java threads. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EmbeddedTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Embedded py;

    @BeforeEach
    void start() {
        py = Embedded.create(GilMode.ON, System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    }

    @AfterEach
    void stop() {
        py.close();
    }

    @Test
    void valuesCrossBothWays() {
        py.exec("def echo(x):\n    return x\n"
            + "def describe(x):\n    return type(x).__name__\n");
        Embedded.Function echo = py.function("echo");
        Embedded.Function describe = py.function("describe");
        assertEquals(42L, echo.call(42));
        assertEquals("int", describe.call(42));
        assertEquals(2.5, echo.call(2.5));
        assertEquals("float", describe.call(2.5f));
        assertEquals("héllo", echo.call("héllo"));
        assertEquals(true, echo.call(true));
        assertEquals("bool", describe.call(false));
        assertNull(echo.call((Object) null));
        assertEquals("NoneType", describe.call((Object) null));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", List.of(1, 2L, "x"));
        map.put("b", null);
        Map<?, ?> back = (Map<?, ?>) echo.call(map);
        assertTrue(back.containsKey("b") && back.get("b") == null, back.toString());
        assertEquals(Map.of("a", List.of(1L, 2L, "x")), withoutNulls(back));
        assertEquals("dict", describe.call(map));
        assertEquals("list", describe.call(List.of()));
        assertEquals("tuple", describe.call((Object) new Object[] {1, 2}));
        assertEquals(new BigInteger("1267650600228229401496703205376"), py.call("pow", 2, 100));
    }

    @Test
    void pythonBuiltinsAndGlobalsAreReachable() {
        py.set("limit", 10);
        py.exec("total = sum(range(limit))\nprint('total', total)\n");
        assertEquals(45L, py.get("total"));
        assertNull(py.get("no_such_name"));
        py.close();
        assertEquals("total 45\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonErrorsBecomeJavaExceptionsWithTheirTraceback() {
        py.exec("def boom(n):\n    return 1 // n\n", "boom.py");
        Embedded.PythonError e = assertThrows(Embedded.PythonError.class, () -> py.call("boom", 0));
        assertEquals("ZeroDivisionError", e.type());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        assertTrue(e.traceback().contains("File \"boom.py\", line 2, in boom"), e.traceback());
        assertEquals("NameError", assertThrows(Embedded.PythonError.class, () -> py.function("missing")).type());
        Embedded.PythonError syntax = assertThrows(Embedded.PythonError.class, () -> py.exec("def (:\n", "bad.py"));
        assertEquals("SyntaxError", syntax.type());
        assertTrue(syntax.getMessage().contains("bad.py, line 1"), syntax.getMessage());
        // after an error the GIL is free again
        assertFalse(GilState.check(py.gil()));
        assertEquals(1L, py.call("boom", 1));
    }

    @Test
    void badJavaInputsAreRejectedClearly() {
        py.exec("def echo(x):\n    return x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> py.call("echo", new Thread()));
        assertEquals("cannot convert java.lang.Thread to a Python value", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Embedded.create(null));
        assertThrows(IllegalArgumentException.class, () -> py.setSwitchInterval(0));
        assertThrows(IllegalArgumentException.class, () -> py.runFile(Path.of("/no/such/file.py")));
        py.close();
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> py.call("echo", 1));
        assertTrue(closed.getMessage().endsWith("is closed"), closed.getMessage());
    }

    @Test
    void runFileSetsArgvAndFile(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("script.py");
        Files.writeString(script, "import sys\nargs = sys.argv[1:]\nname = __file__\n");
        py.runFile(script, "a", "b");
        assertEquals(List.of("a", "b"), py.get("args"));
        assertEquals(script.toAbsolutePath().normalize().toString(), py.get("name"));
    }

    @Test
    void manyJavaThreadsTakeTurnsOnTheGilAndGetTheirOwnAnswers() throws Exception {
        py.exec("def work(k):\n    s = 0\n    for i in range(20000):\n        s += i % (k + 1)\n    return [k, s]\n");
        Embedded.Function work = py.function("work");
        ExecutorService plain = Executors.newFixedThreadPool(4);
        ExecutorService attached = Executors.newFixedThreadPool(4, py.threadFactory("worker"));
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int k = 0; k < 32; k++) {
                int kk = k;
                futures.add((k % 2 == 0 ? plain : attached).submit(() -> work.call(kk)));
            }
            for (int k = 0; k < 32; k++) {
                long expected = 0;
                for (int i = 0; i < 20000; i++) {
                    expected += i % (k + 1);
                }
                assertEquals(List.of((long) k, expected), futures.get(k).get());
            }
        } finally {
            plain.shutdown();
            attached.shutdown();
        }
        assertFalse(GilState.check(py.gil()));
    }

    @Test
    void pythonThreadsStartedFromJavaRunBesideJavaCallers() {
        py.exec("import threading\nresult = []\n"
            + "t = threading.Thread(target=lambda: result.append(sum(range(1000))))\nt.start()\n");
        py.exec("t.join()\n");
        assertEquals(List.of(499500L), py.get("result"));
    }

    private static Object withoutNulls(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> {
                if (x != null) {
                    out.put(k, withoutNulls(x));
                }
            });
            return out;
        }
        return v;
    }
}
