package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.PyException;
import java.util.Set;

/**
 * CPython's JIS X 0213 codecs, which no JDK charset matches byte for byte: {@code shift_jis_2004},
 * {@code shift_jisx0213}, {@code euc_jis_2004} and {@code euc_jisx0213} of {@code _codecs_jp}, and
 * the seven codecs of {@code _codecs_iso2022} ({@link Iso2022}) ({@code Modules/cjkcodecs}). The tables are {@link JisTables}; the algorithms are CPython's: the
 * JIS X 0201 single bytes, the Shift_JIS and EUC arithmetic, the pairs of a base letter and a
 * combining mark that JIS X 0213 encodes as one character (a base at the end of an incremental
 * {@code encode} waits for the next call), the JIS X 0213:2000 variants that refuse the ten
 * characters added in 2004, and ISO-2022's designations in CPython's order of preference.
 */
public final class JisCodecs {
    private JisCodecs() {}

    public static final Set<String> NAMES = Set.of("shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
        "euc_jisx0213", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext",
        "iso2022_kr");

    static final String ILLEGAL = "illegal multibyte sequence";
    static final String INCOMPLETE = "incomplete multibyte sequence";
    static final int NONE = JisTables.NONE;
    /** A pair base: the encoder looks at the next character. */
    static final int MULTI = -2;
    /** A pair base at the end of the input of a call that is not the last. */
    static final int MORE = -3;

    public static Multibyte.Encoding encoder(String name) {
        return name.startsWith("iso2022") ? new Iso2022.Enc(name) : new Enc(name);
    }

    public static Multibyte.Decoding decoder(String name) {
        return name.startsWith("iso2022") ? new Iso2022.Dec(name) : new Dec(name);
    }

    /** The ten plane-1 characters JIS X 0213:2004 added, which the 2000 codecs refuse to decode. */
    static boolean newIn2004(int row, int cell) {
        return row == 0x2E && cell == 0x21 || row == 0x2F && cell == 0x7E || row == 0x4F && (cell == 0x54 || cell == 0x7E)
            || row == 0x74 && cell == 0x27 || row == 0x7E && cell >= 0x7A;
    }

    /** The same ten (and one beyond the BMP), which the 2000 codecs refuse to encode. */
    static boolean newIn2004(int cp) {
        return switch (cp) {
            case 0x9B1C, 0x4FF1, 0x525D, 0x541E, 0x5653, 0x59F8, 0x5C5B, 0x5E77, 0x7626, 0x7E6B, 0x20B9F -> true;
            default -> false;
        };
    }

    /** A character the 2000 variants refuse to decode. */
    static final long REFUSED = -4;

    /** Plane 1 of JIS X 0213 as CPython decodes it: JIS X 0208 first; a code point, two packed, NONE or REFUSED. */
    static long plane1(int row, int cell, boolean v2000) {
        if (v2000 && newIn2004(row, cell)) {
            return REFUSED;
        }
        JisTables t = JisTables.get();
        int i = JisTables.index(row, cell);
        return t.x0208[i] != NONE ? t.x0208[i] : t.plane1[i];
    }

    static long plane2(int row, int cell, boolean v2000) {
        if (v2000 && row == 0x7D && cell == 0x3B) {
            return 0x9B1D;
        }
        return JisTables.get().plane2[JisTables.index(row, cell)];
    }

    static boolean inRange(int row, int cell) {
        return row >= 0x21 && row <= 0x7E && cell >= 0x21 && cell <= 0x7E;
    }

    static void append(StringBuilder sb, long v) {
        if (v >>> 32 != 0) {
            sb.appendCodePoint((int) (v >>> 32));
            sb.appendCodePoint((int) v);
        } else {
            sb.appendCodePoint((int) v);
        }
    }

    /**
     * CPython's {@code jisx0213_encoder} for one character: a code (bit 15: plane 2), NONE, or MULTI
     * for a base that may pair with the next character; {@code commonPlane2} takes JIS X 0212's codes
     * from the common table too (EUC writes both after 0x8F).
     */
    static int x0213(int c, boolean v2000, boolean commonPlane2) {
        JisTables t = JisTables.get();
        if (v2000 && newIn2004(c)) {
            return NONE;
        }
        if (c >= 0x10000) {
            Integer code = c >> 16 == 2 ? t.x0213.get(c) : null;
            return code == null ? NONE : code;
        }
        if (v2000 && c == 0x9B1D) {
            return 0x8000 | 0x7D3B;
        }
        if (t.pairBase.containsKey(c)) {
            return MULTI;
        }
        Integer code = t.x0213.get(c);
        if (code != null) {
            return code;
        }
        code = t.common.get(c);
        if (code == null || (code & 0x8000) != 0 && !commonPlane2) {
            return NONE;
        }
        return code;
    }

