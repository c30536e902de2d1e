package dev.gilspy.interp.runtime.codec;

import static dev.gilspy.interp.runtime.codec.JisCodecs.ILLEGAL;
import static dev.gilspy.interp.runtime.codec.JisCodecs.INCOMPLETE;
import static dev.gilspy.interp.runtime.codec.JisCodecs.MORE;
import static dev.gilspy.interp.runtime.codec.JisCodecs.MULTI;
import static dev.gilspy.interp.runtime.codec.JisCodecs.NONE;

/**
 * The seven codecs of CPython's {@code _codecs_iso2022.c} ({@code iso2022_jp}, {@code _jp_1},
 * {@code _jp_2}, {@code _jp_2004}, {@code _jp_3}, {@code _jp_ext}, {@code iso2022_kr}): the
 * character sets each may designate, in the order the encoder tries them, the escape sequences the
 * decoder accepts (with JIS X 0208's {@code ESC & @} prefix), Korean's shift into G1, the G2 sets
 * of ISO-2022-JP-2 reached by a single shift, and "escape throughout" for escapes that are not
 * ISO-2022's.
 */
final class Iso2022 {
    private Iso2022() {}

    private static final int ESC = 0x1B;
    private static final int SO = 0x0E;
    private static final int SI = 0x0F;
    private static final int DBCS = 0x80;
    private static final int ASCII = 'B';
    private static final int F_SHIFTED = 1;
    private static final int F_ESCTHROUGHOUT = 2;

    /** One character set: its final byte (with DBCS for two-byte sets), G0-G2, and coding rules. */
    enum Designation {
        JISX0208('B' | DBCS), JISX0208_O('@' | DBCS), JISX0212('D' | DBCS), JISX0201_R('J'), JISX0201_K('I'),
        X0213_2000_1('O' | DBCS), X0213_2000_1_PAIRS('O' | DBCS), X0213_2000_2('P' | DBCS),
        X0213_2004_1('Q' | DBCS), X0213_2004_1_PAIRS('Q' | DBCS), X0213_2004_2('P' | DBCS),
        KSX1001('C' | DBCS), KSX1001_G1('C' | DBCS, 1), GB2312('A' | DBCS),
        ISO8859_1('A', 2), ISO8859_7('F', 2);

        final int mark;
        /** 0: designated into G0, 1: G1 (shifted out), 2: G2 (single shift, never encoded). */
        final int plane;

        Designation(int mark) {
            this(mark, 0);
        }

        Designation(int mark, int plane) {
            this.mark = mark;
            this.plane = plane;
        }

        int width() {
            return (mark & DBCS) != 0 ? 2 : 1;
        }

        boolean v2000() {
            return this == X0213_2000_1 || this == X0213_2000_1_PAIRS || this == X0213_2000_2;
        }

        long decode(int b1, int b2) {
            JisTables t = JisTables.get();
            switch (this) {
                case JISX0201_R:
                    return b1 == 0x5C ? 0xA5 : b1 == 0x7E ? 0x203E : b1;
                case JISX0201_K:
                    return b1 >= 0x21 && b1 <= 0x5F ? 0xFEC0 + (b1 | 0x80) : NONE;
                default:
                    break;
            }
            if (!JisCodecs.inRange(b1, b2)) {
                return NONE;
            }
            return switch (this) {
                case KSX1001, KSX1001_G1 -> Korean.get().ksx1001[JisTables.index(b1, b2)];
                case GB2312 -> Korean.get().gb2312[JisTables.index(b1, b2)];
                case ISO8859_1, ISO8859_7 -> NONE;
                case JISX0208, JISX0208_O -> b1 == 0x21 && b2 == 0x40 ? 0xFF3C : t.x0208[JisTables.index(b1, b2)];
                case JISX0212 -> t.x0212[JisTables.index(b1, b2)];
                // CPython's ISO-2022 decoders do not emulate 2000's plane 2 (2-93-27 stays U+9B1C)
                case X0213_2000_2, X0213_2004_2 -> JisCodecs.plane2(b1, b2, false);
                default -> b1 == 0x21 && b2 == 0x40 ? 0xFF3C : Math.max(NONE, JisCodecs.plane1(b1, b2, v2000()));
            };
        }

