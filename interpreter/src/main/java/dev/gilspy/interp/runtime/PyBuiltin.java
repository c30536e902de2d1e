package dev.gilspy.interp.runtime;

/** A function implemented in Java ({@code len}, {@code list.append}, {@code time.sleep}, ...). */
public final class PyBuiltin extends PyObj implements PyCallable {
    final String name;
    public final PyCallable body;
    /** Bound receiver for module-level builtins with state, e.g. {@code sys.stdout.write}; usually null. */
    final Object self;
    /** The type whose dict holds this method ({@code str} for {@code str.index}): its {@code __objclass__}, and what pickle reduces it through. */
    PyType owner;

    public PyBuiltin(String name, PyCallable body) { this(name, body, null); }
    /** {@link #body} when it has entries by arity ({@link Fixed}), else null. */
    private final Fixed fixed;

    public PyBuiltin(String name, PyCallable body, Object self) {
        this.name = name;
        this.body = body;
        this.self = self;
        this.fixed = body instanceof Fixed f ? f : null;
    }

    /**
     * A body with an entry per small arity besides the array one. Most builtins are lambdas, which
     * the build step turns into one shared dispatcher per class (a switch on an id: dict's is 270
     * bytes, too big for C2 to inline), reached through an argument array; the few a hot call site
     * meets (d.get(k, 0), l.append(x), len, isinstance, id) are classes of their own, small enough to
     * inline, called by the call nodes with their arguments in hand ({@link #invoke1} ... {@link #invoke3}).
     * An entry not overridden makes the array and calls {@link #call}.
     */
    public abstract static class Fixed implements PyCallable {
        public Object call1(PyThread t, Object a) {
            return call(t, new Object[] {a}, null);
        }

        public Object call2(PyThread t, Object a, Object b) {
            return call(t, new Object[] {a, b}, null);
        }

        public Object call3(PyThread t, Object a, Object b, Object c) {
            return call(t, new Object[] {a, b, c}, null);
        }
    }

    @Override public PyType type() { return Types.BUILTIN_FUNCTION; }

    /** Records the type that defines this method (once: a builtin shared by two types keeps its first). */
    public PyBuiltin ownedBy(PyType t) {
        if (owner == null) {
            owner = t;
        }
        return this;
    }

    /** True for a method of a type (binds to the instance); false for a module function, which has its module as self. */
    public boolean binds() { return self == null; }

    @Override
    public Object call(PyThread t, Object[] args, String[] kwnames) {
        return invoke(t, args, kwnames);
    }

    /**
     * Calls the body. A body reads its arguments by position and casts them, so a call with too few
     * arguments or a receiver of another type ({@code list.__getitem__(x)}, {@code list.append(1, 2)})
     * ends in an index or cast exception in Java: that is the caller's TypeError, as in CPython, not
     * an internal error that ends the process (CPython's own tests make such calls on purpose).
     */
    public Object invoke(PyThread t, Object[] args, String[] kwnames) {
        try {
            return body.call(t, args, kwnames);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            throw wrongArguments(e);
        }
    }

    /** {@link #invoke} with one positional argument and no keywords. */
    public Object invoke1(PyThread t, Object a) {
        Fixed f = fixed;
        if (f == null) {
            return invoke(t, new Object[] {a}, null);
        }
        try {
            return f.call1(t, a);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            throw wrongArguments(e);
        }
    }

    /** {@link #invoke} with two positional arguments and no keywords. */
    public Object invoke2(PyThread t, Object a, Object b) {
        Fixed f = fixed;
        if (f == null) {
            return invoke(t, new Object[] {a, b}, null);
        }
        try {
            return f.call2(t, a, b);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            throw wrongArguments(e);
        }
    }

    /** {@link #invoke} with three positional arguments and no keywords. */
    public Object invoke3(PyThread t, Object a, Object b, Object c) {
        Fixed f = fixed;
        if (f == null) {
            return invoke(t, new Object[] {a, b, c}, null);
        }
        try {
            return f.call3(t, a, b, c);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            throw wrongArguments(e);
        }
    }

    private PyException wrongArguments(RuntimeException e) {
        return Err.type(name + "(): wrong number or type of arguments (" + e.getMessage() + ")");
    }
}
