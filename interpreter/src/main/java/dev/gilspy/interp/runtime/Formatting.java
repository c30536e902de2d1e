package dev.gilspy.interp.runtime;

import dev.gilspy.interp.format.FormatError;
import dev.gilspy.interp.format.PyFormat;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * The runtime's side of string formatting: {@code format()}, {@code ascii()}, float repr, format
 * specs and {@code %}-formatting. The rules live in {@link PyFormat} (package {@code format}, plain
 * Java); this class hands it the runtime's values and raises its {@link FormatError}s as the
 * Python exceptions they name.
 */
public final class Formatting {
    private Formatting() {}

    static String floatRepr(double d) {
        return PyFormat.floatRepr(d);
    }

    static String formatValue(Object v, String spec) {
        if (spec.isEmpty()) {
            return StrRepr.str(v);
        }
        try {
            return PyFormat.formatValue(v, spec, StrRepr::str);
        } catch (FormatError e) {
            throw raise(e);
        }
    }

    /** {@code fmt % args}: a tuple gives the positional values, a dict the mapping for {@code %(name)s}. */
    static String percent(String fmt, Object args) {
        Function<Object, Object> lookup = null;
        Object a = args;
        if (args instanceof PyTuple t) {
            a = List.of(t.items);
        } else if (args instanceof PyDict d) {
            lookup = k -> {
                Object v = d.get(k);
                if (v == null) {
                    throw Err.key(k);
                }
                return v;
            };
        }
        try {
            return PyFormat.percentFormat(fmt, a, StrRepr::str, StrRepr::repr, lookup, Ops::typeName, Formatting::percentNumber);
        } catch (FormatError e) {
            throw raise(e);
        }
    }

    /**
     * The number a %-operand stands for under conversion {@code ch}, as CPython's formatlong and
     * formatfloat convert it: an int or float subclass's value; for a class's instance %d/%i/%u take
     * PyNumber_Long ({@code __int__}, then {@code __index__}), %x/%o/%c {@code __index__}, %e/%f/%g
     * PyNumber_Float ({@code __float__}, then {@code __index__}); else the object (a TypeError follows).
     */
    private static Object percentNumber(int ch, Object o) {
        if (o instanceof PyValueSub v && (v.value instanceof Long || v.value instanceof java.math.BigInteger
            || v.value instanceof Double || v.value instanceof Boolean)) {
            return v.value;
        }
        if (!(o instanceof PyInstance)) {
            return o;
        }
        PyType t = Ops.typeOf(o);
        boolean index = t.lookup("__index__") != null;
        return switch (ch) {
            case 'd', 'i', 'u' -> index || t.lookup("__int__") != null ? NumberProtocol.toInt(PyThread.current(), o) : o;
            case 'e', 'E', 'f', 'F', 'g', 'G' -> index || t.lookup("__float__") != null ? NumberProtocol.toFloat(PyThread.current(), o) : o;
            default -> index ? NumberProtocol.index(PyThread.current(), o) : o;
        };
    }

    /** {@code str(int)} of a big int: ValueError past {@code sys.get_int_max_str_digits()} digits. */
    static String bigIntStr(java.math.BigInteger v) {
        try {
            return PyFormat.formatInt(v);
        } catch (FormatError e) {
            throw raise(e);
        }
    }

    private static PyException raise(FormatError e) {
        return switch (e.kind) {
            case VALUE_ERROR -> Err.value(e.getMessage());
            case TYPE_ERROR -> Err.type(e.getMessage());
            case OVERFLOW_ERROR -> Err.overflow(e.getMessage());
        };
    }

    /** {@code ascii(o)}: an all-ASCII str subclass from {@code __repr__} is returned as it is (PyObject_ASCII). */
    public static Object asciiObject(Object o) {
        Object r = StrRepr.reprObject(o);
        if (r instanceof PyValueSub v && v.value instanceof String s) {
            return s.chars().allMatch(c -> c < 128) ? r : escapeNonAscii(s);
        }
        return escapeNonAscii((String) r);
    }

    public static String ascii(Object o) {
        return escapeNonAscii(StrRepr.repr(o));
    }

    private static String escapeNonAscii(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            int c = r.codePointAt(i);
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
                i++;
            }
        }
        return sb.toString();
    }

    public static String format(Object v, String spec) {
        if (v instanceof PyComplex c) {
            return ComplexMethods.format(c, spec);
        }
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger) {
            if (spec.isEmpty()) {
                return StrRepr.str(v);
            }
            return formatValue(v, spec);
        }
        Object m = StrRepr.userSlot(Ops.typeOf(v), "__format__");
        if (m != null) {
            Object r = SpecialMethods.call(PyThread.current(), m, new Object[] {v, spec});
            return StrRepr.str(r);
        }
        if (v instanceof NativeObj) {
            // a native type's own __format__ (tp_methods), e.g. datetime.date's strftime
            Object nm = Ops.typeOf(v).lookup("__format__");
            if (nm != null && nm != Types.OBJECT.dict.get("__format__")) {
                return StrRepr.str(SpecialMethods.call(PyThread.current(), nm, new Object[] {v, spec}));
            }
        }
        if (spec.isEmpty()) {
            return StrRepr.str(v);
        }
        if (v instanceof PyValueSub vs) {
            return format(vs.value, spec);
        }
        if (v instanceof PyInstance || v instanceof PyObj) {
            throw Err.type("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
        }
        return formatValue(StrRepr.str(v), spec);
    }

    /** A {@code __format__} spec argument, checked as CPython's argument clinic does ("not None" for None). */
    static String specArg(Object spec) {
        if (spec instanceof String s) {
            return s;
        }
        throw Err.type("__format__() argument must be str, not " + (spec == PyNone.NONE ? "None" : Ops.typeName(spec)));
    }
}
