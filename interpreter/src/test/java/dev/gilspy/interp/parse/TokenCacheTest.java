package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's token tables ({@link TokenCache}) against the lexer: every shipped module (CPython's
 * {@code Lib/} and gilspy's own) has a table in the classes directory, and it gives exactly the tokens
 * the lexer gives its source now (kind, text, value, line, column); a table is refused for any other
 * source.
 */
class TokenCacheTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path LIB = CLASSES.resolve("dev/gilspy/interp");

    @Test
    void everyShippedModuleHasATableThatGivesTheLexersTokens() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : new String[] {"cpython", "lib"}) {
            try (Stream<Path> s = Files.walk(LIB.resolve(root))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".py")).sorted().toList());
            }
        }
        assertThat(files).hasSizeGreaterThan(300);
        int compared = 0;
        for (Path f : files) {
            String res = "/" + CLASSES.relativize(f).toString().replace('\\', '/');
            String table = TokenCache.tableOf(res);
            assertThat(table).as(res).isNotNull();
            Path tf = CLASSES.resolve(table.substring(1));
            String src = TokenCache.unambiguousSource(Files.readAllBytes(f));
            if (src == null) {
                assertThat(tf).as("table of " + res + ", whose text depends on its declared coding").doesNotExist();
                continue;
            }
            assertThat(tf).as("table of " + res).exists();
            List<Token> fresh = TokenCache.lex(src, res);
            List<Token> cached = TokenCache.tokens(Files.readAllBytes(tf), src);
            assertThat(cached).as(res).isNotNull();
            assertThat(cached).as(res).hasSameSizeAs(fresh);
            for (int i = 0; i < fresh.size(); i++) {
                assertSame(res, fresh.get(i), cached.get(i));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(files.size() * 9 / 10);
    }

    @Test
    void aTableRoundTripsEveryKindOfValue() {
        String src = "x = 0x1f + 10**0 + 123456789012345678901234567890 + 1.5e3 + 2j\n"
            + "s = 'a\\tb' r'c\\d' b'\\x00' f'{x!r}' rb'z'\n"
            + "class C:\n    def f(self):\n        '''doc'''\n        return [1,\n 2]\n";
        List<Token> fresh = TokenCache.lex(src, "t.py");
        List<Token> cached = TokenCache.tokens(TokenCache.write(fresh, src), src);
        assertThat(cached).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            assertSame("t.py", fresh.get(i), cached.get(i));
        }
        assertThat(fresh).anyMatch(t -> t.kind() == Token.Kind.SKIPPED);
    }

    @Test
    void aTableIsRefusedForOtherSource() {
        String src = "def f():\n    return 1\n";
        byte[] table = TokenCache.write(TokenCache.lex(src, "t.py"), src);
        assertThat(TokenCache.tokens(table, src)).isNotNull();
        assertThat(TokenCache.tokens(table, src.replace("1", "2"))).isNull();
        assertThat(TokenCache.tokens(table, src + "\n")).isNull();
        assertThat(TokenCache.tokens(Arrays.copyOf(table, table.length - 1), src)).isNull();
        assertThat(TokenCache.tokens(new byte[3], src)).isNull();
    }

    @Test
    void aFileWithADeclaredCodingAndNonAsciiTextGetsNoTable() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(TokenCache.unambiguousSource(latin1)).isNull();
        byte[] utf8 = "s = '\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TokenCache.unambiguousSource(utf8)).isEqualTo("s = '\u00e9'\n");
        byte[] bad = {'s', '=', '\'', (byte) 0xe9, '\'', '\n'};
        assertThat(TokenCache.unambiguousSource(bad)).isNull();
        assertThat(TokenCache.unambiguousSource("# coding: ascii\nx = 1\n".getBytes())).isEqualTo("# coding: ascii\nx = 1\n");
    }

    private static void assertSame(String file, Token a, Token b) {
        String where = file + " " + a;
        assertThat(b.kind()).as(where).isEqualTo(a.kind());
        assertThat(b.text()).as(where).isEqualTo(a.text());
        assertThat(b.line()).as(where).isEqualTo(a.line());
        assertThat(b.col()).as(where).isEqualTo(a.col());
        Object x = a.value();
        Object y = b.value();
        if (x instanceof int[] r) {
            assertThat(y).as(where).isInstanceOf(int[].class);
            assertThat((int[]) y).as(where).containsExactly(r);
        } else {
            assertThat(y == null ? null : y.getClass()).as(where).isEqualTo(x == null ? null : x.getClass());
            assertThat(Objects.equals(x, y)).as(where + " value " + x + " / " + y).isTrue();
        }
    }
}
