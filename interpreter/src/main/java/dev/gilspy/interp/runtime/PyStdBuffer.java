package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code sys.stdout.buffer}, {@code sys.stderr.buffer}, {@code sys.stdin.buffer}: the binary layer
 * under a standard stream ({@link PyFile}). Writes share the text layer's buffer and keep the order of
 * the calls; reads take bytes from the stream with the GIL released.
 */
final class PyStdBuffer extends PyObj implements Attr.AttrHolder {
    static final PyType READER = ioType("BufferedReader");
    static final PyType WRITER = ioType("BufferedWriter");

    private final PyFile text;

    PyStdBuffer(PyFile text) {
        this.text = text;
    }

    private static PyType ioType(String name) {
        PyType tp = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        tp.module = "_io";
        Methods.def(tp, "__repr__", (t, a, k) -> a[0].toString());
        tp.finishInit();
        return tp;
    }

    @Override
    public PyType type() {
        return text.rawIn() != null ? READER : WRITER;
    }

    @Override
    public Object getAttr(String n) {
        switch (n) {
            case "write": return new PyBuiltin(n, (t, a, k) -> {
                if (!(a[0] instanceof PyBytes b)) {
                    throw Err.type("a bytes-like object is required, not '" + Ops.typeName(a[0]) + "'");
                }
                text.writeBuffer(t, b.data().clone());
                if (text.bufferedBytes() > 65536) {
                    text.flush(t);
                }
                return (long) b.data().length;
            });
            case "flush": return new PyBuiltin(n, (t, a, k) -> {
                text.flush(t);
                return PyNone.NONE;
            });
            case "read", "read1": return new PyBuiltin(n, (t, a, k) -> {
                Object size = BuiltinArgs.get(a, k, 0, "size", PyNone.NONE);
                long want = size == PyNone.NONE ? -1 : Ops.toLong(size);
                return new PyBytes(read(t, in -> want < 0 ? in.readAllBytes() : in.readNBytes(Ops.arraySize(want))));
            });
            case "readline": return new PyBuiltin(n, (t, a, k) -> new PyBytes(read(t, in -> {
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                int c;
                while ((c = in.read()) >= 0) {
                    line.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return line.toByteArray();
            })));
            case "readable": return new PyBuiltin(n, (t, a, k) -> text.rawIn() != null);
            case "writable": return new PyBuiltin(n, (t, a, k) -> text.rawIn() == null);
            case "seekable", "isatty": return new PyBuiltin(n, (t, a, k) -> false);
            case "fileno": return Ops.getattr(text, "fileno");
            case "name": return Ops.getattr(text, "name");
            case "mode": return text.rawIn() != null ? "rb" : "wb";
            case "closed": return Ops.getattr(text, "closed");
            default: return null;
        }
    }

    private interface Reading {
        byte[] read(InputStream in) throws IOException;
    }

    private byte[] read(PyThread t, Reading r) {
        InputStream in = text.rawIn();
        if (in == null) {
            throw Err.make(PyDiskFile.UNSUPPORTED, "read");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            return r.read(in);
        } catch (IOException e) {
            throw Err.os(5, "Input/output error");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    @Override
    public String toString() {
        return "<_io." + type().name + " name=" + StrRepr.repr(Ops.getattr(text, "name")) + ">";
    }
}
