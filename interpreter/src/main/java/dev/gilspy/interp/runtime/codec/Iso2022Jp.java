package dev.gilspy.interp.runtime.codec;

import static dev.gilspy.interp.runtime.codec.JisCodecs.ILLEGAL;
import static dev.gilspy.interp.runtime.codec.JisCodecs.INCOMPLETE;
import static dev.gilspy.interp.runtime.codec.JisCodecs.MORE;
import static dev.gilspy.interp.runtime.codec.JisCodecs.MULTI;
import static dev.gilspy.interp.runtime.codec.JisCodecs.NONE;

/**
 * {@code iso2022_jp}, {@code iso2022_jp_1}, {@code iso2022_jp_2004}, {@code iso2022_jp_3} and
 * {@code iso2022_jp_ext} as CPython's
 * {@code _codecs_iso2022.c} has them: the character sets each may designate into G0, in the order
 * the encoder tries them, the escape sequences the decoder accepts (with JIS X 0208's
 * {@code ESC & @} prefix), and "escape throughout" for escapes that are not ISO-2022's.
 */
final class Iso2022Jp {
    private Iso2022Jp() {}

    private static final int ESC = 0x1B;
    private static final int DBCS = 0x80;
    private static final int ASCII = 'B';

    /** One character set: its final byte (with DBCS for two-byte sets), width, and coding rules. */
    enum Designation {
        JISX0208('B' | DBCS), JISX0208_O('@' | DBCS), JISX0212('D' | DBCS), JISX0201_R('J'), JISX0201_K('I'),
        X0213_2000_1('O' | DBCS), X0213_2000_1_PAIRS('O' | DBCS), X0213_2000_2('P' | DBCS),
        X0213_2004_1('Q' | DBCS), X0213_2004_1_PAIRS('Q' | DBCS), X0213_2004_2('P' | DBCS);

        final int mark;

        Designation(int mark) {
            this.mark = mark;
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
            default -> new Designation[] {Designation.JISX0208, Designation.JISX0212, Designation.JISX0201_R, Designation.JISX0201_K,
                Designation.JISX0208_O};
        };
    }

    static final class Enc extends JisCodecs.PairEncoder {
        private final Designation[] sets;
        /** The set designated into G0; null: ASCII. */
        private Designation g0;

        Enc(String name) {
            super(name);
            this.sets = designations(name);
        }

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
        }

        private void designate(Designation cs, ByteOut out) {
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
            ByteOut out = new ByteOut(3);
            toAscii(out);
            return out.toArray();
        }

        @Override public void reset() {
            super.reset();
            g0 = null;
        }
    }

    static final class Dec extends Decoder implements Multibyte.Decoding {

        @Override boolean multibyte() { return true; }
        private final Designation[] sets;
        /** The G0 and G1 designations (marks; ASCII at first), and "escape throughout". */
        private int g0 = ASCII;
        private int g1 = ASCII;
        private boolean escThroughout;

        Dec(String name) {
            super(name);
            this.sets = designations(name);
        }

        @Override public void reset() {
            g0 = ASCII;
            escThroughout = false;
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
                if (c == '\n' || c < 0x20) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                if (c >= 0x80) {
                    i = error(d, i, i + 1, ILLEGAL, errors, sb);
                    continue;
                }
                if (g0 == ASCII) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                Designation cs = find(g0);
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
                } else if (i + j + 1 < d.length && b == '&' && d[i + j + 1] == '@') {
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
                    if (d[i + 3] == ESC && d[i + 4] == '$' && d[i + 5] == 'B') {
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
            } else {
                g1 = mark;
            }
            return len;
        }
    }
}
