package dev.gilspy.interp.modules.sre;

import static dev.gilspy.interp.modules.sre.SreOp.*;

import dev.gilspy.interp.runtime.Err;

/**
 * {@code SRE(match)} of {@code Modules/_sre/sre_lib.h}: an interpreter of SRE code that backtracks
 * with an explicit stack of contexts, never with Java recursion, so that {@code (a|b)*} over a
 * 200 000-character string needs heap, not thread stack.
 *
 * <p>Notes about the implementation. CPython's {@code SRE(match)} "calls" a sub-pattern by pushing a
 * context that records where to come back ({@code jump}) and jumping to {@code entrance}; when the
 * sub-pattern returns, the {@code exit} code pops the context and jumps to the label that
 * {@code jump} names. Java has no goto, so the same machine is one loop in three modes:
 * {@code ENTER} (a new context starts at {@code pc}), {@code DISPATCH} (run opcodes) and
 * {@code EXIT} (the current context returned {@code ret}: pop it and resume the caller according to
 * its {@code jump}). Each resumption continues exactly as the C code after its {@code DO_JUMP}:
 * it may dispatch on, call again (a loop of alternatives or of repeat counts) or return.
 * The capture marks and the {@code last_ptr} of repeats are saved on {@link SreState}'s int stack
 * in the same order as CPython's {@code MARK_PUSH}/{@code DATA_PUSH}.
 *
 * <p>The GIL is held for the whole match, as in CPython, which does not release it in {@code _sre}.
 * CPython checks for signals every 4096 opcodes; gilspy does not (Ctrl-C waits for the match).
 */
final class SreEngine {
    private SreEngine() {}

