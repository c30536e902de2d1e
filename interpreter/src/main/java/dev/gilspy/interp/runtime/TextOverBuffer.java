package dev.gilspy.interp.runtime;

/**
 * {@code io.TextIOWrapper(buffer, encoding, errors, newline, line_buffering)} over a binary file that
 * {@code open()} opened for reading (what {@code tokenize.open}, and so {@code linecache} and
 * {@code inspect.getsource}, do): the same file opened again in text mode, the buffer then closed,
 * as closing the wrapper would close it. Any other buffer: TypeError, as before.
 */
public final class TextOverBuffer {
    private TextOverBuffer() {}

    /** Makes {@code TextIOWrapper} callable; called when {@code _io} is created. */
    public static void install() {
        if (Types.FILE.ctor == null) {
            Types.FILE.ctor = TextOverBuffer::wrap;
        }
    }

    private static Object wrap(PyThread t, PyType cls, Object[] a, String[] k) {
        Object buffer = BuiltinArgs.get(a, k, 0, "buffer", null);
        if (!(buffer instanceof PyDiskFile f) || !f.binary || !f.readable || f.writable || !(f.name instanceof String path)) {
            throw Err.type("cannot create 'TextIOWrapper' instances over " + Ops.typeName(buffer));
        }
        Object encoding = BuiltinArgs.get(a, k, 1, "encoding", PyNone.NONE);
        Object errors = BuiltinArgs.get(a, k, 2, "errors", PyNone.NONE);
        Object newline = BuiltinArgs.get(a, k, 3, "newline", PyNone.NONE);
        Object tell = Ops.call(t, Ops.getattr(buffer, "tell"), new Object[0], null);
        Object text = PyFile.open(t, new Object[] {path, "r", -1L, encoding, errors, newline},
            new String[] {"buffering", "encoding", "errors", "newline"});
        Ops.call(t, Ops.getattr(buffer, "close"), new Object[0], null);
        if (Ops.toLong(tell) != 0) {
            Ops.call(t, Ops.getattr(text, "seek"), new Object[] {tell}, null);
        }
        return text;
    }
}
