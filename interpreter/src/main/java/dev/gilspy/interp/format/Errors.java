package dev.gilspy.interp.format;

/** Builds the {@link FormatError}s this package throws. */
final class Errors {
    private Errors() {}

    static FormatError valueError(String message) {
        return new FormatError(FormatError.Kind.VALUE_ERROR, message);
    }

    static FormatError typeError(String message) {
        return new FormatError(FormatError.Kind.TYPE_ERROR, message);
    }

    static FormatError overflowError(String message) {
        return new FormatError(FormatError.Kind.OVERFLOW_ERROR, message);
    }

    /** CPython's unknown_presentation_type(): printable ASCII codes are quoted as-is. */
    static FormatError unknownFormatCode(int code, String typeName) {
        String shown = code > 32 && code < 128 ? String.valueOf((char) code) : "\\x" + Integer.toHexString(code);
        return valueError("Unknown format code '" + shown + "' for object of type '" + typeName + "'");
    }
}
