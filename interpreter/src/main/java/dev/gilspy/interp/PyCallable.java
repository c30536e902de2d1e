package dev.gilspy.interp;

/**
 * The calling convention: positional values, then one value per keyword name at the end of
 * {@code args}; {@code kwnames} is null when there are no keywords (the fast path).
 */
interface PyCallable {
    Object call(PyThread t, Object[] args, String[] kwnames);
}
