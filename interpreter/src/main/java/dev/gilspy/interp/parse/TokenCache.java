package dev.gilspy.interp.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shipped library's tokens, lexed at build time: what {@code new Lexer(source, file)
 * .skippingBodies(true).tokenize()} gives each library module, in a compact binary form that one
 * small loop reads back.
 *
 * <p>Start-up lexed the library's source on every run (the everyday import line: ~90 modules, 2 MB
 * of text), on a cold JVM, mostly in the bytecode interpreter: the lexer was about a seventh of the
 * main thread, and its many methods kept C1 busy. Reading the same tokens from a table is one tight
 * loop the JIT compiles at once.
 *
 * <p>Written by {@link #main} during the build (the interpreter's {@code pom.xml}, after compiling)
 * from the library unpacked into the classes directory, one resource per module under
 * {@code dev/gilspy/interp/tokens/} (beside the library, not in it: a package's resource listing
 * stays the library's). Never stale: each file carries the format version, the length of the source
 * it came from and a sample of that source's characters, and the reader refuses (returns null, and
 * the caller lexes) a table whose header does not match the source it is asked for; the build writes
 * the tables anew from the lexer just compiled, and {@code TokenCacheTest} checks that every table
 * in the classes directory gives exactly the tokens the lexer gives now.
 */
public final class TokenCache {
    private TokenCache() {}

    private static final int MAGIC = 0x67746f6b; // "gtok"
    /** Bump on any change of this format. */
    private static final int VERSION = 1;

    /** Where the tables are, relative to the classes root (the library's own roots are beside it). */
    public static final String ROOT = "dev/gilspy/interp/tokens";

    private static final Token.Kind[] KINDS = Token.Kind.values();

    // value tags
    private static final int V_NULL = 0;
    private static final int V_LONG = 1;
    private static final int V_BIG = 2;
    private static final int V_DOUBLE = 3;
    private static final int V_IMAG = 4;
    private static final int V_STR_TEXT = 5; // a string whose value is its text
    private static final int V_STR = 6;
    private static final int V_TRUE = 7;
    private static final int V_FALSE = 8;
    private static final int V_RANGE = 9;

    /** A check of the source a table was written from: its length's and some of its characters'. */
    static int sample(String source) {
        int n = source.length();
        int h = n;
        int step = Math.max(1, n / 64);
        for (int i = 0; i < n; i += step) {
            h = 31 * h + source.charAt(i);
        }
        return n == 0 ? h : 31 * h + source.charAt(n - 1);
    }

    /** The table of {@code tokens}, lexed from {@code source}. */
    static byte[] write(List<Token> tokens, String source) {
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Out body = new Out();
        int prevLine = 1;
        for (Token t : tokens) {
            body.u(t.kind().ordinal());
            body.zig(t.line() - prevLine);
            prevLine = t.line();
            body.zig(t.col());
            body.u(intern(t.text(), index, strings));
            Object v = t.value();
            if (v == null) {
                body.u(V_NULL);
            } else if (v instanceof Long l) {
                body.u(V_LONG);
                body.zigLong(l);
            } else if (v instanceof BigInteger b) {
                body.u(V_BIG);
                body.u(intern(b.toString(), index, strings));
            } else if (v instanceof Double d) {
                body.u(V_DOUBLE);
                body.zigLong(Double.doubleToRawLongBits(d));
            } else if (v instanceof Imaginary im) {
                body.u(V_IMAG);
                body.zigLong(Double.doubleToRawLongBits(im.value()));
            } else if (v instanceof String s) {
                if (s.equals(t.text())) {
                    body.u(V_STR_TEXT);
                } else {
                    body.u(V_STR);
                    body.u(intern(s, index, strings));
                }
            } else if (v instanceof Boolean b) {
                body.u(b ? V_TRUE : V_FALSE);
            } else if (v instanceof int[] r && r.length == 2) {
                body.u(V_RANGE);
                body.u(r[0]);
                body.u(r[1]);
            } else {
                throw new IllegalArgumentException("token value " + v.getClass() + " has no table form");
            }
        }
        // the strings as one text: decoded at once, then cut
        StringBuilder all = new StringBuilder();
        Out head = new Out();
        head.i32(MAGIC);
        head.i32(VERSION);
        head.i32(source.length());
        head.i32(sample(source));
        head.u(strings.size());
        for (String s : strings) {
            head.u(s.length());
            all.append(s);
        }
        byte[] text = all.toString().getBytes(StandardCharsets.UTF_8);
        head.u(all.length());
        head.u(text.length);
        head.bytes(text);
        head.u(tokens.size());
        head.bytes(body.toByteArray());
        return head.toByteArray();
    }

    private static int intern(String s, Map<String, Integer> index, List<String> strings) {
        Integer i = index.get(s);
        if (i == null) {
            i = strings.size();
            strings.add(s);
            index.put(s, i);
        }
        return i;
    }

    /** The tokens of table {@code data} if it was written from {@code source}, else null. */
    static List<Token> read(byte[] data, String source) {
        In in = new In(data);
        if (data.length < 16 || in.i32() != MAGIC || in.i32() != VERSION || in.i32() != source.length()
            || in.i32() != sample(source)) {
            return null;
        }
        int nstrings = in.u();
        int[] lengths = new int[nstrings];
        for (int i = 0; i < nstrings; i++) {
            lengths[i] = in.u();
        }
        int chars = in.u();
        int nbytes = in.u();
        String all = new String(data, in.pos, nbytes, StandardCharsets.UTF_8);
        in.pos += nbytes;
        if (all.length() != chars) {
            return null;
        }
        String[] strings = new String[nstrings];
        int at = 0;
        for (int i = 0; i < nstrings; i++) {
            strings[i] = all.substring(at, at + lengths[i]);
            at += lengths[i];
        }
        int n = in.u();
        Token[] tokens = new Token[n];
        int line = 1;
        for (int k = 0; k < n; k++) {
            Token.Kind kind = KINDS[in.u()];
            line += in.zig();
            int col = in.zig();
            String text = strings[in.u()];
            Object value;
            switch (in.u()) {
                case V_NULL -> value = null;
                case V_LONG -> value = in.zigLong();
                case V_BIG -> value = new BigInteger(strings[in.u()]);
                case V_DOUBLE -> value = Double.longBitsToDouble(in.zigLong());
                case V_IMAG -> value = new Imaginary(Double.longBitsToDouble(in.zigLong()));
                case V_STR_TEXT -> value = text;
                case V_STR -> value = strings[in.u()];
                case V_TRUE -> value = Boolean.TRUE;
                case V_FALSE -> value = Boolean.FALSE;
                case V_RANGE -> value = new int[] {in.u(), in.u()};
                default -> {
                    return null;
                }
            }
            tokens[k] = new Token(kind, text, value, line, col);
        }
        return in.pos == data.length ? java.util.Arrays.asList(tokens) : null;
    }

    /**
     * The jar resource of the table for the library module at jar resource {@code resource} (e.g.
     * {@code /dev/gilspy/interp/cpython/json/decoder.py}), or null.
     */
    public static String tableOf(String resource) {
        String prefix = "/dev/gilspy/interp/";
        if (!resource.startsWith(prefix) || !resource.endsWith(".py")) {
            return null;
        }
        return "/" + ROOT + "/" + resource.substring(prefix.length(), resource.length() - 3) + ".tok";
    }

    /** The tokens of table {@code data} if the build wrote it from exactly {@code source}, else null. */
    public static List<Token> tokens(byte[] data, String source) {
        try {
            return read(data, source);
        } catch (RuntimeException e) {
            return null; // a damaged table: the caller lexes
        }
    }

    /**
     * The build step: for each {@code .py} under the library roots of classes directory {@code args[0]},
     * the table of its tokens under {@link #ROOT}. A module the lexer refuses, or whose tokens have no
     * table form, gets none (it is lexed at import, as before).
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path out = classes.resolve(ROOT);
        if (Files.isDirectory(out)) { // an earlier build's tables: a file that now gets none must not keep one
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        int written = 0;
        long bytes = 0;
        for (String root : new String[] {"lib", "cpython"}) {
            Path dir = classes.resolve("dev/gilspy/interp").resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path p : files) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                byte[] data = Files.readAllBytes(p);
                String source = unambiguousSource(data);
                if (source == null) {
                    continue;
                }
                byte[] table;
                try {
                    table = write(lex(source, rel), source);
                } catch (SyntaxError | IllegalArgumentException e) {
                    continue;
                }
                Path target = out.resolve(root).resolve(rel.substring(0, rel.length() - 3) + ".tok");
                Files.createDirectories(target.getParent());
                Files.write(target, table);
                written++;
                bytes += table.length;
            }
        }
        System.out.println("token tables: " + written + " modules, " + bytes + " bytes");
    }

    /** What the importer decodes a library file to when it is plain UTF-8 (others' tables are refused by the header). */
    static String sourceOf(byte[] data) {
        int from = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(data, from, data.length - from, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /**
     * {@link #sourceOf} for a file every decoder of the runtime decodes the same way: pure ASCII, or
     * valid UTF-8 with no coding declaration; else null (no table: a Latin-1 file's text could match a
     * table's header and still differ in a character the header does not sample).
     */
    static String unambiguousSource(byte[] data) {
        boolean ascii = true;
        for (byte b : data) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return sourceOf(data);
        }
        int lines = 0;
        int i = 0;
        while (i < data.length && lines < 2) {
            int end = i;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            String line = new String(data, i, end - i, StandardCharsets.ISO_8859_1);
            if (line.contains("coding:") || line.contains("coding=")) {
                return null;
            }
            i = end + 1;
            lines++;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data));
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
        return sourceOf(data);
    }

    /** The tokens the importer's compile lexes for a library module. */
    static List<Token> lex(String source, String file) {
        return new Lexer(source, file).skippingBodies(true).tokenize();
    }

    private static final class Out extends ByteArrayOutputStream {
        void u(int v) {
            while ((v & ~0x7f) != 0) {
                write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        void zig(int v) {
            u((v << 1) ^ (v >> 31));
        }

        void zigLong(long v) {
            long z = (v << 1) ^ (v >> 63);
            while ((z & ~0x7fL) != 0) {
                write((int) ((z & 0x7f) | 0x80));
                z >>>= 7;
            }
            write((int) z);
        }

        void i32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }
    }

    private static final class In {
        final byte[] b;
        int pos;

        In(byte[] b) {
            this.b = b;
        }

        int u() {
            int v = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++];
                v |= (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int zig() {
            int z = u();
            return (z >>> 1) ^ -(z & 1);
        }

        long zigLong() {
            long v = 0;
            int shift = 0;
            while (true) {
                int x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return (v >>> 1) ^ -(v & 1);
                }
                shift += 7;
            }
        }

        int i32() {
            int v = ((b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            pos += 4;
            return v;
        }
    }
}
