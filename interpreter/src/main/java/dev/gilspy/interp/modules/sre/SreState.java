package dev.gilspy.interp.modules.sre;

import static dev.gilspy.interp.modules.sre.SreOp.*;

import java.util.Arrays;

/**
 * CPython's {@code SRE_STATE}: one run of a pattern over a string, between {@code start} and
 * {@code end}, with the capture marks, the repeat contexts and the backtracking stacks that
 * {@link SreEngine} keeps instead of the C stack. This class also holds what {@code sre_lib.h}
 * writes beside {@code SRE(match)}: {@code at}, {@code charset}, {@code count} and {@code search}.
 *
 * <p>Positions are ints into {@link SreText}; the beginning of the string is always 0 (a
 * {@code pos} argument moves {@code start}, not the beginning, so {@code ^} still means index 0);
 * a null mark is -1.
 */
final class SreState {
    final int[] code;
    final SreText text;
    /** Where the current attempt started (the match's span start) and the string's logical end. */
    int start;
    final int end;
    /** pos and endpos as clamped by {@code state_init}. */
    final int pos;
    final int endpos;
    int ptr;
    int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    SreEngine.Repeat repeat;
    boolean matchAll;
    boolean mustAdvance;

    /** Saved marks and repeat positions (CPython's data stack, less the contexts). */
    int[] data = NO_DATA;
    int dataTop;
    /** The contexts of the backtracking machine; reused from one call to the next. */
    SreEngine.Ctx[] ctxs = new SreEngine.Ctx[4];
    int ctxTop;
    /** What {@link SreResume} hands back to the engine's loop besides the mode. */
    boolean resRet;
    int resPc;
    int resPtr;

    SreState(int[] code, int groups, SreText text, long pos, long endpos) {
        this.code = code;
        this.text = text;
        int len = text.length;
        int s = (int) Math.max(0, Math.min(pos, len));
        int e = (int) Math.max(0, Math.min(endpos, len));
        this.start = s;
        this.end = e;
        this.pos = s;
        this.endpos = e;
        this.mark = new int[2 * groups + 2];
    }

    /** {@code state_reset}: forget the marks and repeats of the last attempt. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
    }

    // ------------------------------------------------------------------ the data stack

    private static final int[] NO_DATA = new int[0];

    void pushInt(int v) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, Math.max(16, data.length * 2));
        }
        data[dataTop++] = v;
    }

    int popInt() { return data[--dataTop]; }

    void markPush(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(16, Math.max(data.length * 2, dataTop + n)));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    void markPop(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            dataTop -= n;
            System.arraycopy(data, dataTop, mark, 0, n);
        }
    }

    void markPopKeep(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            System.arraycopy(data, dataTop - n, mark, 0, n);
        }
    }

    void markPopDiscard(int lastmark) {
        if (lastmark >= 0) {
            dataTop -= lastmark + 1;
        }
    }

    // ------------------------------------------------------------------ sre_lib.h's helpers

    private boolean isWordAt(int i, int flavour) {
        int c = text.ch(i);
        return flavour == 0 ? SreChars.isAsciiWord(c) : flavour == 1 ? SreChars.isLocWord(c) : SreChars.isUniWord(c);
    }

    private boolean boundary(int p, int flavour) {
        if (end == 0) {
            return false;
        }
        boolean that = p > 0 && isWordAt(p - 1, flavour);
        boolean thisp = p < end && isWordAt(p, flavour);
        return that != thisp;
    }

    /** {@code SRE(at)}: does position {@code p} satisfy the position code {@code at}. */
    boolean at(int p, int at) {
        switch (at) {
            case AT_BEGINNING, AT_BEGINNING_STRING: return p == 0;
            case AT_BEGINNING_LINE: return p == 0 || SreChars.isLinebreak(text.ch(p - 1));
            case AT_END: return (end - p == 1 && SreChars.isLinebreak(text.ch(p))) || p == end;
            case AT_END_LINE: return p == end || SreChars.isLinebreak(text.ch(p));
            case AT_END_STRING: return p == end;
            case AT_BOUNDARY: return boundary(p, 0);
            case AT_NON_BOUNDARY: return end != 0 && !boundary(p, 0);
            case AT_LOC_BOUNDARY: return boundary(p, 1);
            case AT_LOC_NON_BOUNDARY: return end != 0 && !boundary(p, 1);
            case AT_UNI_BOUNDARY: return boundary(p, 2);
            case AT_UNI_NON_BOUNDARY: return end != 0 && !boundary(p, 2);
            default: return false;
        }
    }

