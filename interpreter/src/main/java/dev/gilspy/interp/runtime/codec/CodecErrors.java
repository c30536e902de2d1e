package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Set;

/**
 * CPython's {@code wrap_codec_error} (Python/codecs.c) over {@code _PyErr_TrySetFromCause}
 * (Objects/exceptions.c): an exception a codec's encode or decode function raised becomes a new one of
 * the same type, "encoding with 'x' codec failed (T: msg)", the original its {@code __cause__}, but only
 * when that type can be made again from a message alone.
 */
public final class CodecErrors {
    private CodecErrors() {}

    /** The built-in exceptions whose instances carry C-level state beyond BaseException's, or their own new/init. */
    private static final Set<String> EXTRA_STATE = Set.of("OSError", "SyntaxError", "UnicodeEncodeError",
        "UnicodeDecodeError", "UnicodeTranslateError", "StopIteration", "SystemExit", "ImportError",
        "AttributeError", "NameError", "BaseExceptionGroup");

    /** {@code ex} wrapped for {@code operation} ("encoding"/"decoding") with codec {@code encoding}, or {@code ex} itself. */
    public static PyException wrap(PyException ex, String operation, String encoding) {
        PyBaseException e = ex.exc;
        PyType type = e.type();
        if (!rebuildable(type)) {
            return ex;
        }
        Object args = Ops.getattr(e, "args");
        if (!(args instanceof PyTuple tu) || tu.items.length > 1
                || tu.items.length == 1 && !(tu.items[0] instanceof String)) {
            return ex;
        }
        if (e.dict().size() != 0) {
            return ex;
        }
        PyException wrapped = Err.make(type, operation + " with '" + encoding + "' codec failed ("
            + type.name + ": " + StrRepr.str(e) + ")");
        wrapped.exc.cause = e;
        wrapped.exc.suppressContext = true;
        return wrapped;
    }

    private static boolean rebuildable(PyType type) {
        PyType base = Types.BaseException;
        if (type.lookup("__init__") != base.lookup("__init__") || type.lookup("__new__") != base.lookup("__new__")) {
            return false;
        }
        for (PyType t : type.mroList()) {
            if (t.builtin) {
                if (EXTRA_STATE.contains(t.name)) {
                    return false;
                }
                continue;
            }
            Object slots = t.ownAttr("__slots__");
            Object[] names = slots == null ? new Object[0] : slots instanceof String one ? new Object[] {one}
                : slots instanceof PyTuple tu ? tu.items : slots instanceof PyList l ? l.toArray() : null;
            if (names == null) {
                return false;
            }
            for (Object n : names) {
                if (!"__weakref__".equals(n)) {
                    return false; // a slot makes the instance larger than BaseException's
                }
            }
        }
        return true;
    }
}