        /**
         * Encodes {@code cps[i]}: {@code took << 16 | code}, NONE, or MORE. Pair-only sets take only a
         * base and its combining mark; a plane-1 set takes a pair base alone when no mark follows.
         */
        int encode(int[] cps, int i, boolean last) {
            int c = cps[i];
            JisTables t = JisTables.get();
            switch (this) {
                case JISX0208, JISX0208_O: {
                    if (c == 0xFF3C) {
                        return 1 << 16 | 0x2140;
                    }
                    Integer code = c < 0x10000 ? t.common.get(c) : null;
                    return code == null || (code & 0x8000) != 0 ? NONE : 1 << 16 | code;
                }
                case JISX0212: {
                    Integer code = c < 0x10000 ? t.common.get(c) : null;
                    return code == null || (code & 0x8000) == 0 ? NONE : 1 << 16 | code & 0x7FFF;
                }
                case JISX0201_R:
                    if (c < 0x80 && c != 0x5C && c != 0x7E) {
                        return 1 << 16 | c;
                    }
                    return c == 0xA5 ? 1 << 16 | 0x5C : c == 0x203E ? 1 << 16 | 0x7E : NONE;
                case JISX0201_K:
                    return c >= 0xFF61 && c <= 0xFF9F ? 1 << 16 | (c - 0xFEC0 - 0x80) : NONE;
                case KSX1001, KSX1001_G1, GB2312: {
                    Korean k = Korean.get();
                    Integer code = c < 0x10000 ? (this == GB2312 ? k.encGb : k.encKs).get(c) : null;
                    return code == null ? NONE : 1 << 16 | code;
                }
                case ISO8859_1, ISO8859_7:
                    return NONE;
                default:
                    break;
            }
            int code = JisCodecs.x0213(c, v2000(), false);
            int took = 1;
            boolean pairsOnly = this == X0213_2000_1_PAIRS || this == X0213_2004_1_PAIRS;
            if (code == MULTI) {
                int[] p = JisCodecs.pair(cps, i, last);
                if (p[0] == MORE) {
                    return MORE;
                }
                code = p[0];
                took = p[1];
                if (pairsOnly && took != 2) {
                    return NONE;
                }
            } else if (pairsOnly) {
                return NONE;
            }
            if (code == NONE) {
                return NONE;
            }
            boolean plane2 = (code & 0x8000) != 0;
            if (this == X0213_2000_2 || this == X0213_2004_2) {
                return plane2 ? took << 16 | code & 0x7FFF : NONE;
            }
            return plane2 ? NONE : took << 16 | code;
        }
    }

    static Designation[] designations(String codec) {
        return switch (codec) {
            case "iso2022_jp_2004" -> new Designation[] {Designation.X0213_2004_1_PAIRS, Designation.JISX0208,
                Designation.X0213_2004_1, Designation.X0213_2004_2};
            case "iso2022_jp_3" -> new Designation[] {Designation.X0213_2000_1_PAIRS, Designation.JISX0208,
                Designation.X0213_2000_1, Designation.X0213_2000_2};
            case "iso2022_jp" -> new Designation[] {Designation.JISX0208, Designation.JISX0201_R, Designation.JISX0208_O};
            case "iso2022_jp_1" -> new Designation[] {Designation.JISX0208, Designation.JISX0212, Designation.JISX0201_R,
                Designation.JISX0208_O};
            case "iso2022_jp_2" -> new Designation[] {Designation.JISX0208, Designation.JISX0212, Designation.KSX1001,
                Designation.GB2312, Designation.JISX0201_R, Designation.JISX0208_O, Designation.ISO8859_1,
                Designation.ISO8859_7};
            case "iso2022_kr" -> new Designation[] {Designation.KSX1001_G1};
            default -> new Designation[] {Designation.JISX0208, Designation.JISX0212, Designation.JISX0201_R, Designation.JISX0201_K,
                Designation.JISX0208_O};
        };
    }