    /** {@code SRE(charset)}: is {@code ch} in the set whose code starts at {@code set}. */
    boolean charset(int set, int ch) {
        final int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (inRange(code[set], ch, code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (inRange(code[set], ch, code[set + 1])) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (inRange(code[set], uch, code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (ch < 0x10000) {
                        int k = ch >>> 8;
                        block = (code[set + (k >>> 2)] >>> ((k & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    private static boolean inRange(int lo, int ch, int hi) {
        return Integer.compareUnsigned(lo, ch) <= 0 && Integer.compareUnsigned(ch, hi) <= 0;
    }

    boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    /**
     * {@code SRE(count)}: how many times the single-character item at {@code pc} matches from
     * {@code ptr}, at most {@code maxcount} ({@link SreOp#MAXREPEAT}: no limit).
     */
    int count(int pc, int maxcount) {
        final int[] code = this.code;
        final SreText text = this.text;
        int p = ptr;
        int e = end;
        if (maxcount != MAXREPEAT && bound(maxcount) < e - p) {
            e = p + bound(maxcount);
        }
        switch (code[pc]) {
            case IN:
                while (p < e && charset(pc + 2, text.ch(p))) {
                    p++;
                }
                break;
            case ANY:
                while (p < e && !SreChars.isLinebreak(text.ch(p))) {
                    p++;
                }
                break;
            case ANY_ALL:
                p = e;
                break;
            case LITERAL: {
                int c = code[pc + 1];
                if (text.kind == SreText.CHARS) {
                    String s = text.str;
                    while (p < e && s.charAt(p) == c) {
                        p++;
                    }
                } else {
                    while (p < e && text.ch(p) == c) {
                        p++;
                    }
                }
                break;
            }
            case LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(text.ch(p)) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(text.ch(p)) == c) {
                    p++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.charLocIgnore(c, text.ch(p))) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL: {
                int c = code[pc + 1];
                if (text.kind == SreText.CHARS) {
                    String s = text.str;
                    while (p < e && s.charAt(p) != c) {
                        p++;
                    }
                } else {
                    while (p < e && text.ch(p) != c) {
                        p++;
                    }
                }
                break;
            }
            case NOT_LITERAL_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerAscii(text.ch(p)) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int c = code[pc + 1];
                while (p < e && SreChars.lowerUnicode(text.ch(p)) != c) {
                    p++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < e && !SreChars.charLocIgnore(c, text.ch(p))) {
                    p++;
                }
                break;
            }
            default: {
                // a one-character item the cases above do not know (a category, a group of one...)
                int from = p;
                while (ptr < e) {
                    if (!SreEngine.match(this, pc, false)) {
                        break;
                    }
                }
                return ptr - from;
            }
        }
        return p - ptr;
    }

    // ------------------------------------------------------------------ search

    /** {@code SRE(search)}: the first match at or after {@code start}, using the INFO block's prefix or charset. */
    boolean search() {
        final int[] code = this.code;
        int p = start;
        int e = end;
        if (p > e) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefixAt = -1;
        int charsetAt = -1;
        if (code[0] == INFO) {
            flags = code[2];
            int min = bound(code[3]);
            if (min != 0 && e - p < min) {
                return false;
            }
            if (min > 1) {
                e -= min - 1;
                if (e <= p) {
                    e = p;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefixAt = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetAt = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen >= 1) {
            return searchPrefix(pc, p, prefixAt, prefixLen, prefixSkip, (flags & INFO_LITERAL) != 0);
        }
        if (charsetAt >= 0) {
            e = end;
            mustAdvance = false;
            for (;;) {
                while (p < e && !charset(charsetAt, text.ch(p))) {
                    p++;
                }
                if (p >= e) {
                    return false;
                }
                start = p;
                ptr = p;
                if (SreEngine.match(this, pc, false)) {
                    return true;
                }
                p++;
                lastmark = -1;
                lastindex = -1;
            }
        }
        start = p;
        ptr = p;
        boolean found = SreEngine.match(this, pc, true);
        mustAdvance = false;
        if (!found && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = e;
            ptr = e;
            return false;
        }
        while (!found && p < e) {
            p++;
            lastmark = -1;
            lastindex = -1;
            start = p;
            ptr = p;
            found = SreEngine.match(this, pc, false);
        }
        return found;
    }

    private int[] prefix;
    private String prefixChars;

    private boolean searchPrefix(int pc, int p, int prefixAt, int prefixLen, int prefixSkip, boolean literal) {
        int e = end;
        if (prefixLen > e - p) {
            return false;
        }
        if (prefix == null) {
            prefix = Arrays.copyOfRange(code, prefixAt, prefixAt + prefixLen);
            StringBuilder sb = new StringBuilder(prefixLen);
            for (int c : prefix) {
                if (c < 0 || c > 0xffff || Character.isSurrogate((char) c)) {
                    sb = null;
                    break;
                }
                sb.append((char) c);
            }
            prefixChars = sb == null ? null : sb.toString();
        }
        mustAdvance = false;
        int next = pc + 2 * prefixSkip;
        while (p < e) {
            int at = prefixLen == 1 ? text.indexOf(prefix[0], p, e) : text.indexOf(prefix, prefixChars, p, e);
            if (at < 0) {
                return false;
            }
            start = at;
            ptr = at + prefixSkip;
            if (literal) {
                ptr = at + prefixLen;
                return true;
            }
            if (SreEngine.match(this, next, false)) {
                return true;
            }
            p = at + 1;
            lastmark = -1;
            lastindex = -1;
        }
        return false;
    }
}
