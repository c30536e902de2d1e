package dev.gilspy.interp.modules.sre;

import static dev.gilspy.interp.modules.sre.SreEngine.*;
import static dev.gilspy.interp.modules.sre.SreOp.MAXREPEAT;
import static dev.gilspy.interp.modules.sre.SreOp.bound;

/**
 * The second half of {@link SreEngine}: what {@code sre_lib.h} does after each {@code DO_JUMP}
 * returns (the labels {@code jump_branch}, {@code jump_repeat_one_1}, {@code jump_max_until_2}, ...).
 * {@link #resume} gets the caller's context and the callee's result and answers with the engine's
 * next mode; the pc, ptr and return value go back through {@link SreState#resPc} and friends.
 */
final class SreResume {
    private SreResume() {}

    private static int exit(SreState s, boolean ret) {
        s.resRet = ret;
        return MODE_EXIT;
    }

    private static int enter(SreState s, int pc) {
        s.resPc = pc;
        return MODE_ENTER;
    }

    private static int dispatch(SreState s, int pc, int ptr) {
        s.resPc = pc;
        s.resPtr = ptr;
        return MODE_DISPATCH;
    }

    private static void lastmarkRestore(SreState s, Ctx ctx) {
        s.lastmark = ctx.lastmark;
        s.lastindex = ctx.lastindex;
    }

    /** Jump-table of CPython's {@code exit:} label. */
    static int resume(SreState s, Ctx ctx, int jump, boolean ret, int pc, int ptr) {
        final int[] code = s.code;
        switch (jump) {
            case JUMP_BRANCH: {
                if (ret) {
                    if (s.repeat != null) {
                        s.markPopDiscard(ctx.lastmark);
                    }
                    return exit(s, true);
                }
                if (s.repeat != null) {
                    s.markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(s, ctx);
                int alt = nextAlternative(s, pc + code[pc], ptr);
                if (alt < 0) {
                    if (s.repeat != null) {
                        s.markPopDiscard(ctx.lastmark);
                    }
                    return exit(s, false);
                }
                s.ptr = ptr;
                call(s, ctx, JUMP_BRANCH, alt, ptr, ctx.toplevel);
                return enter(s, alt + 1);
            }
            case JUMP_REPEAT_ONE_1:
            case JUMP_REPEAT_ONE_2:
            case JUMP_MIN_REPEAT_ONE: {
                if (ret) {
                    if (s.repeat != null) {
                        s.markPopDiscard(ctx.lastmark);
                    }
                    return exit(s, true);
                }
                if (s.repeat != null) {
                    s.markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(s, ctx);
                int mode;
                if (jump == JUMP_MIN_REPEAT_ONE) {
                    s.ptr = ptr;
                    if (s.count(pc + 3, 1) == 0) {
                        if (s.repeat != null) {
                            s.markPopDiscard(ctx.lastmark);
                        }
                        return exit(s, false);
                    }
                    ptr++;
                    ctx.count++;
                    mode = minRepeatOne(s, ctx, pc, ptr);
                } else {
                    ptr--;
                    ctx.count--;
                    mode = jump == JUMP_REPEAT_ONE_1 ? repeatOneLiteral(s, ctx, pc, ptr) : repeatOneGeneral(s, ctx, pc, ptr);
                }
                return mode == MODE_EXIT ? exit(s, false) : enter(s, pc + code[pc]);
            }
            case JUMP_REPEAT:
                s.repeat = ctx.rep.prev;
                return exit(s, ret);
            case JUMP_MAX_UNTIL_1:
            case JUMP_MIN_UNTIL_1:
                if (ret) {
                    return exit(s, true);
                }
                ctx.rep.count = ctx.count - 1;
                s.ptr = ptr;
                return exit(s, false);
            case JUMP_MAX_UNTIL_2: {
                Repeat rep = ctx.rep;
                rep.lastPtr = s.popInt();
                if (ret) {
                    s.markPopDiscard(ctx.lastmark);
                    return exit(s, true);
                }
                s.markPop(ctx.lastmark);
                lastmarkRestore(s, ctx);
                rep.count = ctx.count - 1;
                s.ptr = ptr;
                return enter(s, maxUntilTail(s, ctx, rep, pc, ptr));
            }
            case JUMP_MAX_UNTIL_3:
                s.repeat = ctx.rep;
                if (ret) {
                    return exit(s, true);
                }
                s.ptr = ptr;
                return exit(s, false);
            case JUMP_MIN_UNTIL_2: {
                Repeat rep = ctx.rep;
                Repeat repeatOfTail = s.repeat;
                s.repeat = rep;
                if (ret) {
                    if (repeatOfTail != null) {
                        s.markPopDiscard(ctx.lastmark);
                    }
                    return exit(s, true);
                }
                if (repeatOfTail != null) {
                    s.markPop(ctx.lastmark);
                }
                lastmarkRestore(s, ctx);
                s.ptr = ptr;
                int max = code[rep.pc + 2];
                if ((max != MAXREPEAT && ctx.count >= bound(max)) || s.ptr == rep.lastPtr) {
                    return exit(s, false);
                }
                rep.count = ctx.count;
                s.pushInt(rep.lastPtr);
                rep.lastPtr = s.ptr;
                call(s, ctx, JUMP_MIN_UNTIL_3, pc, ptr, ctx.toplevel);
                return enter(s, rep.pc + 3);
            }
            case JUMP_MIN_UNTIL_3: {
                Repeat rep = ctx.rep;
                rep.lastPtr = s.popInt();
                if (ret) {
                    return exit(s, true);
                }
                rep.count = ctx.count - 1;
                s.ptr = ptr;
                return exit(s, false);
            }
            case JUMP_POSS_REPEAT_1: {
                if (!ret) {
                    s.ptr = ptr;
                    return exit(s, false);
                }
                ctx.count++;
                if (ctx.count < bound(code[pc + 1])) {
                    call(s, ctx, JUMP_POSS_REPEAT_1, pc, ptr, false);
                    return enter(s, pc + 3);
                }
                int next = possessiveMore(s, ctx, pc, -1);
                return next >= 0 ? enter(s, next) : dispatch(s, pc + code[pc] + 1, s.ptr);
            }
            case JUMP_POSS_REPEAT_2: {
                if (ret) {
                    s.markPopDiscard(ctx.lastmark);
                    ctx.count++;
                    int next = possessiveMore(s, ctx, pc, ptr);
                    if (next >= 0) {
                        return enter(s, next);
                    }
                } else {
                    s.markPop(ctx.lastmark);
                    lastmarkRestore(s, ctx);
                    s.ptr = ptr;
                }
                return dispatch(s, pc + code[pc] + 1, s.ptr);
            }
            case JUMP_ATOMIC_GROUP:
                if (!ret) {
                    s.ptr = ptr;
                    return exit(s, false);
                }
                return dispatch(s, pc + code[pc], s.ptr);
            case JUMP_ASSERT:
                if (!ret) {
                    return exit(s, false);
                }
                return dispatch(s, pc + code[pc], ptr);
            case JUMP_ASSERT_NOT:
                if (ret) {
                    if (s.repeat != null) {
                        s.markPopDiscard(ctx.lastmark);
                    }
                    return exit(s, false);
                }
                if (s.repeat != null) {
                    s.markPop(ctx.lastmark);
                }
                lastmarkRestore(s, ctx);
                return dispatch(s, pc + code[pc], ptr);
            default:
                throw new IllegalStateException("bad SRE jump " + jump);
        }
    }
}