    /** {@code SRE_REPEAT}: the state of one REPEAT ... MAX_UNTIL/MIN_UNTIL loop. */
    static final class Repeat {
        int count;
        final int pc;
        final Repeat prev;
        int lastPtr = -1;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
            this.count = -1;
        }
    }

    /** {@code SRE(match_context)}. */
    static final class Ctx {
        int count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        int pc;
        int ptr;
        boolean toplevel;
        int jump;
    }

    private static final int J_NONE = 0;
    private static final int J_MAX_UNTIL_1 = 1;
    private static final int J_MAX_UNTIL_2 = 2;
    private static final int J_MAX_UNTIL_3 = 3;
    private static final int J_MIN_UNTIL_1 = 4;
    private static final int J_MIN_UNTIL_2 = 5;
    private static final int J_MIN_UNTIL_3 = 6;
    private static final int J_REPEAT = 7;
    private static final int J_REPEAT_ONE_1 = 8;
    private static final int J_REPEAT_ONE_2 = 9;
    private static final int J_MIN_REPEAT_ONE = 10;
    private static final int J_BRANCH = 11;
    private static final int J_ASSERT = 12;
    private static final int J_ASSERT_NOT = 13;
    private static final int J_POSS_REPEAT_1 = 14;
    private static final int J_POSS_REPEAT_2 = 15;
    private static final int J_ATOMIC_GROUP = 16;

    private static final int ENTER = 0;
    private static final int DISPATCH = 1;
    private static final int EXIT = 2;

    private static Ctx push(SreState s, int jump, boolean toplevel) {
        if (s.ctxTop == s.ctxs.length) {
            s.ctxs = java.util.Arrays.copyOf(s.ctxs, s.ctxs.length * 2);
        }
        Ctx c = s.ctxs[s.ctxTop];
        if (c == null) {
            c = new Ctx();
            s.ctxs[s.ctxTop] = c;
        }
        s.ctxTop++;
        c.jump = jump;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    /**
     * Matches the code at {@code pc} at {@code s.ptr}; on success {@code s.ptr} is the end of the
     * match. {@code toplevel} applies {@code match_all} and {@code must_advance} at SUCCESS.
     */
    static boolean match(SreState s, int pc, boolean toplevel) {
        final int[] code = s.code;
        final SreText text = s.text;
        final int end = s.end;
        final int base = s.ctxTop;
        Ctx ctx = push(s, J_NONE, toplevel);
        int ptr = 0;
        boolean ret = false;
        int mode = ENTER;
        for (;;) {
            if (mode == ENTER) {
                ptr = s.ptr;
                mode = DISPATCH;
                if (code[pc] == INFO) {
                    int min = bound(code[pc + 3]);
                    if (min != 0 && end - ptr < min) {
                        ret = false;
                        mode = EXIT;
                    } else {
                        pc += code[pc + 1] + 1;
                    }
                }
            }
            dispatch:
            while (mode == DISPATCH) {
                int op = code[pc++];
                switch (op) {
                    case MARK: {
                        int i = code[pc];
                        if ((i & 1) != 0) {
                            s.lastindex = i / 2 + 1;
                        }
                        if (i > s.lastmark) {
                            for (int j = s.lastmark + 1; j < i; j++) {
                                s.mark[j] = -1;
                            }
                            s.lastmark = i;
                        }
                        s.mark[i] = ptr;
                        pc++;
                        break;
                    }
                    case LITERAL:
                        if (ptr >= end || text.ch(ptr) != code[pc]) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc++;
                        ptr++;
                        break;
                    case NOT_LITERAL:
                        if (ptr >= end || text.ch(ptr) == code[pc]) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc++;
                        ptr++;
                        break;
                    case SUCCESS:
                        if (ctx.toplevel && ((s.matchAll && ptr != end) || (s.mustAdvance && ptr == s.start))) {
                            ret = false;
                        } else {
                            s.ptr = ptr;
                            ret = true;
                        }
                        mode = EXIT;
                        break dispatch;
                    case AT:
                        if (!s.at(ptr, code[pc])) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc++;
                        break;
                    case CATEGORY:
                        if (ptr >= end || !SreChars.category(code[pc], text.ch(ptr))) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc++;
                        ptr++;
                        break;
                    case ANY:
                        if (ptr >= end || SreChars.isLinebreak(text.ch(ptr))) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        ptr++;
                        break;
                    case ANY_ALL:
                        if (ptr >= end) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        ptr++;
                        break;
                    case IN:
                    case IN_IGNORE:
                    case IN_UNI_IGNORE:
                    case IN_LOC_IGNORE:
                        if (ptr >= end || !inSet(s, op, pc + 1, text.ch(ptr))) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc += code[pc];
                        ptr++;
                        break;
                    case LITERAL_IGNORE:
                    case LITERAL_UNI_IGNORE:
                    case LITERAL_LOC_IGNORE:
                    case NOT_LITERAL_IGNORE:
                    case NOT_LITERAL_UNI_IGNORE:
                    case NOT_LITERAL_LOC_IGNORE:
                        if (ptr >= end || !literalIgnore(op, code[pc], text.ch(ptr))) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc++;
                        ptr++;
                        break;
                    case JUMP:
                    case INFO:
                        pc += code[pc];
                        break;
                    case BRANCH: {
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        if (s.repeat != null) {
                            s.markPush(ctx.lastmark);
                        }
                        int alt = nextAlternative(s, pc, ptr);
                        if (alt < 0) {
                            if (s.repeat != null) {
                                s.markPopDiscard(ctx.lastmark);
                            }
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        s.ptr = ptr;
                        ctx = call(s, ctx, J_BRANCH, alt, ptr, ctx.toplevel);
                        pc = alt + 1;
                        mode = ENTER;
                        break dispatch;
                    }
                    case REPEAT_ONE: {
                        int min = bound(code[pc + 1]);
                        if (min > end - ptr) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        s.ptr = ptr;
                        int n = s.count(pc + 3, code[pc + 2]);
                        ctx.count = n;
                        ptr += n;
                        if (n < min) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        int tail = pc + code[pc];
                        if (code[tail] == SUCCESS && ptr == end && !(ctx.toplevel && s.mustAdvance && ptr == s.start)) {
                            s.ptr = ptr;
                            ret = true;
                            mode = EXIT;
                            break dispatch;
                        }
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        if (s.repeat != null) {
                            s.markPush(ctx.lastmark);
                        }
                        if (code[tail] == LITERAL) {
                            ctx.chr = code[tail + 1];
                            mode = repeatOneLiteral(s, ctx, pc, ptr);
                        } else {
                            mode = repeatOneGeneral(s, ctx, pc, ptr);
                        }
                        if (mode == EXIT) {
                            ret = false;
                            break dispatch;
                        }
                        ctx = s.ctxs[s.ctxTop - 1];
                        pc = tail;
                        break dispatch;
                    }
                    case MIN_REPEAT_ONE: {
                        int min = bound(code[pc + 1]);
                        if (min > end - ptr) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        s.ptr = ptr;
                        if (min == 0) {
                            ctx.count = 0;
                        } else {
                            int n = s.count(pc + 3, code[pc + 1]);
                            if (n < min) {
                                ret = false;
                                mode = EXIT;
                                break dispatch;
                            }
                            ctx.count = n;
                            ptr += n;
                        }
                        int tail = pc + code[pc];
                        if (code[tail] == SUCCESS
                            && !(ctx.toplevel && ((s.matchAll && ptr != end) || (s.mustAdvance && ptr == s.start)))) {
                            s.ptr = ptr;
                            ret = true;
                            mode = EXIT;
                            break dispatch;
                        }
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        if (s.repeat != null) {
                            s.markPush(ctx.lastmark);
                        }
                        mode = minRepeatOne(s, ctx, pc, ptr);
                        if (mode == EXIT) {
                            ret = false;
                            break dispatch;
                        }
                        ctx = s.ctxs[s.ctxTop - 1];
                        pc = tail;
                        break dispatch;
                    }
                    case POSSESSIVE_REPEAT_ONE: {
                        int min = bound(code[pc + 1]);
                        if (min > end - ptr) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        s.ptr = ptr;
                        int n = s.count(pc + 3, code[pc + 2]);
                        ctx.count = n;
                        ptr += n;
                        if (n < min) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        pc += code[pc];
                        if (code[pc] == SUCCESS && ptr == end && !(ctx.toplevel && s.mustAdvance && ptr == s.start)) {
                            s.ptr = ptr;
                            ret = true;
                            mode = EXIT;
                            break dispatch;
                        }
                        break;
                    }
                    case REPEAT: {
                        Repeat rep = new Repeat(pc, s.repeat);
                        s.repeat = rep;
                        ctx.rep = rep;
                        s.ptr = ptr;
                        int body = pc + code[pc];
                        ctx = call(s, ctx, J_REPEAT, pc, ptr, ctx.toplevel);
                        pc = body;
                        mode = ENTER;
                        break dispatch;
                    }
                    case MAX_UNTIL:
                    case MIN_UNTIL: {
                        Repeat rep = s.repeat;
                        if (rep == null) {
                            throw Err.runtime("internal error in regular expression engine");
                        }
                        ctx.rep = rep;
                        s.ptr = ptr;
                        ctx.count = rep.count + 1;
                        if (ctx.count < bound(code[rep.pc + 1])) {
                            rep.count = ctx.count;
                            ctx = call(s, ctx, op == MAX_UNTIL ? J_MAX_UNTIL_1 : J_MIN_UNTIL_1, pc, ptr, ctx.toplevel);
                            pc = rep.pc + 3;
                            mode = ENTER;
                            break dispatch;
                        }
                        if (op == MAX_UNTIL) {
                            pc = maxUntilMore(s, ctx, rep, pc, ptr);
                        } else {
                            pc = minUntilTail(s, ctx, rep, pc, ptr);
                        }
                        ctx = s.ctxs[s.ctxTop - 1];
                        mode = ENTER;
                        break dispatch;
                    }
                    case POSSESSIVE_REPEAT: {
                        s.ptr = ptr;
                        ctx.count = 0;
                        if (bound(code[pc + 1]) > 0) {
                            ctx = call(s, ctx, J_POSS_REPEAT_1, pc, ptr, false);
                            pc = pc + 3;
                            mode = ENTER;
                            break dispatch;
                        }
                        int next = possessiveMore(s, ctx, pc, -1);
                        if (next >= 0) {
                            ctx = s.ctxs[s.ctxTop - 1];
                            pc = next;
                            mode = ENTER;
                            break dispatch;
                        }
                        pc += code[pc] + 1;
                        ptr = s.ptr;
                        break;
                    }
                    case ATOMIC_GROUP:
                        s.ptr = ptr;
                        ctx = call(s, ctx, J_ATOMIC_GROUP, pc, ptr, false);
                        pc = pc + 1;
                        mode = ENTER;
                        break dispatch;
                    case GROUPREF:
                    case GROUPREF_IGNORE:
                    case GROUPREF_UNI_IGNORE:
                    case GROUPREF_LOC_IGNORE: {
                        int np = groupref(s, op, code[pc], ptr);
                        if (np < 0) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        ptr = np;
                        pc++;
                        break;
                    }
                    case GROUPREF_EXISTS: {
                        int g = code[pc] * 2;
                        if (g >= s.lastmark || s.mark[g] < 0 || s.mark[g + 1] < 0 || s.mark[g + 1] < s.mark[g]) {
                            pc += code[pc + 1];
                        } else {
                            pc += 2;
                        }
                        break;
                    }
                    case ASSERT: {
                        int back = bound(code[pc + 1]);
                        if (ptr < back) {
                            ret = false;
                            mode = EXIT;
                            break dispatch;
                        }
                        s.ptr = ptr - back;
                        ctx = call(s, ctx, J_ASSERT, pc, ptr, false);
                        pc = pc + 2;
                        mode = ENTER;
                        break dispatch;
                    }
                    case ASSERT_NOT: {
                        int back = bound(code[pc + 1]);
                        if (ptr >= back) {
                            s.ptr = ptr - back;
                            ctx.lastmark = s.lastmark;
                            ctx.lastindex = s.lastindex;
                            if (s.repeat != null) {
                                s.markPush(ctx.lastmark);
                            }
                            ctx = call(s, ctx, J_ASSERT_NOT, pc, ptr, false);
                            pc = pc + 2;
                            mode = ENTER;
                            break dispatch;
                        }
                        pc += code[pc];
                        break;
                    }
                    case FAILURE:
                        ret = false;
                        mode = EXIT;
                        break dispatch;
                    default:
                        throw Err.runtime("internal error in regular expression engine: bad opcode " + op);
                }
            }
            while (mode == EXIT) {
                s.ctxTop--;
                int jump = ctx.jump;
                if (s.ctxTop == base) {
                    return ret;
                }
                ctx = s.ctxs[s.ctxTop - 1];
                pc = ctx.pc;
                ptr = ctx.ptr;
                mode = SreResume.resume(s, ctx, jump, ret, pc, ptr);
                ret = s.resRet;
                pc = s.resPc;
                ptr = s.resPtr;
                ctx = s.ctxs[s.ctxTop - 1];
            }
        }
    }

    static final int MODE_ENTER = ENTER;
    static final int MODE_DISPATCH = DISPATCH;
    static final int MODE_EXIT = EXIT;

    static final int JUMP_NONE = J_NONE;
    static final int JUMP_MAX_UNTIL_1 = J_MAX_UNTIL_1;
    static final int JUMP_MAX_UNTIL_2 = J_MAX_UNTIL_2;
    static final int JUMP_MAX_UNTIL_3 = J_MAX_UNTIL_3;
    static final int JUMP_MIN_UNTIL_1 = J_MIN_UNTIL_1;
    static final int JUMP_MIN_UNTIL_2 = J_MIN_UNTIL_2;
    static final int JUMP_MIN_UNTIL_3 = J_MIN_UNTIL_3;
    static final int JUMP_REPEAT = J_REPEAT;
    static final int JUMP_REPEAT_ONE_1 = J_REPEAT_ONE_1;
    static final int JUMP_REPEAT_ONE_2 = J_REPEAT_ONE_2;
    static final int JUMP_MIN_REPEAT_ONE = J_MIN_REPEAT_ONE;
    static final int JUMP_BRANCH = J_BRANCH;
    static final int JUMP_ASSERT = J_ASSERT;
    static final int JUMP_ASSERT_NOT = J_ASSERT_NOT;
    static final int JUMP_POSS_REPEAT_1 = J_POSS_REPEAT_1;
    static final int JUMP_POSS_REPEAT_2 = J_POSS_REPEAT_2;
    static final int JUMP_ATOMIC_GROUP = J_ATOMIC_GROUP;

    /** {@code DO_JUMP}: saves where the caller is and pushes the callee's context. */
    static Ctx call(SreState s, Ctx caller, int jump, int callerPc, int callerPtr, boolean toplevel) {
        caller.pc = callerPc;
        caller.ptr = callerPtr;
        return push(s, jump, toplevel);
    }

    static boolean inSet(SreState s, int op, int set, int ch) {
        switch (op) {
            case IN: return s.charset(set, ch);
            case IN_IGNORE: return s.charset(set, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE: return s.charset(set, SreChars.lowerUnicode(ch));
            default: return s.charsetLocIgnore(set, ch);
        }
    }

    private static boolean literalIgnore(int op, int c, int ch) {
        switch (op) {
            case LITERAL_IGNORE: return SreChars.lowerAscii(ch) == c;
            case LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(ch) == c;
            case LITERAL_LOC_IGNORE: return SreChars.charLocIgnore(c, ch);
            case NOT_LITERAL_IGNORE: return SreChars.lowerAscii(ch) != c;
            case NOT_LITERAL_UNI_IGNORE: return SreChars.lowerUnicode(ch) != c;
            default: return !SreChars.charLocIgnore(c, ch);
        }
    }

    /** The backreference: the position after it, or -1 when it does not match here. */
    private static int groupref(SreState s, int op, int group, int ptr) {
        int g = group * 2;
        if (g >= s.lastmark) {
            return -1;
        }
        int p = s.mark[g];
        int e = s.mark[g + 1];
        if (p < 0 || e < 0 || e < p) {
            return -1;
        }
        SreText text = s.text;
        while (p < e) {
            if (ptr >= s.end) {
                return -1;
            }
            int a = text.ch(ptr);
            int b = text.ch(p);
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
            };
            if (!same) {
                return -1;
            }
            p++;
            ptr++;
        }
        return ptr;
    }

    /**
     * The next alternative of a BRANCH from {@code pc} (a skip word) that the quick checks of its
     * first LITERAL or IN do not rule out at {@code ptr}; -1 when none is left.
     */
    static int nextAlternative(SreState s, int pc, int ptr) {
        final int[] code = s.code;
        for (; code[pc] != 0; pc += code[pc]) {
            if (code[pc + 1] == LITERAL && (ptr >= s.end || s.text.ch(ptr) != code[pc + 2])) {
                continue;
            }
            if (code[pc + 1] == IN && (ptr >= s.end || !s.charset(pc + 3, s.text.ch(ptr)))) {
                continue;
            }
            return pc;
        }
        return -1;
    }

    /** REPEAT_ONE with a literal tail: back off to where the literal is, then try the tail (or EXIT on failure). */
    static int repeatOneLiteral(SreState s, Ctx ctx, int pc, int ptr) {
        int min = bound(s.code[pc + 1]);
        while (ctx.count >= min && (ptr >= s.end || s.text.ch(ptr) != ctx.chr)) {
            ptr--;
            ctx.count--;
        }
        if (ctx.count < min) {
            if (s.repeat != null) {
                s.markPopDiscard(ctx.lastmark);
            }
            return EXIT;
        }
        s.ptr = ptr;
        call(s, ctx, J_REPEAT_ONE_1, pc, ptr, ctx.toplevel);
        return ENTER;
    }

    static int repeatOneGeneral(SreState s, Ctx ctx, int pc, int ptr) {
        if (ctx.count >= bound(s.code[pc + 1])) {
            s.ptr = ptr;
            call(s, ctx, J_REPEAT_ONE_2, pc, ptr, ctx.toplevel);
            return ENTER;
        }
        if (s.repeat != null) {
            s.markPopDiscard(ctx.lastmark);
        }
        return EXIT;
    }

    static int minRepeatOne(SreState s, Ctx ctx, int pc, int ptr) {
        int max = s.code[pc + 2];
        if (max == MAXREPEAT || ctx.count <= bound(max)) {
            s.ptr = ptr;
            call(s, ctx, J_MIN_REPEAT_ONE, pc, ptr, ctx.toplevel);
            return ENTER;
        }
        if (s.repeat != null) {
            s.markPopDiscard(ctx.lastmark);
        }
        return EXIT;
    }

    /**
     * MAX_UNTIL with enough items: try one more item if the bound and the zero-width guard allow,
     * else the tail. Pushes the callee and returns the pc it starts at.
     */
    static int maxUntilMore(SreState s, Ctx ctx, Repeat rep, int pc, int ptr) {
        int max = s.code[rep.pc + 2];
        if ((max == MAXREPEAT || ctx.count < bound(max)) && s.ptr != rep.lastPtr) {
            rep.count = ctx.count;
            ctx.lastmark = s.lastmark;
            ctx.lastindex = s.lastindex;
            s.markPush(ctx.lastmark);
            s.pushInt(rep.lastPtr);
            rep.lastPtr = s.ptr;
            call(s, ctx, J_MAX_UNTIL_2, pc, ptr, ctx.toplevel);
            return rep.pc + 3;
        }
        return maxUntilTail(s, ctx, rep, pc, ptr);
    }

    static int maxUntilTail(SreState s, Ctx ctx, Repeat rep, int pc, int ptr) {
        s.repeat = rep.prev;
        call(s, ctx, J_MAX_UNTIL_3, pc, ptr, ctx.toplevel);
        return pc;
    }

    static int minUntilTail(SreState s, Ctx ctx, Repeat rep, int pc, int ptr) {
        s.repeat = rep.prev;
        ctx.lastmark = s.lastmark;
        ctx.lastindex = s.lastindex;
        if (s.repeat != null) {
            s.markPush(ctx.lastmark);
        }
        call(s, ctx, J_MIN_UNTIL_2, pc, ptr, ctx.toplevel);
        return pc;
    }

    /**
     * POSSESSIVE_REPEAT past its minimum: try one more item unless the bound or the zero-width
     * guard ({@code lastPtr}) stops it. Returns the pc of the pushed callee, or -1 when the loop is done.
     */
    static int possessiveMore(SreState s, Ctx ctx, int pc, int lastPtr) {
        int max = s.code[pc + 2];
        if ((max == MAXREPEAT || ctx.count < bound(max)) && s.ptr != lastPtr) {
            ctx.lastmark = s.lastmark;
            ctx.lastindex = s.lastindex;
            s.markPush(ctx.lastmark);
            call(s, ctx, J_POSS_REPEAT_2, pc, s.ptr, false);
            return pc + 3;
        }
        return -1;
    }
}
