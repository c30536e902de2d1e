package dev.gilspy.interp.runtime.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;

/**
 * The JIS X 0208, JIS X 0212 and JIS X 0213 tables as CPython's {@code Modules/cjkcodecs} use them
 * ({@code jisx0208}, {@code jisx0212}, {@code jisxcommon}, {@code jisx0213_*}, {@code jisx0213_pair}),
 * derived once from the JDK's own charsets ({@code x-JIS0208}, {@code JIS_X0212-1990} and
 * {@code x-SJIS_0213}) and brought to CPython's mappings where the two differ (listed in
 * {@link #FIXES}). A code is {@code row << 8 | cell} with row and cell in 0x21-0x7E; bit 15 marks
 * JIS X 0212 in the common table and plane 2 in the JIS X 0213 one, as in CPython.
 */
final class JisTables {
    static final int NONE = -1;

    /** Decoding: JIS X 0208 (CPython's table: 1-29 is U+2015, 1-32 U+005C), JIS X 0212 (2-23 is U+007E). */
    final int[] x0208 = new int[94 * 94];
    final int[] x0212 = new int[94 * 94];
    /** Decoding JIS X 0213:2004 where JIS X 0208 has nothing: a code point, or two as {@code a << 32 | b}. */
    final long[] plane1 = new long[94 * 94];
    final long[] plane2 = new long[94 * 94];
    /** Encoding: JIS X 0208 and 0212 ({@code jisxcommon}); JIS X 0213 ({@code jisx0213_bmp/emp}). */
    final Map<Integer, Integer> common = new HashMap<>();
    final Map<Integer, Integer> x0213 = new HashMap<>();
    /** {@code base << 32 | mark} to its code, and each base's code when alone. */
    final Map<Long, Integer> pairs = new HashMap<>();
    final Map<Integer, Integer> pairBase = new HashMap<>();

    /** Built on first use: the JVM runs a holder's initializer once, under its class-init lock. */
    private static final class Holder {
        static final JisTables INSTANCE = new JisTables();
    }

    static JisTables get() {
        return Holder.INSTANCE;
    }

    /** A 94 x 94 table's index of the code {@code row << 8 | cell}; {@link #code} is its inverse. */
    static int index(int row, int cell) {
        return (row - 0x21) * 94 + (cell - 0x21);
    }

    /** The code {@code row << 8 | cell} (row and cell in 0x21-0x7E) at a 94 x 94 table's index. */
    static int code(int i) {
        return (i / 94 + 0x21) << 8 | (i % 94 + 0x21);
    }

