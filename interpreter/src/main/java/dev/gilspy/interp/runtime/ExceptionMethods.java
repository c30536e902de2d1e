package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code BaseException} ({@link PyBaseException}). */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        exceptionMethods();
        ExceptionFields.install();
    }

    static void exceptionMethods() {
        PyType b = Types.BaseException;
        def(b, "__init__", (t, a, k) -> {
            if (a[0] instanceof PyBaseException e) {
                if (k != null && k.length > 0) {
                    throw Err.type(e.type().name + "() takes no keyword arguments");
                }
                e.args = new PyTuple(Arrays.copyOfRange(a, 1, BuiltinArgs.npos(a, k)));
            }
            return PyNone.NONE;
        });
        def(b, "with_traceback", (t, a, k) -> {
            ExceptionFields.setTraceback((PyBaseException) a[0], a[1]);
            return a[0];
        });
        def(b, "add_note", (t, a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            if (!(a[1] instanceof String)) {
                throw Err.type("note must be a str, not '" + Ops.typeName(a[1]) + "'");
            }
            Object notes = e.getDictAttr("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.putDictAttr("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) {
                throw Err.type("Cannot add note: __notes__ is not a list");
            }
            l.append(a[1]);
            return PyNone.NONE;
        });
        def(b, "__str__", (t, a, k) -> StrRepr.excStr((PyBaseException) a[0]));
        def(b, "__repr__", (t, a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = e.args.items;
            return e.type().name + (args.length == 1 ? "(" + StrRepr.repr(args[0]) + ")" : StrRepr.repr(e.args));
        });
    }
}
