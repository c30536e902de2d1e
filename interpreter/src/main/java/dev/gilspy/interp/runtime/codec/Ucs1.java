package dev.gilspy.interp.runtime.codec;

import java.nio.charset.StandardCharsets;

/** Latin-1 and ASCII (CPython's {@code unicode_encode_ucs1} with limit 256 or 128, and their decoders). */
public final class Ucs1 {
    private Ucs1() {}

    static final Encoder LATIN1 = encoder("latin-1", 256);
    static final Encoder ASCII = encoder("ascii", 128);

    private static Encoder encoder(String name, int limit) {
        return new Encoder(name) {
            @Override boolean encodable(int cp) { return cp < limit; }
            @Override void write(int cp, ByteOut out) { out.put(cp); }
            @Override String reason() { return "ordinal not in range(" + limit + ")"; }
        };
    }

    private static boolean below(String s, int limit) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    public static byte[] encodeLatin1(String s, String errors) {
        return below(s, 256) ? s.getBytes(StandardCharsets.ISO_8859_1) : LATIN1.encode(s, errors);
    }

    public static byte[] encodeAscii(String s, String errors) {
        return below(s, 128) ? s.getBytes(StandardCharsets.ISO_8859_1) : ASCII.encode(s, errors);
    }

    public static String decodeLatin1(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }

    static final Decoder ASCII_DECODER = new Decoder("ascii") {
        @Override public Result decode(byte[] d, String errors, boolean last) {
            StringBuilder out = null;
            int i = 0;
            while (i < d.length) {
                if (d[i] >= 0) {
                    if (out != null) {
                        out.append((char) d[i]);
                    }
                    i++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(d.length);
                    out.append(new String(d, 0, i, StandardCharsets.ISO_8859_1));
                }
                i = error(d, i, i + 1, "ordinal not in range(128)", errors, out);
            }
            return new Result(out == null ? new String(d, StandardCharsets.ISO_8859_1) : out.toString(), d.length);
        }
    };

    public static String decodeAscii(byte[] data, String errors) {
        return ASCII_DECODER.decode(data, errors, true).text();
    }
}
