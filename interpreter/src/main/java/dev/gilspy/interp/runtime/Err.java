package dev.gilspy.interp.runtime;

/** Factories for the Python exceptions the runtime raises: {@code throw Err.type("...")}. */
public final class Err {
    private Err() {}

    public static PyException make(PyType type, String msg) {
        PyBaseException e = new PyBaseException(type);
        e.args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg);
        return new PyException(e);
    }

    public static PyException make(PyType type, Object... args) {
        PyBaseException e = new PyBaseException(type);
        e.args = new PyTuple(args);
        return new PyException(e);
    }

    public static PyException type(String msg) { return make(Types.TypeError, msg); }
    public static PyException value(String msg) { return make(Types.ValueError, msg); }
    public static PyException index(String msg) { return make(Types.IndexError, msg); }
    public static PyException attr(String msg) { return make(Types.AttributeError, msg); }
    public static PyException name(String n) {
        PyException e = make(Types.NameError, "name '" + n + "' is not defined");
        e.exc.putDictAttr("name", n);
        return e;
    }
    public static PyException zero(String msg) { return make(Types.ZeroDivisionError, msg); }
    public static PyException runtime(String msg) { return make(Types.RuntimeError, msg); }
    public static PyException overflow(String msg) { return make(Types.OverflowError, msg); }
    public static PyException key(Object k) { return make(Types.KeyError, new Object[] {k}); }
    public static PyException os(PyType type, int errno, String strerror) {
        return make(type, new Object[] {(long) errno, strerror});
    }
    public static PyException os(int errno, String strerror) {
        PyType t = switch (errno) {
            case 2 -> Types.get("FileNotFoundError");
            case 17 -> Types.get("FileExistsError");
            case 13 -> Types.get("PermissionError");
            case 21 -> Types.get("IsADirectoryError");
            case 20 -> Types.get("NotADirectoryError");
            case 111 -> Types.get("ConnectionRefusedError");
            case 104 -> Types.get("ConnectionResetError");
            case 32 -> Types.get("BrokenPipeError");
            default -> Types.OSError;
        };
        return os(t, errno, strerror);
    }

    /** CPython's {@code MemoryError()}: no message. */
    public static PyException memory() {
        return make(Types.get("MemoryError"), new Object[0]);
    }

    /**
     * The Python exception for a JVM error that a Python program can survive: a StackOverflowError
     * is CPython's RecursionError, an OutOfMemoryError (an allocation that failed; the half-built
     * object is garbage) its MemoryError. Translated where the interpreter already turns Java into
     * Python (a try statement, a function or generator frame, the top level), so {@code except
     * MemoryError} and {@code finally} blocks run as in CPython.
     */
    public static PyException fromJvm(VirtualMachineError e) {
        if (e instanceof StackOverflowError) {
            return make(Types.RecursionError, "maximum recursion depth exceeded");
        }
        return memory();
    }

    public static boolean matches(PyException e, PyType t) {
        return e.exc.type().isSubtypeOf(t);
    }
}
