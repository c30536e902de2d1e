package dev.gilspy.interp.runtime;

import java.util.ConcurrentModificationException;

/**
 * A Java exception that escapes a builtin is a gilspy bug, or a case a builtin does not check yet.
 * Where Python code can observe exceptions ({@code try}, {@code with}) it becomes a Python exception,
 * so one failing test stays one failing test instead of an internal error that ends the process.
 * The nearest Python type is used: a collection mutated while Java iterates it is CPython's
 * RuntimeError "changed size during iteration", an {@link ArithmeticException} (a BigInteger out of
 * range) is OverflowError, anything else SystemError, the error CPython raises for "bad internal call".
 * The message names the Java exception and the frame that threw it, so the bug can be found.
 * Control flow (generator suspension, a compile error on its way to its SyntaxError) passes unchanged.
 */
public final class InternalErrors {
    private InternalErrors() {}

    /** The Python exception for {@code e}; rethrows {@code e} itself when it is not an internal error. */
    public static PyException toPython(RuntimeException e) {
        if (e instanceof PyException pe) {
            return pe;
        }
        if (e instanceof ConcurrentModificationException) {
            return Err.runtime("container changed size during iteration");
        }
        if (e instanceof ArithmeticException) {
            return Err.overflow(e.getMessage() == null ? "arithmetic overflow" : e.getMessage());
        }
        if (e instanceof IndexOutOfBoundsException || e instanceof ClassCastException
                || e instanceof NullPointerException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof NegativeArraySizeException
                || e instanceof UnsupportedOperationException || e instanceof ArrayStoreException) {
            StackTraceElement[] st = e.getStackTrace();
            String where = st.length > 0 ? " at " + st[0] : "";
            return Err.make(Types.get("SystemError"), "gilspy internal error: " + e + where);
        }
        throw e;
    }
}
