package dev.gilspy.interp.runtime;

/**
 * {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])} as {@code Objects/exceptions.c}'s
 * {@code OSError_new} builds it: {@code OSError} itself called with a known errno makes the PEP 3151
 * subclass ({@code OSError(2, ...)} is a FileNotFoundError), and with 3 to 5 arguments
 * {@code args} keeps the first two while {@code filename}/{@code filename2} take the others
 * (subprocess.py raises the child's exec error this way).
 */
public final class OsErrorNew {
    private OsErrorNew() {}

    /** The class to instantiate: a subclass for a known errno when {@code type} is OSError itself. */
    static PyType type(PyType type, Object[] args) {
        if (type != Types.OSError || args.length < 2 || !Ops.isInt(args[0]) || args[0] instanceof Boolean) {
            return type;
        }
        PyType sub = subclassFor((int) Ops.toLong(args[0]));
        return sub == null ? type : sub;
    }

    /** The OSError subclass for an errno (Objects/exceptions.c's errnomap), or null for plain OSError. */
    public static PyType subclassFor(int errno) {
        String name = switch (errno) {
            case 11, 114, 115 -> "BlockingIOError";
            case 10 -> "ChildProcessError";
            case 32, 108 -> "BrokenPipeError";
            case 103 -> "ConnectionAbortedError";
            case 111 -> "ConnectionRefusedError";
            case 104 -> "ConnectionResetError";
            case 17 -> "FileExistsError";
            case 2 -> "FileNotFoundError";
            case 21 -> "IsADirectoryError";
            case 20 -> "NotADirectoryError";
            case 4 -> "InterruptedError";
            case 1, 13 -> "PermissionError";
            case 3 -> "ProcessLookupError";
            case 110 -> "TimeoutError";
            default -> null;
        };
        return name == null ? null : Types.get(name);
    }

    /** Moves filename and filename2 out of {@code args}, as OSError's init does for 3 to 5 arguments. */
    static void init(PyBaseException e, Object[] args) {
        if (args.length < 3 || args.length > 5) {
            return;
        }
        e.putDictAttr("filename", args[2]);
        if (args.length == 5) {
            e.putDictAttr("filename2", args[4]);
        }
        e.args = PyTuple.of(args[0], args[1]);
    }
}
