package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;

/**
 * The escape codecs: {@code unicode_escape} and {@code raw_unicode_escape} (CPython's
 * {@code _PyUnicode_DecodeUnicodeEscapeInternal}, {@code PyUnicode_AsUnicodeEscapeString} and raw
 * twins) and {@code escape_encode}/{@code escape_decode} on bytes ({@code Objects/bytesobject.c}).
 */
public final class Escapes {
    private Escapes() {}

    public static byte[] unicodeEscapeEncode(String s) {
        ByteOut out = new ByteOut(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                out.ascii("\\\\");
            } else if (cp == '\t') {
                out.ascii("\\t");
            } else if (cp == '\n') {
                out.ascii("\\n");
            } else if (cp == '\r') {
                out.ascii("\\r");
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.put(cp);
            } else {
                out.ascii(ErrorHandlers.backslash(cp));
            }
        });
        return out.toArray();
    }

    public static byte[] rawUnicodeEscapeEncode(String s) {
        ByteOut out = new ByteOut(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (cp < 0x100) {
                out.put(cp);
            } else if (cp <= 0xffff) {
                out.ascii(String.format("\\u%04x", cp));
            } else {
                out.ascii(String.format("\\U%08x", cp));
            }
        });
        return out.toArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xff), 16);
    }

    /** {@code unicode_escape_decode}; with {@code raw} only {@code \\u} and {@code \\U} are escapes. */
    public static Decoder.Result unicodeEscapeDecode(byte[] d, String errors, boolean last, boolean raw) {
        String name = raw ? "rawunicodeescape" : "unicodeescape";
        Decoder dec = new Decoder(name) {
            @Override public Result decode(byte[] data, String errs, boolean fin) { return unicodeEscapeDecode(data, errs, fin, raw); }
        };
        StringBuilder out = new StringBuilder(d.length);
        int n = d.length;
        int i = 0;
        while (i < n) {
            int b = d[i] & 0xff;
            if (b != '\\') {
                out.append((char) b);
                i++;
                continue;
            }
            int start = i;
            if (raw) {
                int k = i + 1;
                if (k >= n || (d[k] != 'u' && d[k] != 'U')) {
                    out.append('\\');
                    i++;
                    if (k < n) {
                        out.append((char) (d[k] & 0xff));
                        i++;
                    }
                    continue;
                }
            }
            if (i + 1 >= n) {
                if (!last) {
                    break;
                }
                i = dec.error(d, start, n, "\\ at end of string", errors, out);
                continue;
            }
            int c = d[i + 1] & 0xff;
            i += 2;
            int digits = 0;
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        v = v * 8 + d[i++] - '0';
                    }
                    out.append((char) v);
                }
                case 'x' -> digits = 2;
                case 'u' -> digits = 4;
                case 'U' -> digits = 8;
                case 'N' -> i = namedEscape(dec, d, start, i, errors, last, out);
                default -> out.append('\\').append((char) c);
            }
            if (i < 0) {
                i = start;
                break;
            }
            if (digits > 0) {
                int v = 0;
                int k = 0;
                while (k < digits && i < n && hex(d[i]) >= 0) {
                    v = v * 16 + hex(d[i++]);
                    k++;
                }
                if (k < digits) {
                    if (!last && i >= n) {
                        i = start;
                        break;
                    }
                    String what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    i = dec.error(d, start, i, "truncated " + what + " escape", errors, out);
                } else if (v < 0 || v > 0x10ffff) {
                    i = dec.error(d, start, i, "illegal Unicode character", errors, out);
                } else {
                    out.appendCodePoint(v);
                }
            }
        }
        return new Decoder.Result(out.toString(), i);
    }

    private static int namedEscape(Decoder dec, byte[] d, int start, int i, String errors, boolean last, StringBuilder out) {
        int n = d.length;
        if (i < n && d[i] == '{') {
            int close = i + 1;
            while (close < n && d[close] != '}') {
                close++;
            }
            if (close < n && close > i + 1) {
                int cp = UnicodeNames.lookup(new String(d, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1));
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return close + 1;
                }
                return dec.error(d, start, close + 1, "unknown Unicode character name", errors, out);
            }
            if (close >= n && !last) {
                return -1;
            }
        }
        return dec.error(d, start, Math.min(n, i + 1 < n && d[i] == '{' ? n : i), "malformed \\N character escape", errors, out);
    }

    /** {@code escape_encode}: bytes as {@code repr} shows them, without the quotes. */
    public static byte[] escapeEncode(byte[] d) {
        ByteOut out = new ByteOut(d.length + 8);
        for (byte x : d) {
            int c = x & 0xff;
            if (c == '\\' || c == '\'') {
                out.put('\\');
                out.put(c);
            } else if (c == '\t') {
                out.ascii("\\t");
            } else if (c == '\n') {
                out.ascii("\\n");
            } else if (c == '\r') {
                out.ascii("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                out.ascii(String.format("\\x%02x", c));
            } else {
                out.put(c);
            }
        }
        return out.toArray();
    }

    /** {@code escape_decode}: the escapes of a bytes literal. */
    public static byte[] escapeDecode(byte[] d, String errors) {
        ByteOut out = new ByteOut(d.length);
        int n = d.length;
        int i = 0;
        while (i < n) {
            int b = d[i] & 0xff;
            if (b != '\\') {
                out.put(b);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw Err.value("Trailing \\ in string");
            }
            int c = d[i + 1] & 0xff;
            i += 2;
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.put('\\');
                case '\'' -> out.put('\'');
                case '"' -> out.put('"');
                case 'b' -> out.put('\b');
                case 'f' -> out.put('\f');
                case 't' -> out.put('\t');
                case 'n' -> out.put('\n');
                case 'r' -> out.put('\r');
                case 'v' -> out.put(0x0b);
                case 'a' -> out.put(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        v = v * 8 + d[i++] - '0';
                    }
                    out.put(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && hex(d[i]) >= 0 && hex(d[i + 1]) >= 0) {
                        out.put(hex(d[i]) * 16 + hex(d[i + 1]));
                        i += 2;
                    } else if (errors == null || errors.equals("strict")) {
                        throw Err.value("invalid \\x escape at position " + (i - 2));
                    } else if (errors.equals("replace")) {
                        out.put('?');
                        while (i < n && i < i + 2 && hex(d[i]) >= 0) {
                            i++;
                            break;
                        }
                    } else if (!errors.equals("ignore")) {
                        throw Err.value("decoding error; unknown error handling code: " + errors);
                    }
                }
                default -> {
                    out.put('\\');
                    out.put(c);
                }
            }
        }
        return out.toArray();
    }
}
