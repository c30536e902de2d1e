package dev.gilspy.interp.runtime.codec;

/** UTF-7 (RFC 2152) as CPython's {@code PyUnicode_EncodeUTF7}/{@code DecodeUTF7Stateful} write it: set O and white space direct. */
public final class Utf7 {
    private Utf7() {}

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean direct(int c) {
        return c > 0 && c < 128 && c != '+' && c != '\\' && c != '~' && (c >= 32 || c == '\t' || c == '\n' || c == '\r') && c != 127;
    }

    private static boolean base64Char(int c) { return c < 128 && B64.indexOf(c) >= 0; }

    public static byte[] encode(String s) {
        ByteOut out = new ByteOut(s.length() + 8);
        boolean shift = false;
        long bits = 0;
        int nbits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (shift) {
                if (direct(c)) {
                    if (nbits > 0) {
                        out.put(B64.charAt((int) (bits << (6 - nbits)) & 0x3f));
                    }
                    bits = 0;
                    nbits = 0;
                    if (base64Char(c) || c == '-') {
                        out.put('-');
                    }
                    shift = false;
                    out.put(c);
                    continue;
                }
            } else if (c == '+') {
                out.ascii("+-");
                continue;
            } else if (direct(c)) {
                out.put(c);
                continue;
            } else {
                out.put('+');
                shift = true;
            }
            bits = bits << 16 | c;
            nbits += 16;
            while (nbits >= 6) {
                out.put(B64.charAt((int) (bits >> (nbits - 6)) & 0x3f));
                nbits -= 6;
            }
            bits &= (1L << nbits) - 1;
        }
        if (shift) {
            if (nbits > 0) {
                out.put(B64.charAt((int) (bits << (6 - nbits)) & 0x3f));
            }
            out.put('-');
        }
        return out.toArray();
    }

    public static Decoder.Result decode(byte[] d, String errors, boolean last) {
        Decoder dec = new Decoder("utf-7") {
            @Override public Result decode(byte[] data, String errs, boolean fin) { return Utf7.decode(data, errs, fin); }
        };
        StringBuilder out = new StringBuilder(d.length);
        int i = 0;
        int shiftStart = -1;
        long bits = 0;
        int nbits = 0;
        int consumedBeforeShift = 0;
        int outBeforeShift = 0;
        while (i < d.length) {
            int c = d[i] & 0xff;
            if (shiftStart >= 0) {
                if (base64Char(c)) {
                    bits = bits << 6 | B64.indexOf(c);
                    nbits += 6;
                    if (nbits >= 16) {
                        out.append((char) (bits >> (nbits - 16) & 0xffff));
                        nbits -= 16;
                        bits &= (1L << nbits) - 1;
                    }
                    i++;
                    continue;
                }
                shiftStart = -1;
                if (nbits >= 6 || bits != 0) {
                    i = dec.error(d, i - 1, i, "partial character in shift sequence", errors, out);
                    bits = 0;
                    nbits = 0;
                    continue;
                }
                bits = 0;
                nbits = 0;
                if (c == '-') {
                    i++;
                    continue;
                }
            }
            if (c == '+') {
                if (i + 1 < d.length && d[i + 1] == '-') {
                    out.append('+');
                    i += 2;
                    continue;
                }
                if (i + 1 < d.length && !base64Char(d[i + 1] & 0xff)) {
                    i = dec.error(d, i, i + 2, "ill-formed sequence", errors, out);
                    continue;
                }
                consumedBeforeShift = i;
                outBeforeShift = out.length();
                shiftStart = i;
                i++;
                continue;
            }
            if (c >= 128) {
                i = dec.error(d, i, i + 1, "unexpected special character", errors, out);
                continue;
            }
            out.append((char) c);
            i++;
        }
        if (shiftStart >= 0 && !last) {
            out.setLength(outBeforeShift);
            return new Decoder.Result(out.toString(), consumedBeforeShift);
        }
        return new Decoder.Result(out.toString(), i);
    }
}