    /** KS X 1001 (and GB 2312, which ISO-2022-JP-2 also takes) as CPython's tables have them, from the JDK's EUC-KR and GB2312. */
    static final class Korean {
        final int[] ksx1001 = new int[94 * 94];
        final int[] gb2312 = new int[94 * 94];
        final java.util.Map<Integer, Integer> encKs = new java.util.HashMap<>();
        final java.util.Map<Integer, Integer> encGb = new java.util.HashMap<>();

        /** Built on first use: the JVM runs a holder's initializer once, under its class-init lock. */
        private static final class Holder {
            static final Korean INSTANCE = new Korean();
        }

        static Korean get() {
            return Holder.INSTANCE;
        }

        private Korean() {
            JisTables.fillHigh(ksx1001, "EUC-KR");
            JisTables.fillHigh(gb2312, "GB2312");
            // the JDK's EUC-KR has KS X 1001:2002's circled Korean postal mark at 2-72; CPython's table predates it
            ksx1001[JisTables.index(0x22, 0x68)] = NONE;
            for (int i = 0; i < 94 * 94; i++) {
                if (ksx1001[i] != NONE) {
                    encKs.putIfAbsent(ksx1001[i], JisTables.code(i));
                }
                if (gb2312[i] != NONE) {
                    encGb.putIfAbsent(gb2312[i], JisTables.code(i));
                }
            }
        }
    }

    static final class Enc extends JisCodecs.PairEncoder {
        private final Designation[] sets;
        /** The sets designated into G0 and G1 (null: ASCII), and whether G1 is shifted in. */
        private Designation g0;
        private Designation g1;
        private boolean shifted;

        Enc(String name) {
            super(name);
            this.sets = designations(name);
        }

        @Override boolean multibyte() { return true; }

        @Override int encodeAt(int[] cps, int i, boolean last, ByteOut out) {
            int c = cps[i];
            if (c < 0x80) {
                if (out != null) {
                    toAscii(out);
                    out.put(c);
                }
                return 1;
            }
            for (Designation cs : sets) {
                int r = cs.encode(cps, i, last);
                if (r == MORE) {
                    return MORE;
                }
                if (r == NONE) {
                    continue;
                }
                if (out != null) {
                    designate(cs, out);
                    int code = r & 0xFFFF;
                    if (cs.width() == 1) {
                        out.put(code);
                    } else {
                        out.put(code >> 8);
                        out.put(code & 0xFF);
                    }
                }
                return r >>> 16;
            }
            return 0;
        }

        private void toAscii(ByteOut out) {
            if (g0 != null) {
                out.put(ESC);
                out.put('(');
                out.put('B');
                g0 = null;
            }
            if (shifted) {
                out.put(SI);
                shifted = false;
            }
        }

        private void designate(Designation cs, ByteOut out) {
            if (cs.plane == 1) {
                if (g1 == null || g1.mark != cs.mark) {
                    out.put(ESC);
                    if (cs.width() == 2) {
                        out.put('$');
                    }
                    out.put(')');
                    out.put(cs.mark & 0x7F);
                    g1 = cs;
                }
                if (!shifted) {
                    out.put(SO);
                    shifted = true;
                }
                return;
            }
            if (shifted) {
                out.put(SI);
                shifted = false;
            }
            if (g0 != null && g0.mark == cs.mark) {
                return;
            }
            out.put(ESC);
            if (cs.width() == 1) {
                out.put('(');
            } else {
                out.put('$');
                if (cs != Designation.JISX0208) {
                    out.put('(');
                }
            }
            out.put(cs.mark & 0x7F);
            g0 = cs;
        }

        @Override byte[] tail() {
            ByteOut out = new ByteOut(4);
            if (shifted) {
                out.put(SI);
                shifted = false;
            }
            if (g0 != null) {
                out.put(ESC);
                out.put('(');
                out.put('B');
                g0 = null;
            }
            return out.toArray();
        }

        @Override public void reset() {
            super.reset();
            g0 = null;
            shifted = false;
        }

        /** _codecs_iso2022.c's state: G0 and G1 marks (ASCII: 'B'), then the flags byte (1: shifted out). */
        @Override public byte[] state() {
            byte[] c = new byte[8];
            c[0] = (byte) (g0 == null ? ASCII : g0.mark);
            c[1] = (byte) (g1 == null ? ASCII : g1.mark);
            c[4] = (byte) (shifted ? F_SHIFTED : 0);
            return c;
        }

