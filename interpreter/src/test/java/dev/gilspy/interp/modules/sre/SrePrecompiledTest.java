package dev.gilspy.interp.modules.sre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The precompiled patterns ({@link SrePrecompiled}): the table is what gilspy's own re._parser and
 * re._compiler give each entry today (tools/re_table.py --keys recomputes them), and re.compile
 * answered from the table makes the pattern CPython's compile makes (equal to the same pattern
 * compiled through the Python compiler, which a str or bytes subclass still takes).
 */
class SrePrecompiledTest {
    private static String table() throws Exception {
        try (InputStream in = SrePrecompiled.class.getResourceAsStream(SrePrecompiled.RESOURCE)) {
            assertThat(in).as("the table is on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static Path tool() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("tools/re_table.py"))) {
                return d.resolve("tools/re_table.py");
            }
        }
        throw new AssertionError("tools/re_table.py not found above " + Path.of("").toAbsolutePath());
    }

    private static String[] run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static Path keys(String table) throws Exception {
        List<String> keys = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] f = line.split(" ");
            keys.add(f[0] + " " + f[1] + " " + f[2]);
        }
        Path file = Files.createTempFile("re-keys", ".txt");
        Files.write(file, keys);
        return file;
    }

    @Test
    void theTableIsWhatGilspysCompilerGives() throws Exception {
        String table = table();
        assertThat(table.split("\n").length).isGreaterThanOrEqualTo(20);
        Path keys = keys(table);
        try {
            String[] r = run(tool().toString(), "--keys", keys.toString());
            assertThat(r[2]).isEmpty();
            assertThat(r[0]).isEqualTo("0");
            assertThat(r[1]).as("stale: rebuild (the pom runs tools/re_table.py)").isEqualTo(table);
        } finally {
            Files.deleteIfExists(keys);
        }
    }

    @Test
    void compileFromTheTableEqualsCompileInPython() throws Exception {
        Path keys = keys(table());
        Path script = Files.createTempFile("re-check", ".py");
        try {
            Files.writeString(script, """
                import re, sys
                class S(str): pass
                class B(bytes): pass
                n = 0
                for line in open(sys.argv[1]):
                    kind, flags, hexp = line.split()
                    raw = bytes.fromhex(hexp)
                    p = raw.decode("utf-8") if kind == "s" else raw
                    flags = int(flags)
                    fast = re._compiler.compile(p, flags)
                    slow = re._compiler.compile(S(p) if kind == "s" else B(p), flags)
                    assert type(slow.pattern) is not type(p)
                    assert fast.pattern is p, p
                    assert fast == slow, p
                    assert (fast.flags, fast.groups, fast.groupindex) == (slow.flags, slow.groups, slow.groupindex), p
                    n += 1
                print(n)
                m = re.compile(r"(?P<int>-?\\d+)(?P<frac>\\.\\d+)?").match("-12.5x")
                print(m.groupdict(), re.compile(r"(?P<int>-?\\d+)").groupindex)
                """);
            long before = SrePrecompiled.HITS.get();
            String[] r = run(script.toString(), keys.toString());
            assertThat(r[2]).isEmpty();
            assertThat(r[1]).isEqualTo(table().split("\n").length + "\n"
                + "{'int': '-12', 'frac': '.5'} {'int': 1}\n");
            assertThat(SrePrecompiled.HITS.get() - before).as("answered from the table")
                .isGreaterThanOrEqualTo(table().split("\n").length);
        } finally {
            Files.deleteIfExists(keys);
            Files.deleteIfExists(script);
        }
    }
}
