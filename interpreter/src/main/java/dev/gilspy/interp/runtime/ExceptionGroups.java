package dev.gilspy.interp.runtime;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) as far as CPython's pure-Python
 * library reads them: the types (traceback.py asks {@code isinstance(e, BaseExceptionGroup)}), the
 * constructor's checks, {@code message}, {@code exceptions}, {@code derive} and the {@code str}.
 * {@code except*}, {@code split} and {@code subgroup} are not here.
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static void create() {
        PyType base = Types.exc("BaseExceptionGroup", Types.BaseException);
        PyType group = new PyType("ExceptionGroup", new PyType[] {base, Types.Exception}, PyType.Layout.EXCEPTION, true);
        Types.BY_NAME.put("ExceptionGroup", group);
        NativeTypes.getter(base, "message", o -> arg((PyBaseException) o, 0, ""));
        NativeTypes.getter(base, "exceptions", o -> new PyTuple(Ops.toArray(arg((PyBaseException) o, 1, PyTuple.EMPTY))));
        NativeTypes.def(base, "derive", (t, a, k) -> Ops.call(t, Types.get("BaseExceptionGroup"),
            new Object[] {arg((PyBaseException) a[0], 0, ""), a[1]}, null));
    }

    /**
     * The checks of {@code BaseExceptionGroup.__new__} on a new group's arguments, and its choice of
     * {@code ExceptionGroup} when every member is an {@code Exception}; null for other exception types.
     */
    static PyType checkNew(PyType type, Object[] args) {
        PyType base = Types.get("BaseExceptionGroup");
        if (!type.isSubtypeOf(base)) {
            return type;
        }
        if (args.length != 2) {
            throw Err.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String)) {
            throw Err.type("BaseExceptionGroup.__new__() argument 1 must be str, not " + Ops.typeName(args[0]));
        }
        Object seq = args[1];
        if (seq instanceof PySet || seq instanceof PyDict || seq == PyNone.NONE || seq instanceof String) {
            throw Err.type("second argument (exceptions) must be a sequence");
        }
        Object[] excs = Ops.toArray(seq);
        if (excs.length == 0) {
            throw Err.value("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException x)) {
                throw Err.value("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= x.type().isSubtypeOf(Types.Exception);
        }
        if (type == base && allExceptions) {
            return Types.get("ExceptionGroup");
        }
        if (type.isSubtypeOf(Types.Exception) && !allExceptions) {
            throw Err.type("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        return type;
    }

    private static Object arg(PyBaseException e, int i, Object dflt) {
        return e.args.items.length > i ? e.args.items[i] : dflt;
    }

    /** {@code str(group)}: the message and the count, as CPython writes it; null for other exceptions. */
    static String str(PyBaseException e) {
        if (!e.type().isSubtypeOf(Types.get("BaseExceptionGroup")) || e.args.items.length != 2
            || !(e.args.items[1] instanceof PyObj)) {
            return null;
        }
        int n = Ops.toArray(e.args.items[1]).length;
        return StrRepr.str(e.args.items[0]) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
}
