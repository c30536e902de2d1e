package dev.gilspy.interp;

/**
 * An executable statement. {@link #exec} returns a completion code instead of throwing for
 * break/continue/return, and {@link #YIELD} when a generator suspends.
 */
abstract class Stmt {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    static final int YIELD = 4;

    int line;

    abstract int exec(Frame f);
}
