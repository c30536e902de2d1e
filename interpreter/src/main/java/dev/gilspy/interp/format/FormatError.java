package dev.gilspy.interp.format;

/**
 * A formatting error with CPython's message, and the Python exception type to raise it as. The
 * interpreter raises the matching Python exception; this package knows nothing of Python objects.
 */
public final class FormatError extends RuntimeException {
    /** The Python exception type. */
    public enum Kind { VALUE_ERROR, TYPE_ERROR, OVERFLOW_ERROR }

    public final Kind kind;

    FormatError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUE_ERROR -> "ValueError";
            case TYPE_ERROR -> "TypeError";
            case OVERFLOW_ERROR -> "OverflowError";
        } + ": " + getMessage();
    }
}
