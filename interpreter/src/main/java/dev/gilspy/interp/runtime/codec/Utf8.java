package dev.gilspy.interp.runtime.codec;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as CPython's {@code unicode_encode_utf8} and {@code unicode_decode_utf8} do it: the same error
 * ranges and reasons ("invalid start byte", "invalid continuation byte", "unexpected end of data").
 * The JDK's strict coder takes the common, valid input; the loop here runs only once it fails.
 */
public final class Utf8 {
    private Utf8() {}

    static final Encoder ENCODER = new Encoder("utf-8") {
        @Override boolean encodable(int cp) { return cp < 0xd800 || cp > 0xdfff; }
        @Override void write(int cp, ByteOut out) { put(cp, out); }
        @Override String reason() { return "surrogates not allowed"; }
        @Override boolean writeSurrogate(int cp, ByteOut out) {
            put(cp, out);
            return true;
        }
    };

    static final Decoder DECODER = new Decoder("utf-8") {
        @Override public Result decode(byte[] data, String errors, boolean last) { return decodeAll(data, errors, last, this); }
        @Override int decodeSurrogate(byte[] d, int pos, StringBuilder out) {
            if (pos + 2 < d.length && (d[pos] & 0xff) == 0xed && (d[pos + 1] & 0xe0) == 0xa0 && (d[pos + 2] & 0xc0) == 0x80) {
                out.append((char) (0xd000 | (d[pos + 1] & 0x3f) << 6 | d[pos + 2] & 0x3f));
                return 3;
            }
            return 0;
        }
    };

    private static void put(int cp, ByteOut out) {
        if (cp < 0x80) {
            out.put(cp);
        } else if (cp < 0x800) {
            out.put(0xc0 | cp >> 6);
            out.put(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out.put(0xe0 | cp >> 12);
            out.put(0x80 | cp >> 6 & 0x3f);
            out.put(0x80 | cp & 0x3f);
        } else {
            out.put(0xf0 | cp >> 18);
            out.put(0x80 | cp >> 12 & 0x3f);
            out.put(0x80 | cp >> 6 & 0x3f);
            out.put(0x80 | cp & 0x3f);
        }
    }

    /** True when {@code s} holds no lone surrogate, so the JDK's encoder gives CPython's bytes. */
    static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    public static byte[] encode(String s, String errors) {
        if (wellFormed(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return ENCODER.encode(s, errors);
    }

    public static Decoder.Result decode(byte[] data, String errors, boolean last) {
        return DECODER.decode(data, errors, last);
    }

    private static Decoder.Result decodeAll(byte[] data, String errors, boolean last, Decoder self) {
        boolean ascii = true;
        for (byte b : data) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new Decoder.Result(new String(data, StandardCharsets.ISO_8859_1), data.length);
        }
        if (valid(data)) {
            return new Decoder.Result(new String(data, StandardCharsets.UTF_8), data.length);
        }
        return slow(data, errors, last, self);
    }

    /** Whether {@code d} is well-formed UTF-8 as CPython reads it (no overlong forms, surrogates or values past U+10FFFF). */
    static boolean valid(byte[] d) {
        int n = d.length;
        int i = 0;
        while (i < n) {
            int b = d[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                lo = b == 0xe0 ? 0xa0 : 0x80;
                hi = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                lo = b == 0xf0 ? 0x90 : 0x80;
                hi = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + need >= n) {
                return false;
            }
            int c = d[i + 1] & 0xff;
            if (c < lo || c > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((d[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    private static Decoder.Result slow(byte[] d, String errors, boolean last, Decoder self) {
        StringBuilder out = new StringBuilder(d.length);
        int n = d.length;
        int i = 0;
        while (i < n) {
            int b = d[i] & 0xff;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            int cp;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                lo = b == 0xe0 ? 0xa0 : 0x80;
                hi = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                lo = b == 0xf0 ? 0x90 : 0x80;
                hi = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                i = self.error(d, i, i + 1, "invalid start byte", errors, out);
                continue;
            }
            if (!last && b == 0xed && n - i == 2 && (d[i + 1] & 0xff) >= 0xa0 && (d[i + 1] & 0xff) <= 0xbf) {
                break; // a surrogate cut in two: surrogatepass may take it once the rest arrives
            }
            int j = 1;
            int bad = 0;
            for (; j <= need && i + j < n; j++) {
                int c = d[i + j] & 0xff;
                if (c < (j == 1 ? lo : 0x80) || c > (j == 1 ? hi : 0xbf)) {
                    bad = j;
                    break;
                }
                cp = cp << 6 | c & 0x3f;
            }
            if (bad > 0) {
                i = self.error(d, i, i + bad, "invalid continuation byte", errors, out);
            } else if (j <= need) {
                if (!last) {
                    break;
                }
                i = self.error(d, i, n, "unexpected end of data", errors, out);
            } else {
                out.appendCodePoint(cp);
                i += need + 1;
            }
        }
        return new Decoder.Result(out.toString(), i);
    }
}
