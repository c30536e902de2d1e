package dev.gilspy.interp.runtime;

/**
 * How a statement finished. Statements return it instead of throwing for break, continue and
 * return (jlox throws a {@code Return}; returning a value keeps the JIT's inlining intact), and
 * {@link #YIELD} when a generator suspends.
 */
public enum Completion {
    NORMAL, BREAK, CONTINUE, RETURN, YIELD
}
