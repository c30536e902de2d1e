package dev.gilspy.interp.format;

/**
 * Builds the exceptions this package throws. The message starts with the CPython exception
 * type, so the interpreter can re-raise it as that Python exception by splitting at ": ".
 */
final class Errors {
    private Errors() {}

    static IllegalArgumentException valueError(String message) {
        return new IllegalArgumentException("ValueError: " + message);
    }

    static IllegalArgumentException typeError(String message) {
        return new IllegalArgumentException("TypeError: " + message);
    }

    static IllegalArgumentException overflowError(String message) {
        return new IllegalArgumentException("OverflowError: " + message);
    }

    /** CPython's unknown_presentation_type(): printable ASCII codes are quoted as-is. */
    static IllegalArgumentException unknownFormatCode(int code, String typeName) {
        String shown = code > 32 && code < 128 ? String.valueOf((char) code) : "\\x" + Integer.toHexString(code);
        return valueError("Unknown format code '" + shown + "' for object of type '" + typeName + "'");
    }
}
