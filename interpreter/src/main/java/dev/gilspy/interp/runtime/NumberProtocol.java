package dev.gilspy.interp.runtime;

/**
 * {@code int(x)} and {@code float(x)} for objects that are not a builtin number or text, in the order of
 * CPython 3.11's {@code PyNumber_Long} and {@code PyNumber_Float} ({@code Objects/abstract.c}):
 * {@code __int__}, then {@code __index__}, then the deprecated {@code __trunc__}; {@code __float__}, then
 * {@code __index__}. A method that returns a strict subclass of int (float) is accepted with a
 * DeprecationWarning and its value copied out, as CPython does; any other type is a TypeError.
 */
final class NumberProtocol {
    private NumberProtocol() {
    }

    private static final String SUBCLASS_DEPRECATED = "  The ability to return an instance of a strict subclass of %s"
        + " is deprecated, and may be removed in a future version of Python.";

    /** The int of {@code v} through its type's methods, or null when its type has none of them. */
    static Object toInt(PyThread t, Object v) {
        PyType type = Ops.typeOf(v);
        Object f = type.lookup("__int__");
        if (f != null) {
            return exactInt(t, Ops.call(t, f, new Object[] {v}, null), "__int__");
        }
        if (type.lookup("__index__") != null) {
            return index(t, v);
        }
        Object trunc = type.lookup("__trunc__");
        if (trunc == null) {
            return null;
        }
        warn(t, "The delegation of int() to __trunc__ is deprecated.");
        Object r = SpecialMethods.call(t, trunc, new Object[] {v});
        if (Ops.isInt(PyValueSub.unwrap(r))) {
            return exactValue(r);
        }
        if (Ops.typeOf(r).lookup("__index__") == null) {
            throw Err.type("__trunc__ returned non-Integral (type " + Ops.typeName(r) + ")");
        }
        return index(t, r);
    }

    /** {@code operator.index(v)}: the exact int that {@code __index__} gives. */
    static Object index(PyThread t, Object v) {
        Object raw = PyValueSub.unwrap(v);
        if (raw != v && Ops.isInt(raw) && !(Ops.typeOf(v).lookup("__index__") instanceof PyFunction)) {
            return raw;
        }
        Object f = Ops.typeOf(v).lookup("__index__");
        if (f == null) {
            throw Err.type("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return exactInt(t, Ops.call(t, f, new Object[] {v}, null), "__index__");
    }

    private static Object exactInt(PyThread t, Object r, String method) {
        if (r instanceof Long || r instanceof java.math.BigInteger) {
            return r;
        }
        Object raw = PyValueSub.unwrap(r);
        if (!Ops.isInt(raw)) {
            throw Err.type(method + " returned non-int (type " + Ops.typeName(r) + ")");
        }
        warn(t, method + " returned non-int (type " + Ops.typeName(r) + ")." + String.format(SUBCLASS_DEPRECATED, "int"));
        return exactValue(r);
    }

    private static Object exactValue(Object r) {
        Object raw = PyValueSub.unwrap(r);
        return raw instanceof Boolean b ? (Object) (b ? 1L : 0L) : raw;
    }

    /** The float of {@code v} through {@code __float__} or {@code __index__}, or null when its type has neither. */
    static Object toFloat(PyThread t, Object v) {
        PyType type = Ops.typeOf(v);
        Object f = type.lookup("__float__");
        if (f != null) {
            Object r = Ops.call(t, f, new Object[] {v}, null);
            if (r instanceof Double) {
                return r;
            }
            if (!(PyValueSub.unwrap(r) instanceof Double d)) {
                throw Err.type(Ops.typeName(v) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            warn(t, Ops.typeName(v) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")."
                + String.format(SUBCLASS_DEPRECATED, "float"));
            return d;
        }
        if (type.lookup("__index__") != null) {
            return Ops.toDouble(index(t, v));
        }
        return null;
    }

    static void warn(PyThread t, String msg) {
        PyModule warnings = t.interp.importModule(t, "warnings");
        Ops.call(t, warnings.get("warn"), new Object[] {msg, Types.get("DeprecationWarning"), 1L}, null);
    }
}
