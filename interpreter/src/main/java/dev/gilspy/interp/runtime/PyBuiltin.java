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
    public PyBuiltin(String name, PyCallable body, Object self) { this.name = name; this.body = body; this.self = self; }

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
            throw Err.type(name + "(): wrong number or type of arguments (" + e.getMessage() + ")");
        }
    }
}
