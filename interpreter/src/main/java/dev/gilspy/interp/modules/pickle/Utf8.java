package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.Err;
import java.nio.charset.StandardCharsets;

/** UTF-8 with CPython's "surrogatepass" (lone surrogates as three bytes), and raw-unicode-escape. */
final class Utf8 {
    private Utf8() {}

    static byte[] encode(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] out = new byte[n * 3];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | (c >> 6));
                out[o++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[o++] = (byte) (0xf0 | (cp >> 18));
                out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[o++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                out[o++] = (byte) (0xe0 | (c >> 12));
                out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[o++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }

    static String decode(byte[] b, int off, int len) {
        int end = off + len;
        boolean ascii = true;
        for (int i = off; i < end; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(len);
        int i = off;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else if (c >= 0xc2 && c < 0xe0 && i + 1 < end && cont(b[i + 1])) {
                sb.append((char) (((c & 0x1f) << 6) | (b[i + 1] & 0x3f)));
                i += 2;
            } else if (c >= 0xe0 && c < 0xf0 && i + 2 < end && cont(b[i + 1]) && cont(b[i + 2])) {
                int cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                if (cp < 0x800) {
                    throw bad(c, i - off);
                }
                sb.append((char) cp);
                i += 3;
            } else if (c >= 0xf0 && c < 0xf5 && i + 3 < end && cont(b[i + 1]) && cont(b[i + 2]) && cont(b[i + 3])) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                if (cp < 0x10000 || cp > 0x10ffff) {
                    throw bad(c, i - off);
                }
                sb.appendCodePoint(cp);
                i += 4;
            } else {
                throw bad(c, i - off);
            }
        }
        return sb.toString();
    }

    private static boolean cont(byte x) {
        return (x & 0xc0) == 0x80;
    }

    private static RuntimeException bad(int c, int pos) {
        return Err.make(dev.gilspy.interp.runtime.Types.get("UnicodeDecodeError"),
            "'utf-8' codec can't decode byte 0x" + String.format("%02x", c) + " in position " + pos + ": invalid start byte");
    }

    /** The raw-unicode-escape form protocol 0 writes after UNICODE, with backslash and newlines escaped. */
    static byte[] rawUnicodeEscape(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            int ch = s.charAt(i);
            if (Character.isHighSurrogate((char) ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                ch = Character.toCodePoint((char) ch, s.charAt(++i));
            }
            if (ch >= 0x10000) {
                hex(out, 'U', ch, 8);
            } else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a) {
                hex(out, 'u', ch, 4);
            } else {
                out.write(ch);
            }
        }
        return out.toByteArray();
    }

    private static void hex(java.io.ByteArrayOutputStream out, char kind, int ch, int digits) {
        out.write('\\');
        out.write(kind);
        for (int d = digits - 1; d >= 0; d--) {
            out.write("0123456789abcdef".charAt((ch >> (4 * d)) & 0xf));
        }
    }

    /** Decodes raw-unicode-escape: {@code \\uXXXX} and {@code \\UXXXXXXXX}, other bytes as Latin-1. */
    static String rawUnicodeUnescape(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == '\\' && i + 1 < end && (b[i + 1] == 'u' || b[i + 1] == 'U')) {
                int digits = b[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + digits > end) {
                    throw Err.make(dev.gilspy.interp.runtime.Types.get("UnicodeDecodeError"), "truncated \\uXXXX escape");
                }
                int cp = Integer.parseUnsignedInt(new String(b, i + 2, digits, StandardCharsets.ISO_8859_1), 16);
                sb.appendCodePoint(cp);
                i += 1 + digits;
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
