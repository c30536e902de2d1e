package dev.gilspy.interp.runtime;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File names as CPython on Linux sees them: bytes, decoded with the file-system encoding (UTF-8)
 * and {@code surrogateescape}, so that a name holding an invalid byte such as 0xff becomes
 * {@code '\udcff'} and goes back to the same bytes ({@code os.fsencode}/{@code os.fsdecode}).
 *
 * <p>A JVM decodes file names with {@code sun.jnu.encoding} (which {@code -D} cannot change) and
 * puts U+FFFD for the bytes it cannot decode, so {@code Path.toString()} loses them, and it refuses a
 * name holding a lone surrogate ({@code InvalidPathException}). Its Unix paths keep the raw bytes,
 * though, and two public doors reach them: {@link Path#toUri()} percent-encodes those bytes, and
 * {@link Path#of(URI)} builds a path from percent-encoded bytes. This class goes through those
 * doors only for names that need it (a surrogate in the text, a U+FFFD in a listed name, or a
 * non-ASCII name when the JVM's file-name charset is not UTF-8), so ordinary names cost nothing.
 */
public final class FsNames {
    private FsNames() {}

    private static final boolean JNU_UTF8 = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    /** {@code os.fsencode}: UTF-8, each escaped surrogate U+DC80..U+DCFF back to its byte. */
    public static byte[] encode(String s) {
        ByteArrayOutputStream out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (c < 0xdc80 || c > 0xdcff) {
                    throw UnicodeErrors.encode("utf-8", s, i, i + 1, "surrogates not allowed");
                }
                out = new ByteArrayOutputStream();
                break;
            }
        }
        if (out == null) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                out.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
                out.write(c - 0xdc00);
                start = i + 1;
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)))
                && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                throw UnicodeErrors.encode("utf-8", s, i, i + 1, "surrogates not allowed");
            }
        }
        out.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code os.fsdecode}: UTF-8, each byte that does not decode as U+DC80 + byte. */
    public static String decode(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put((char) (0xdc00 + (in.get() & 0xff)));
                }
            } else {
                throw new IllegalStateException(r.toString());
            }
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    /** Whether the JVM's own decoding of this name lost bytes, or cannot be trusted for it. */
    private static boolean lossy(String name) {
        if (name.indexOf('\ufffd') >= 0) {
            return true;
        }
        if (!JNU_UTF8) {
            for (int i = 0; i < name.length(); i++) {
                if (name.charAt(i) >= 0x80) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a Python path text cannot go to {@code Path.of} as it is. */
    private static boolean needsBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (!JNU_UTF8 || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path a Python path text names, relative ones resolved against {@code base} (the
     * interpreter's working directory). Byte-exact for names that are not valid UTF-8.
     */
    public static Path path(String text, String base) {
        if (!needsBytes(text)) {
            Path p = Path.of(text);
            return p.isAbsolute() ? p : Path.of(base).resolve(p);
        }
        byte[] raw = encode(text);
        StringBuilder uri = new StringBuilder("file://");
        if (raw.length == 0 || raw[0] != '/') {
            byte[] b = rawBytes(Path.of(base).toAbsolutePath());
            appendEscaped(uri, b);
            if (b.length == 0 || b[b.length - 1] != '/') {
                uri.append('/');
            }
        }
        appendEscaped(uri, raw);
        try {
            return Path.of(new URI(uri.toString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new java.nio.file.InvalidPathException(text, e.getMessage());
        }
    }

    /** The path a Python path text names, left relative when it is (a symbolic link's target). */
    public static Path unresolved(String text) {
        if (!needsBytes(text)) {
            return Path.of(text);
        }
        Path abs = path(text.startsWith("/") ? text : "/" + text, "/");
        return text.startsWith("/") ? abs : Path.of("/").relativize(abs);
    }

    private static void appendEscaped(StringBuilder uri, byte[] raw) {
        for (byte x : raw) {
            int c = x & 0xff;
            if (c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
    }

    /** The raw bytes of an absolute path, as the kernel has them. */
    private static byte[] rawBytes(Path absolute) {
        if (!lossy(absolute.toString())) {
            return absolute.toString().getBytes(StandardCharsets.UTF_8);
        }
        String raw = absolute.toUri().getRawPath();
        byte[] b = unescape(raw);
        // toUri() adds a '/' after a directory's name
        int len = b.length;
        if (len > 1 && b[len - 1] == '/' && !absolute.toString().endsWith("/")) {
            len--;
        }
        return java.util.Arrays.copyOf(b, len);
    }

    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A listed entry's file name as Python sees it (str, surrogate-escaped where the bytes are not UTF-8). */
    public static String name(Path entry) {
        Path f = entry.getFileName();
        String s = f == null ? entry.toString() : f.toString();
        if (!lossy(s)) {
            return s;
        }
        byte[] b = rawBytes(entry.toAbsolutePath());
        int slash = b.length - 1;
        while (slash >= 0 && b[slash] != '/') {
            slash--;
        }
        return decode(java.util.Arrays.copyOfRange(b, slash + 1, b.length));
    }

    /** A path's whole text as Python sees it (for {@code readlink}, {@code realpath}). */
    public static String text(Path p) {
        String s = p.toString();
        if (!lossy(s)) {
            return s;
        }
        if (p.isAbsolute()) {
            return decode(rawBytes(p));
        }
        byte[] b = rawBytes(Path.of("/").resolve(p));
        return decode(java.util.Arrays.copyOfRange(b, 1, b.length));
    }

    /**
     * The process's arguments with the bytes the JVM could not decode put back from
     * {@code /proc/self/cmdline} (surrogate-escaped, as CPython's {@code sys.argv} has them). The
     * arguments are the tail of the command line; an argument is only replaced when its raw bytes,
     * decoded the JVM's way, give the very text the JVM passed.
     */
    public static String[] recoverArgs(String[] args) {
        boolean any = false;
        for (String a : args) {
            any |= lossy(a);
        }
        if (!any) {
            return args;
        }
        byte[] cmdline;
        try {
            cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return args;
        }
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            parts.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        if (parts.size() < args.length) {
            return args;
        }
        String[] out = args.clone();
        int off = parts.size() - args.length;
        java.nio.charset.Charset jnu;
        try {
            jnu = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            jnu = StandardCharsets.UTF_8;
        }
        for (int i = 0; i < args.length; i++) {
            if (lossy(args[i])) {
                byte[] raw = parts.get(off + i);
                if (new String(raw, jnu).equals(args[i]) || new String(raw, StandardCharsets.UTF_8).equals(args[i])) {
                    out[i] = decode(raw);
                }
            }
        }
        return out;
    }
}
