package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Frame;

/**
 * An executable statement. {@link #exec} returns a completion code instead of throwing for
 * break/continue/return, and {@link #YIELD} when a generator suspends.
 */
public abstract class Stmt {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    public static final int YIELD = 4;

    public int line;

    public abstract int exec(Frame f);
}
