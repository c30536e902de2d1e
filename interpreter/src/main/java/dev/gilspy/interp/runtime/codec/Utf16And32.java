package dev.gilspy.interp.runtime.codec;

/**
 * UTF-16 and UTF-32 in either byte order, with or without a BOM: CPython's {@code _PyUnicode_EncodeUTF16},
 * {@code PyUnicode_DecodeUTF16Stateful} and their UTF-32 twins, with their error reasons and ranges.
 * Byte order as CPython passes it: -1 little endian, 1 big endian, 0 native (little here) with a BOM.
 */
public final class Utf16And32 {
    private Utf16And32() {}

    /** The encoder for {@code width} 2 or 4 bytes per unit and {@code byteorder} -1, 0 or 1. */
    public static Encoder encoder(int width, int byteorder) {
        boolean big = byteorder > 0;
        String name = (width == 2 ? "utf-16" : "utf-32") + (byteorder < 0 ? "-le" : byteorder > 0 ? "-be" : "");
        return new Encoder(name) {
            @Override boolean encodable(int cp) { return cp < 0xd800 || cp > 0xdfff; }
            @Override String reason() { return "surrogates not allowed"; }
            @Override boolean collectsRuns() { return false; }
            @Override void start(ByteOut out) {
                if (byteorder == 0) {
                    unit(0xfeff, width, big, out);
                }
            }
            @Override void write(int cp, ByteOut out) {
                if (width == 2 && cp > 0xffff) {
                    unit(Character.highSurrogate(cp), 2, big, out);
                    unit(Character.lowSurrogate(cp), 2, big, out);
                } else {
                    unit(cp, width, big, out);
                }
            }
            @Override boolean writeSurrogate(int cp, ByteOut out) {
                unit(cp, width, big, out);
                return true;
            }
        };
    }

    private static void unit(int v, int width, boolean big, ByteOut out) {
        for (int k = 0; k < width; k++) {
            int shift = big ? 8 * (width - 1 - k) : 8 * k;
            out.put(v >>> shift & 0xff);
        }
    }

    private static int read(byte[] d, int pos, int width, boolean big) {
        int v = 0;
        for (int k = 0; k < width; k++) {
            int b = d[pos + k] & 0xff;
            v |= big ? b << 8 * (width - 1 - k) : b << 8 * k;
        }
        return v;
    }

    /** What {@code utf_16_ex_decode} returns: the text, the bytes taken, the byte order found. */
    public record ExResult(String text, int consumed, int byteorder) {}

    /** Decodes from {@code byteorder}; 0 looks for a BOM first (and reports what it found). */
    public static ExResult decode(int width, byte[] d, String errors, int byteorder, boolean last) {
        int pos = 0;
        int order = byteorder;
        if (order == 0 && d.length >= width) {
            int le = read(d, 0, width, false);
            if (le == 0xfeff) {
                order = -1;
                pos = width;
            } else if (read(d, 0, width, true) == 0xfeff) {
                order = 1;
                pos = width;
            }
        } else if (order == 0 && !last) {
            return new ExResult("", 0, 0);
        }
        boolean big = order > 0;
        Decoder dec = decoder(width, big, order == 0 ? -1 : order);
        StringBuilder out = new StringBuilder(d.length / width);
        int consumed = width == 2 ? run16(dec, d, pos, big, errors, last, out) : run32(dec, d, pos, big, errors, last, out);
        return new ExResult(out.toString(), consumed, order);
    }

    private static Decoder decoder(int width, boolean big, int order) {
        String name = (width == 2 ? "utf-16" : "utf-32") + (order < 0 ? "-le" : order > 0 ? "-be" : "");
        return new Decoder(name) {
            @Override public Result decode(byte[] data, String errors, boolean last) {
                ExResult r = Utf16And32.decode(width, data, errors, order == 0 ? -1 : order, last);
                return new Result(r.text(), r.consumed());
            }
            @Override int decodeSurrogate(byte[] data, int pos, StringBuilder out) {
                if (pos + width <= data.length) {
                    int u = read(data, pos, width, big);
                    if (u >= 0xd800 && u <= 0xdfff) {
                        out.append((char) u);
                        return width;
                    }
                }
                return 0;
            }
        };
    }

    private static int run16(Decoder dec, byte[] d, int i, boolean big, String errors, boolean last, StringBuilder out) {
        int n = d.length;
        while (i < n) {
            if (i + 1 >= n) {
                if (!last) {
                    return i;
                }
                i = dec.error(d, i, n, "truncated data", errors, out);
                continue;
            }
            int u = read(d, i, 2, big);
            if (u < 0xd800 || u > 0xdfff) {
                out.append((char) u);
                i += 2;
            } else if (u >= 0xdc00) {
                i = dec.error(d, i, i + 2, "illegal encoding", errors, out);
            } else if (i + 3 >= n) {
                if (!last) {
                    return i;
                }
                i = dec.error(d, i, n, "unexpected end of data", errors, out);
            } else {
                int u2 = read(d, i + 2, 2, big);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    out.append((char) u).append((char) u2);
                    i += 4;
                } else {
                    i = dec.error(d, i, i + 2, "illegal UTF-16 surrogate", errors, out);
                }
            }
        }
        return i;
    }

    private static int run32(Decoder dec, byte[] d, int i, boolean big, String errors, boolean last, StringBuilder out) {
        int n = d.length;
        while (i < n) {
            if (i + 3 >= n) {
                if (!last) {
                    return i;
                }
                i = dec.error(d, i, n, "truncated data", errors, out);
                continue;
            }
            long u = read(d, i, 4, big) & 0xffffffffL;
            if (u > 0x10ffff) {
                i = dec.error(d, i, i + 4, "code point not in range(0x110000)", errors, out);
            } else if (u >= 0xd800 && u <= 0xdfff) {
                i = dec.error(d, i, i + 4, "code point in surrogate range", errors, out);
            } else {
                out.appendCodePoint((int) u);
                i += 4;
            }
        }
        return i;
    }
}
