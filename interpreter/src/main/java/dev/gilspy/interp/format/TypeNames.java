package dev.gilspy.interp.format;

import java.math.BigInteger;
import java.util.List;

/** Python type names of the value representations this package understands. */
final class TypeNames {
    private TypeNames() {}

    /**
     * The CPython {@code type(v).__name__} for the shared value representation. For the
     * interpreter's own classes it guesses from the Java class name ({@code PyList} becomes
     * {@code list}); callers that know better pass a type-name function instead.
     */
    static String of(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof byte[]) {
            return "bytes";
        }
        if (value instanceof List) {
            return "tuple";
        }
        String simple = value.getClass().getSimpleName();
        if (simple.length() > 2 && simple.startsWith("Py") && Character.isUpperCase(simple.charAt(2))) {
            simple = simple.substring(2);
        }
        return simple.isEmpty() ? "object" : simple.toLowerCase(java.util.Locale.ROOT);
    }
}