        @Override public void setState(byte[] c) {
            g0 = find(sets, c[0] & 0xFF);
            g1 = find(sets, c[1] & 0xFF);
            shifted = (c[4] & F_SHIFTED) != 0;
        }
    }

    /** The first of {@code sets} with {@code mark}; null (ASCII) when none has it. */
    static Designation find(Designation[] sets, int mark) {
        for (Designation cs : sets) {
            if (cs.mark == mark) {
                return cs;
            }
        }
        return null;
    }

    static final class Dec extends Decoder implements Multibyte.Decoding {
        private final Designation[] sets;
        /** All but iso2022_kr: SO and SI are plain bytes, and {@code ESC & @} may precede JIS X 0208. */
        private final boolean japanese;
        /** iso2022_jp_2: G2 designations and single shifts. */
        private final boolean useG2;
        /** The G0, G1 and G2 designations (marks; ASCII at first), shifted into G1, "escape throughout". */
        private int g0 = ASCII;
        private int g1 = ASCII;
        private int g2 = ASCII;
        private boolean shifted;
        private boolean escThroughout;

        Dec(String name) {
            super(name);
            this.sets = designations(name);
            this.japanese = !name.equals("iso2022_kr");
            this.useG2 = name.equals("iso2022_jp_2");
        }

        @Override boolean multibyte() { return true; }

        @Override public void reset() {
            g0 = ASCII;
            shifted = false;
            escThroughout = false;
        }

        /** _codecs_iso2022.c's state: the G0, G1, G2 marks, then the flags (1: shifted out, 2: escape throughout). */
        @Override public byte[] state() {
            byte[] c = new byte[8];
            c[0] = (byte) g0;
            c[1] = (byte) g1;
            c[2] = (byte) g2;
            c[4] = (byte) ((shifted ? F_SHIFTED : 0) | (escThroughout ? F_ESCTHROUGHOUT : 0));
            return c;
        }

        @Override public void setState(byte[] c) {
            g0 = c[0] & 0xFF;
            g1 = c[1] & 0xFF;
            g2 = c[2] & 0xFF;
            shifted = (c[4] & F_SHIFTED) != 0;
            escThroughout = (c[4] & F_ESCTHROUGHOUT) != 0;
        }

        private Designation find(int mark) {
            for (Designation cs : sets) {
                if (cs.mark == mark) {
                    return cs;
                }
            }
            return null;
        }

        @Override public Result decode(byte[] d, String errors, boolean last) {
            StringBuilder sb = new StringBuilder(d.length);
            int i = 0;
            while (i < d.length) {
                int c = d[i] & 0xFF;
                if (escThroughout) {
                    sb.append((char) c);
                    i++;
                    if (c >= 'A' && c <= 'Z' || c == '@') {
                        escThroughout = false;
                    }
                    continue;
                }
                if (c == ESC) {
                    if (i + 1 >= d.length) {
                        if (!last) {
                            break;
                        }
                        i = error(d, i, d.length, INCOMPLETE, errors, sb);
                        continue;
                    }
                    int c2 = d[i + 1] & 0xFF;
                    if (useG2 && c2 == 'N') {
                        if (i + 2 >= d.length) {
                            if (!last) {
                                break;
                            }
                            i = error(d, i, d.length, INCOMPLETE, errors, sb);
                            continue;
                        }
                        int v = singleShift(d[i + 2] & 0xFF);
                        if (v < 0) {
                            i = error(d, i, i + 3, ILLEGAL, errors, sb);
                        } else {
                            sb.append((char) v);
                            i += 3;
                        }
                        continue;
                    }
                    if (c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&') {
                        int r = escape(d, i);
                        if (r > 0) {
                            i += r;
                        } else if (r == 0) {
                            if (!last) {
                                break;
                            }
                            i = error(d, i, d.length, INCOMPLETE, errors, sb);
                        } else {
                            i = error(d, i, i - r, ILLEGAL, errors, sb);
                        }
                    } else {
                        sb.append((char) ESC);
                        escThroughout = true;
                        i++;
                    }
                    continue;
                }
                if (!japanese && (c == SO || c == SI)) {
                    shifted = c == SO;
                    i++;
                    continue;
                }
                if (c == '\n') {
                    shifted = false;
                }
                if (c < 0x20) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                if (c >= 0x80) {
                    i = error(d, i, i + 1, ILLEGAL, errors, sb);
                    continue;
                }
                int mark = shifted ? g1 : g0;
                if (mark == ASCII) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                Designation cs = find(mark);
                int w = cs.width();
                if (i + w > d.length) {
                    if (!last) {
                        break;
                    }
                    i = error(d, i, d.length, INCOMPLETE, errors, sb);
                    continue;
                }
                long v = cs.decode(c, w == 2 ? d[i + 1] & 0xFF : 0);
                if (v == NONE) {
                    i = error(d, i, i + w, ILLEGAL, errors, sb);
                    continue;
                }
                JisCodecs.append(sb, v);
                i += w;
            }
            return new Result(sb.toString(), i);
        }

