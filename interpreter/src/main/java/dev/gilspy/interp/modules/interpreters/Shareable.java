package dev.gilspy.interp.modules.interpreters;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;

/**
 * Cross-interpreter data: the values that may pass between interpreters, and their copies.
 *
 * <p>Only str, bytes, int, float, bool, None and tuples of these cross, as in PEP 734. Each
 * crossing makes a fresh value, so no mutable Python object is ever reachable from two
 * interpreters. str, int, float, bool and None are immutable Java values, so copying them is
 * sharing them; bytes and tuples are rebuilt.
 */
final class Shareable {
    private Shareable() {}

    /** A copy of {@code v} for another interpreter, or {@code NotShareableError}. */
    static Object copy(Object v) {
        if (v instanceof String || v instanceof Long || v instanceof BigInteger || v instanceof Double
            || v instanceof Boolean || v == PyNone.NONE) {
            return v;
        }
        if (v instanceof PyBytes b && Ops.typeOf(v) == Types.BYTES) {
            return new PyBytes(b.data().clone());
        }
        if (v instanceof PyTuple tup && Ops.typeOf(v) == Types.TUPLE) {
            Object[] items = new Object[tup.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = copy(tup.get(i));
            }
            return new PyTuple(items);
        }
        throw Err.make(InterpretersModule.NotShareableError, "<class '" + Ops.typeName(v)
            + "'> does not support cross-interpreter data (only str, bytes, int, float, bool, None and tuples of these)");
    }

    /** {@code _interpreters.is_shareable(obj)}. */
    static boolean isShareable(Object v) {
        try {
            copy(v);
            return true;
        } catch (PyException e) {
            return false;
        }
    }
}
