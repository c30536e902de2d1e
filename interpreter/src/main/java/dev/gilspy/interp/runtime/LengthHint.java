package dev.gilspy.interp.runtime;

/** PyObject_LengthHint as list(), list.extend and tuple() use it before they iterate. */
final class LengthHint {
    private LengthHint() {}

    /**
     * {@link Ops#toArray} for list(), list.extend and tuple(), which size their result first with
     * PyObject_LengthHint: an object of a Python class is asked for {@code len()} or, failing
     * that, {@code __length_hint__} (its errors but TypeError propagate, as CPython's). The hint
     * itself changes nothing here; what a program sees is the call.
     */
    static Object[] toArray(Object o) {
        if (o instanceof PyInstance inst && !inst.cls.builtin && !(o instanceof PyValueSub)) {
            lengthHint(inst);
        }
        return Ops.toArray(o);
    }

    private static void lengthHint(PyInstance o) {
        PyThread t = PyThread.current();
        if (o.cls.lookup("__len__") != null) {
            try {
                Ops.len(o);
                return;
            } catch (PyException e) {
                if (!Err.matches(e, Types.TypeError)) {
                    throw e;
                }
            }
        }
        Object hint = o.cls.lookup("__length_hint__");
        if (hint == null) {
            return;
        }
        Object r;
        try {
            r = SpecialMethods.call(t, hint, new Object[] {o});
        } catch (PyException e) {
            if (Err.matches(e, Types.TypeError)) {
                return;
            }
            throw e;
        }
        if (r == Types.NOT_IMPLEMENTED) {
            return;
        }
        if (!Ops.isInt(r)) {
            throw Err.type("__length_hint__ must be an integer, not " + Ops.typeName(r));
        }
        if (Ops.big(r).signum() < 0) {
            throw Err.value("__length_hint__() should return >= 0");
        }
    }
}