        /** An escape sequence at {@code i}: its length once applied, 0 if incomplete, minus the bad length. */
        private int escape(byte[] d, int i) {
            int len = -1;
            int j;
            for (j = 1; j < 16; j++) {
                if (i + j >= d.length) {
                    return 0;
                }
                int b = d[i + j] & 0xFF;
                if (b >= 'A' && b <= 'Z' || b == '@') {
                    len = j + 1;
                    break;
                } else if (japanese && i + j + 1 < d.length && b == '&' && d[i + j + 1] == '@') {
                    j += 2;
                }
            }
            if (j >= 16) {
                return -1;
            }
            int mark;
            int which;
            int in2 = d[i + 1] & 0xFF;
            switch (len) {
                case 3 -> {
                    int in3 = d[i + 2] & 0xFF;
                    if (in2 == '$') {
                        mark = in3 | DBCS;
                        which = 0;
                    } else {
                        mark = in3;
                        if (in2 == '(') {
                            which = 0;
                        } else if (in2 == ')') {
                            which = 1;
                        } else if (useG2 && in2 == '.') {
                            which = 2;
                        } else {
                            return -3;
                        }
                    }
                }
                case 4 -> {
                    if (in2 != '$') {
                        return -4;
                    }
                    int in3 = d[i + 2] & 0xFF;
                    mark = (d[i + 3] & 0xFF) | DBCS;
                    if (in3 == '(') {
                        which = 0;
                    } else if (in3 == ')') {
                        which = 1;
                    } else {
                        return -4;
                    }
                }
                case 6 -> {
                    if (japanese && d[i + 3] == ESC && d[i + 4] == '$' && d[i + 5] == 'B') {
                        mark = 'B' | DBCS;
                        which = 0;
                    } else {
                        return -6;
                    }
                }
                default -> {
                    return -len;
                }
            }
            if (mark != ASCII && find(mark) == null) {
                return -len;
            }
            if (which == 0) {
                g0 = mark;
            } else if (which == 1) {
                g1 = mark;
            } else {
                g2 = mark;
            }
            return len;
        }

        /** The character after {@code ESC N} in the G2 set, or -1 (CPython's {@code iso2022processg2}). */
        private int singleShift(int b) {
            if (g2 == 'A') {
                return b < 0x80 ? b + 0x80 : -1;
            }
            if (g2 == 'F') {
                int c = b ^ 0x80;
                if (c < 0xA0) {
                    return c;
                }
                if (c < 0xC0 && (0x288F3BC9L >> (c - 0xA0) & 1) != 0) {
                    return c;
                }
                if (c >= 0xB4 && c <= 0xFE && (c >= 0xD4 || (0xBFFFFD77L >> (c - 0xB4) & 1) != 0)) {
                    return 0x02D0 + c;
                }
                return c == 0xA1 ? 0x2018 : c == 0xA2 ? 0x2019 : c == 0xAF ? 0x2015 : -1;
            }
            return (b & 0x80) != 0 ? -1 : b;
        }
    }
}
