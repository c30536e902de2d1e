package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;

/**
 * The values of literals, made for the parser (which never imports the runtime): None, Ellipsis,
 * bytes, imaginary numbers, a negated number literal, and what the compiler's warnings and
 * PEP 563's annotation text say about them.
 */
public final class Constants {
    private Constants() {}

    public static final Object NONE = PyNone.NONE;
    public static final Object ELLIPSIS = Types.ELLIPSIS;

    public static Object bytes(byte[] data) {
        return new PyBytes(data);
    }

    /** The value of {@code 2j}. */
    public static Object imaginary(double im) {
        return new PyComplex(0.0, im);
    }

    /** {@code -literal} folded at compile time: a Long, Double or BigInteger literal negated. */
    public static Object negate(Object v) {
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (v instanceof Double d) {
            return -d;
        }
        return Ops.normalize(((BigInteger) v).negate());
    }

    /** The name of a literal's type, as compile.c's warnings give it. */
    public static String typeName(Object v) {
        return v == Types.ELLIPSIS ? "ellipsis" : Ops.typeName(v);
    }

    /** {@code repr()} of a literal's value. */
    public static String repr(Object v) {
        return StrRepr.repr(v);
    }
}
