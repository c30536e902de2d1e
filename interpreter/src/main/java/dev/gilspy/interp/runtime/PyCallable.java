package dev.gilspy.interp.runtime;

/**
 * The calling convention: positional values, then one value per keyword name at the end of
 * {@code args}; {@code kwnames} is null when there are no keywords (the fast path).
 */
public interface PyCallable {
    Object call(PyThread t, Object[] args, String[] kwnames);
}
