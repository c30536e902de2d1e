package dev.gilspy.interp.runtime;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) as far as CPython's pure-Python
 * library reads them: the types (traceback.py asks {@code isinstance(e, BaseExceptionGroup)}), the
 * constructor's checks, {@code message}, {@code exceptions}, {@code derive} and the {@code str}.
 * {@code split} and {@code subgroup} follow CPython's exceptions.c ({@code exceptiongroup_split_recursive});
 * {@code except*} runs on them ({@link #split}).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void create() {
        PyType base = Types.exc("BaseExceptionGroup", Types.BaseException);
        PyType group = new PyType("ExceptionGroup", new PyType[] {base, Types.Exception}, PyType.Layout.EXCEPTION, true);
        Types.BY_NAME.put("ExceptionGroup", group);
        NativeTypes.getter(base, "message", o -> arg((PyBaseException) o, 0, ""));
        NativeTypes.getter(base, "exceptions", o -> new PyTuple(Ops.toArray(arg((PyBaseException) o, 1, PyTuple.EMPTY))));
        NativeTypes.def(base, "derive", (t, a, k) -> Ops.call(t, Types.get("BaseExceptionGroup"),
            new Object[] {arg((PyBaseException) a[0], 0, ""), a[1]}, null));
        NativeTypes.def(base, "split", (t, a, k) -> {
            Object[] r = split(t, (PyBaseException) a[0], matcher(a[1]));
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        NativeTypes.def(base, "subgroup", (t, a, k) -> orNone(split(t, (PyBaseException) a[0], matcher(a[1]))[0]));
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** True for a group: an instance of {@code BaseExceptionGroup}. */
    public static boolean isGroup(PyBaseException e) {
        return e.type().isSubtypeOf(Types.get("BaseExceptionGroup"));
    }

    /** The matcher argument of split/subgroup: a type, a tuple of types, or a predicate. */
    private static Object matcher(Object m) {
        if (m instanceof PyType pt && pt.isSubtypeOf(Types.BaseException)) {
            return m;
        }
        if (m instanceof PyTuple tup) {
            for (Object o : tup.items) {
                if (!(o instanceof PyType pt && pt.isSubtypeOf(Types.BaseException))) {
                    throw Err.type("expected a function, exception type or tuple of exception types");
                }
            }
            return m;
        }
        if (Ops.typeOf(m).lookup("__call__") != null || m instanceof PyCallable) {
            return m;
        }
        throw Err.type("expected a function, exception type or tuple of exception types");
    }

    private static boolean matches(PyThread t, PyBaseException e, Object matcher) {
        if (matcher instanceof PyType pt) {
            return e.type().isSubtypeOf(pt);
        }
        if (matcher instanceof PyTuple tup) {
            for (Object o : tup.items) {
                if (e.type().isSubtypeOf((PyType) o)) {
                    return true;
                }
            }
            return false;
        }
        return Ops.truthy(Ops.call(t, matcher, new Object[] {e}, null));
    }

    /**
     * {@code e.split(matcher)} as {match, rest}, either null when empty. A group that matches as a
     * whole goes to one side unchanged; otherwise each side is {@code e.derive(members)} with e's
     * traceback, cause, context and notes.
     */
    public static Object[] split(PyThread t, PyBaseException e, Object matcher) {
        if (matches(t, e, matcher)) {
            return new Object[] {e, null};
        }
        if (!isGroup(e)) {
            return new Object[] {null, e};
        }
        java.util.List<Object> match = new java.util.ArrayList<>();
        java.util.List<Object> rest = new java.util.ArrayList<>();
        Object[] members = Ops.toArray(arg(e, 1, PyTuple.EMPTY));
        for (Object o : members) {
            Object[] r = split(t, (PyBaseException) o, matcher);
            if (r[0] != null) {
                match.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        return new Object[] {derived(t, e, match, members.length), derived(t, e, rest, members.length)};
    }

    private static Object derived(PyThread t, PyBaseException e, java.util.List<Object> members, int all) {
        if (members.isEmpty()) {
            return null;
        }
        if (members.size() == all) {
            return e; // exceptiongroup_subset: every member kept, the group itself
        }
        Object g = Ops.call(t, Ops.getattr(e, "derive"), new Object[] {new PyList(members.toArray())}, null);
        if (!(g instanceof PyBaseException ge && isGroup(ge))) {
            throw Err.type("derive must return an instance of BaseExceptionGroup");
        }
        for (String name : new String[] {"__traceback__", "__cause__", "__context__"}) {
            Ops.setattr(g, name, Ops.getattr(e, name));
        }
        Object notes = Ops.getattrOrNull(e, "__notes__");
        if (notes != null) {
            Ops.setattr(g, "__notes__", notes);
        }
        return g;
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