    private JisTables() {
        fill(x0208, "x-JIS0208");
        fill(x0212, "JIS_X0212-1990");
        x0208[index(0x21, 0x3D)] = 0x2015;
        x0208[index(0x21, 0x40)] = 0x005C;
        x0212[index(0x22, 0x37)] = 0x007E;
        java.util.Arrays.fill(plane1, NONE);
        java.util.Arrays.fill(plane2, NONE);
        CharsetDecoder sjis = strict("x-SJIS_0213");
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (lead > 0x9F && lead < 0xE0) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                String s = decode(sjis, new byte[] {(byte) lead, (byte) trail});
                if (s == null) {
                    continue;
                }
                int code = sjisToJis(lead, trail);
                long v = s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0)
                    : (long) s.codePointAt(0) << 32 | s.codePointAt(s.offsetByCodePoints(0, 1));
                int row = code >> 8 & 0x7F;
                int cell = code & 0xFF;
                if ((code & 0x8000) != 0) {
                    plane2[index(row, cell)] = v;
                } else if (x0208[index(row, cell)] == NONE) {
                    plane1[index(row, cell)] = v;
                }
            }
        }
        for (int[] f : FIXES) {
            long[] plane = (f[0] & 0x8000) != 0 ? plane2 : plane1;
            plane[index(f[0] >> 8 & 0x7F, f[0] & 0xFF)] = f[1];
        }
        for (int i = 0; i < 94 * 94; i++) {
            if (x0208[i] != NONE) {
                common.putIfAbsent(x0208[i], code(i));
            }
        }
        for (int i = 0; i < 94 * 94; i++) {
            if (x0212[i] != NONE) {
                common.putIfAbsent(x0212[i], code(i) | 0x8000);
            }
        }
        addX0213(plane1, 0);
        addX0213(plane2, 0x8000);
    }

    private void addX0213(long[] plane, int flag) {
        for (int i = 0; i < 94 * 94; i++) {
            long v = plane[i];
            if (v == NONE) {
                continue;
            }
            int code = flag | code(i);
            if (v >>> 32 != 0) {
                pairs.put(v, code);
            } else {
                x0213.putIfAbsent((int) v, code);
            }
        }
        for (long p : pairs.keySet()) {
            int base = (int) (p >>> 32);
            Integer alone = x0213.get(base);
            if (alone == null) {
                alone = common.get(base);
            }
            if (alone != null) {
                pairBase.put(base, alone);
            }
        }
    }

    /** CPython's arithmetic from a Shift_JIS-2004 byte pair to a JIS X 0213 code (bit 15: plane 2). */
    static int sjisToJis(int lead, int trail) {
        int c1 = lead < 0xE0 ? lead - 0x81 : lead - 0xC1;
        int c2 = trail < 0x80 ? trail - 0x40 : trail - 0x41;
        c1 = 2 * c1 + (c2 < 0x5E ? 0 : 1);
        c2 = (c2 < 0x5E ? c2 : c2 - 0x5E) + 0x21;
        if (c1 < 0x5E) {
            return (c1 + 0x21) << 8 | c2;
        }
        if (c1 >= 0x67) {
            c1 += 0x07;
        } else if (c1 >= 0x63 || c1 == 0x5F) {
            c1 -= 0x37;
        } else {
            c1 -= 0x3D;
        }
        return 0x8000 | c1 << 8 | c2;
    }

    /** The inverse: a JIS X 0213 code to its two Shift_JIS-2004 bytes. */
    static int jisToSjis(int code) {
        int c1 = code >> 8;
        int c2 = (code & 0xFF) - 0x21;
        if ((c1 & 0x80) != 0) {
            if (c1 >= 0xEE) {
                c1 -= 0x87;
            } else if (c1 >= 0xAC || c1 == 0xA8) {
                c1 -= 0x49;
            } else {
                c1 -= 0x43;
            }
        } else {
            c1 -= 0x21;
        }
        if ((c1 & 1) != 0) {
            c2 += 0x5E;
        }
        c1 >>= 1;
        return (c1 + (c1 < 0x1F ? 0x81 : 0xC1)) << 8 | (c2 + (c2 < 0x3F ? 0x40 : 0x41));
    }

    /** Where the JDK's x-SJIS_0213 and CPython's JIS X 0213 tables differ: code, CPython's code point. */
    private static final int[][] FIXES = {
        {0x2232, 0x007E}, {0x2256, 0x2985}, {0x2257, 0x2986},
    };

    private static CharsetDecoder strict(String charset) {
        return Charset.forName(charset).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decode(CharsetDecoder d, byte[] b) {
        try {
            d.reset();
            return d.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void fill(int[] table, String charset) {
        fill(table, charset, 0);
    }

    /** A 94x94 set from a charset that takes it with the high bit set (EUC-KR, GB2312). */
    static void fillHigh(int[] table, String charset) {
        fill(table, charset, 0x80);
    }

    private static void fill(int[] table, String charset, int high) {
        java.util.Arrays.fill(table, NONE);
        CharsetDecoder d = strict(charset);
        for (int row = 0x21; row < 0x7F; row++) {
            for (int cell = 0x21; cell < 0x7F; cell++) {
                String s = decode(d, new byte[] {(byte) (row | high), (byte) (cell | high)});
                if (s != null && s.codePointCount(0, s.length()) == 1) {
                    table[index(row, cell)] = s.codePointAt(0);
                }
            }
        }
    }
}
