package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code pickle.dumps(x, p)} through the Java {@code _pickle} gives CPython's bytes, byte for byte:
 * the same table of values is pickled at every protocol by gilspy and by the live python3.
 */
class PickleBytesTest {
    /** Python expressions; each line of output is "index protocol hex". */
    private static final List<String> VALUES = List.of(
        "None", "True", "False", "0", "1", "-1", "255", "256", "65535", "65536", "-2**31", "2**31 - 1", "2**31", "-2**31 - 1",
        "2**63", "-2**63", "10**30", "-10**30", "0.0", "-0.0", "1.5", "1e300", "float('inf')", "3.141592653589793",
        "''", "'a'", "'h\\u00e9llo'", "'\\u65e5\\u672c'", "'\\U0001f600'", "'a\\nb\\\\c\\r\\x00'", "'x' * 300",
        "b''", "b'abc'", "b'\\x00\\xff' * 200", "bytearray(b'xy')", "bytearray()",
        "()", "(1,)", "(1, 2)", "(1, 2, 3)", "(1, 2, 3, 4)", "[]", "[1]", "list(range(2500))",
        "{}", "{'a': 1}", "{i: str(i) for i in range(1500)}", "{1, 2, 3}", "frozenset([1, 2])", "set()", "frozenset()",
        "[shared, shared, (shared,)]", "Pt(1, 'two')", "Sl()", "Lst([1, 2])", "Dct(a=1)", "1j", "complex(1, -2)",
        "range(1, 10, 2)", "slice(1, None)", "len", "Pt", "int", "type(None)", "ValueError('bad', 3)", "KeyError('k')",
        "collections.OrderedDict(a=1)", "collections.deque([1, 2])", "collections.defaultdict(list, a=[1])",
        "['z' * 70000]", "b'q' * 70000", "[{'id': i, 'name': 'n%d' % i, 'v': i / 2} for i in range(3000)]",
        "[(i, -i, str(i)) for i in range(100)]", "[[[[['deep']]]]]", "((), [], {}, ((),))");

    private static final String PRELUDE = String.join("\n",
        "import pickle, collections, zlib",
        "class Pt:",
        "    def __init__(self, x, y): self.x, self.y = x, y",
        "class Sl:",
        "    __slots__ = ('a', 'b')",
        "    def __init__(self): self.a = 1; self.b = 'z'",
        "class Lst(list): pass",
        "class Dct(dict): pass",
        "shared = [1, 2]",
        "def show(i, v):",
        "    for p in range(6):",
        "        try:",
        "            b = pickle.dumps(v, p)",
        "        except Exception as e:",
        "            print(i, p, type(e).__name__, e)",
        "            continue",
        "        print(i, p, b.hex() if len(b) < 400 else '%d:%d' % (len(b), zlib.crc32(b)))",
        "");

    private static String script() {
        StringBuilder sb = new StringBuilder(PRELUDE);
        for (int i = 0; i < VALUES.size(); i++) {
            sb.append("show(").append(i).append(", ").append(VALUES.get(i)).append(")\n");
        }
        return sb.toString();
    }

    private static String cpython(Path file) throws IOException, InterruptedException {
        Process proc;
        try {
            proc = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        byte[] out = proc.getInputStream().readAllBytes();
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(proc.exitValue()).as("python3 exit status; output:\n%s", text).isZero();
        return text;
    }

    @Test
    void dumpsGivesCPythonsBytesForATableOfValues() throws Exception {
        Path file = Files.createTempFile("pickle-bytes", ".py");
        try {
            Files.writeString(file, script());
            String expected = cpython(file);
            assumeTrue(expected != null && !expected.isEmpty(), "python3 (CPython 3.11) is needed to compare with");
            Py.Result r = Py.runFile(file);
            assertThat(r.err()).isEmpty();
            String[] got = r.out().split("\n");
            String[] want = expected.split("\n");
            assertThat(got.length).isEqualTo(want.length);
            for (int i = 0; i < want.length; i++) {
                String[] head = want[i].split(" ", 3);
                String value = VALUES.get(Integer.parseInt(head[0]));
                assertThat(got[i]).as("pickle.dumps(%s, %s)", value, head[1]).isEqualTo(want[i]);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