    /** A pair base and what follows it: the pair's code and 2, or the base's own code and 1. */
    static int[] pair(int[] cps, int i, boolean last) {
        JisTables t = JisTables.get();
        if (i + 1 >= cps.length) {
            if (!last) {
                return new int[] {MORE, 0};
            }
            return new int[] {t.pairBase.get(cps[i]), 1};
        }
        Integer p = t.pairs.get((long) cps[i] << 32 | cps[i + 1]);
        return p != null ? new int[] {p, 2} : new int[] {t.pairBase.get(cps[i]), 1};
    }

    /** What the encoders share: the pending base between calls, the error handlers of {@link Encoder}. */
    abstract static class PairEncoder extends Encoder implements Multibyte.Encoding {

        @Override boolean multibyte() { return true; }
        private String pending = "";

        PairEncoder(String name) {
            super(name);
        }

        @Override String reason() { return ILLEGAL; }

        @Override boolean collectsRuns() { return false; }

        /** Encodes {@code cps[i]} (and the next one for a pair): how many it took, 0 if it cannot, MORE to wait. */
        abstract int encodeAt(int[] cps, int i, boolean last, ByteOut out);

        /** The bytes that end the encoding (ISO-2022's return to ASCII). */
        byte[] tail() {
            return new byte[0];
        }

        @Override boolean encodable(int cp) {
            return encodeAt(new int[] {cp}, 0, true, null) > 0;
        }

        @Override void write(int cp, ByteOut out) {
            encodeAt(new int[] {cp}, 0, true, out);
        }

        @Override public byte[] encode(String s, String errors) {
            return encode(s, errors, true);
        }

        @Override public byte[] encode(String s, String errors, boolean last) {
            String all = pending.isEmpty() ? s : pending + s;
            String before = pending;
            pending = "";
            int[] cps = all.codePoints().toArray();
            ByteOut out = new ByteOut(cps.length * 2 + 8);
            int i = 0;
            try {
                while (i < cps.length) {
                    int n = encodeAt(cps, i, last, out);
                    if (n > 0) {
                        i += n;
                    } else if (n == MORE) {
                        pending = new String(cps, i, cps.length - i);
                        break;
                    } else {
                        i = handle(all, cps, i, i + 1, errors, out);
                    }
                }
            } catch (PyException e) {
                pending = before; // multibytecodec.c keeps the pending text of a call that fails
                throw e;
            }
            if (last) {
                out.put(tail());
            }
            return out.toArray();
        }

        @Override public void reset() {
            pending = "";
        }

        @Override public String pending() { return pending; }

        @Override public void setPending(String s) { pending = s; }
    }

    /** Shift_JIS-2004 and EUC-JIS-2004 (and their 2000 variants) for encoding. */
    static final class Enc extends PairEncoder {
        private final boolean euc;
        private final boolean v2000;

        Enc(String name) {
            super(name);
            this.euc = name.startsWith("euc");
            this.v2000 = name.endsWith("x0213");
        }

        @Override int encodeAt(int[] cps, int i, boolean last, ByteOut out) {
            int c = cps[i];
            int single = euc ? (c < 0x80 ? c : -1) : sjisSingle(c);
            if (single >= 0) {
                if (out != null) {
                    out.put(single);
                }
                return 1;
            }
            if (euc && c >= 0xFF61 && c <= 0xFF9F) {
                if (out != null) {
                    out.put(0x8E);
                    out.put(c - 0xFEC0);
                }
                return 1;
            }
            int code = x0213(c, v2000, euc);
            int took = 1;
            if (code == MULTI) {
                int[] p = pair(cps, i, last);
                if (p[0] == MORE) {
                    return MORE;
                }
                code = p[0];
                took = p[1];
            }
            if (code == NONE && euc) {
                code = c == 0xFF3C ? 0x2140 : c == 0xFF5E ? 0x2232 : NONE;
            }
            if (code == NONE) {
                return 0;
            }
            if (out != null) {
                if (!euc) {
                    int b = JisTables.jisToSjis(code);
                    out.put(b >> 8);
                    out.put(b & 0xFF);
                } else if ((code & 0x8000) != 0) {
                    out.put(0x8F);
                    out.put(code >> 8);
                    out.put(code & 0xFF | 0x80);
                } else {
                    out.put(code >> 8 | 0x80);
                    out.put(code & 0xFF | 0x80);
                }
            }
            return took;
        }

