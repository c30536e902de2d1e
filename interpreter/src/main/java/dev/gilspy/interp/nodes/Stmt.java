package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.CodeBody;
import dev.gilspy.interp.runtime.Completion;

/**
 * An executable statement. {@link #exec} returns a {@link Completion} instead of throwing for
 * break/continue/return, and {@link Completion#YIELD} when a generator suspends.
 */
public abstract class Stmt extends CodeBody {
    static final Completion NORMAL = Completion.NORMAL;
    static final Completion BREAK = Completion.BREAK;
    static final Completion CONTINUE = Completion.CONTINUE;
    static final Completion RETURN = Completion.RETURN;
    static final Completion YIELD = Completion.YIELD;

    public int line;
}