        /** JIS X 0201 as Shift_JIS-2004 writes it: ASCII but the yen sign and overline, half-width katakana. */
        private static int sjisSingle(int c) {
            if (c < 0x80 && c != 0x5C && c != 0x7E) {
                return c;
            }
            if (c == 0xA5) {
                return 0x5C;
            }
            if (c == 0x203E) {
                return 0x7E;
            }
            return c >= 0xFF61 && c <= 0xFF9F ? c - 0xFEC0 : -1;
        }
    }

    /** Shift_JIS-2004 and EUC-JIS-2004 (and their 2000 variants) for decoding. */
    static final class Dec extends Decoder implements Multibyte.Decoding {

        @Override boolean multibyte() { return true; }
        private final boolean euc;
        private final boolean v2000;

        Dec(String name) {
            super(name);
            this.euc = name.startsWith("euc");
            this.v2000 = name.endsWith("x0213");
        }

        @Override public void reset() {}

        @Override public Result decode(byte[] d, String errors, boolean last) {
            StringBuilder sb = new StringBuilder(d.length);
            int i = 0;
            while (i < d.length) {
                int c = d[i] & 0xFF;
                int need = euc ? eucLength(c) : sjisLength(c);
                if (need == 1) {
                    int single = euc ? c : sjisSingle(c);
                    if (single < 0) {
                        i = error(d, i, i + 1, ILLEGAL, errors, sb);
                    } else {
                        sb.append((char) single);
                        i++;
                    }
                    continue;
                }
                if (i + need > d.length) {
                    if (!last) {
                        break;
                    }
                    i = error(d, i, d.length, INCOMPLETE, errors, sb);
                    continue;
                }
                long v = euc ? eucChar(d, i, c) : sjisChar(c, d[i + 1] & 0xFF);
                if (v == REFUSED) {
                    // CPython's 2000 emulation reports both bytes of a character added in 2004
                    i = error(d, i, i + 2, ILLEGAL, errors, sb);
                } else if (v == NONE) {
                    i = error(d, i, i + 1, ILLEGAL, errors, sb);
                } else {
                    append(sb, v);
                    i += need;
                }
            }
            return new Result(sb.toString(), i);
        }

        private static int sjisLength(int c) {
            return c >= 0x81 && c <= 0x9F || c >= 0xE0 && c <= 0xFC ? 2 : 1;
        }

        private static int sjisSingle(int c) {
            if (c < 0x80) {
                return c == 0x5C ? 0xA5 : c == 0x7E ? 0x203E : c;
            }
            return c >= 0xA1 && c <= 0xDF ? 0xFEC0 + c : -1;
        }

        private long sjisChar(int c, int c2) {
            if (c2 < 0x40 || c2 > 0x7E && c2 < 0x80 || c2 > 0xFC) {
                return NONE;
            }
            int code = JisTables.sjisToJis(c, c2);
            int row = code >> 8 & 0x7F;
            int cell = code & 0xFF;
            return (code & 0x8000) != 0 ? plane2(row, cell, v2000) : plane1(row, cell, v2000);
        }

        private static int eucLength(int c) {
            return c < 0x80 ? 1 : c == 0x8F ? 3 : 2;
        }

        private long eucChar(byte[] d, int i, int c) {
            int c2 = (d[i + 1] & 0xFF) ^ 0x80;
            if (c == 0x8E) {
                return c2 >= 0x21 && c2 <= 0x5F ? 0xFF61 + c2 - 0x21 : NONE;
            }
            if (c == 0x8F) {
                int c3 = (d[i + 2] & 0xFF) ^ 0x80;
                if (!inRange(c2, c3)) {
                    return NONE;
                }
                long v = plane2(c2, c3, v2000);
                if (v == NONE) {
                    v = JisTables.get().x0212[JisTables.index(c2, c3)];
                }
                return v;
            }
            int c1 = c ^ 0x80;
            if (!inRange(c1, c2)) {
                return NONE;
            }
            if (v2000 && newIn2004(c1, c2)) {
                return REFUSED;
            }
            if (c1 == 0x21 && c2 == 0x40) {
                return 0xFF3C;
            }
            if (c1 == 0x22 && c2 == 0x32) {
                return 0xFF5E;
            }
            return plane1(c1, c2, v2000);
        }
    }
}
