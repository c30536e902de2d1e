package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file object: {@code sys.stdout}/{@code stderr}/{@code stdin} and {@code open()} results.
 * Writes are buffered; blocking I/O drops the GIL ({@link ThreadState#RELEASED_IO}).
 */
public final class PyFile extends PyIter implements Attr.AttrHolder {
    private final String name;
    private final String mode;
    private final boolean binary;
    private OutputStream out;
    private InputStream in;
    private BufferedReader reader;
    private final StringBuilder textBuf = new StringBuilder();
    private final ByteArrayOutputStream byteBuf = new ByteArrayOutputStream();
    private boolean lineBuffered;
    private String encoding = "utf-8";
    private String errors;
    private final boolean tty;
    private boolean closed;
    /**
     * {@code sys.stderr}: CPython opens it unbuffered (a raw FileIO under a write-through wrapper),
     * so each Python-level write reaches the descriptor at once and a failing one raises OSError.
     */
    private final boolean writeThrough;

    PyFile(String name, String mode, OutputStream out, InputStream in, boolean lineBuffered) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
        this.errors = name.equals("<stderr>") ? "backslashreplace" : "strict";
        this.writeThrough = name.equals("<stderr>");
        this.tty = System.console() != null && (out == System.out || out instanceof CheckedPrintStream || in == System.in);
    }

    @Override public PyType type() { return Types.FILE; }

    public static Object open(PyThread t, Object[] a, String[] k) {
        Object fileArg = BuiltinArgs.get(a, k, 0, "file", null);
        String mode = StrRepr.str(BuiltinArgs.get(a, k, 1, "mode", "r"));
        if (!(fileArg instanceof String) && !(fileArg instanceof PyBytes) && !Ops.isInt(fileArg)) {
            Object fspath = Ops.getattrOrNull(fileArg, "__fspath__");
            if (fspath == null) {
                throw Err.type("expected str, bytes or os.PathLike object, not " + Ops.typeName(fileArg));
            }
            fileArg = Ops.call(t, fspath, new Object[0], null);
        }
        Object opener = BuiltinArgs.get(a, k, 7, "opener", PyNone.NONE);
        if (opener != PyNone.NONE && (fileArg instanceof String || fileArg instanceof PyBytes)) {
            // as _io.FileIO: the opener gets the path and the os.open flags the mode stands for, and
            // returns the descriptor the file is made over (tempfile.TemporaryFile's fallback)
            Object fd = Ops.call(t, opener, new Object[] {fileArg, (long) openerFlags(mode)}, null);
            if (!Ops.isInt(fd)) {
                throw Err.type("expected integer from opener");
            }
            long n = Ops.toLong(fd);
            if (n < 0) {
                throw Err.value("opener returned " + n);
            }
            Object f = PyDiskFile.openFd(t, (int) n, mode, a, k);
            if (f instanceof PyDiskFile df) {
                df.name = fileArg;
            }
            return f;
        }
        if (fileArg instanceof String || fileArg instanceof PyBytes) {
            Object name = fileArg instanceof PyBytes b ? FsNames.decode(b.data()) : fileArg;
            return PyDiskFile.open(t, name, mode, a, k);
        }
        if (Ops.isInt(fileArg)) {
            return PyDiskFile.openFd(t, (int) Ops.toLong(fileArg), mode, a, k);
        }
        String path = StrRepr.str(fileArg);
        java.io.File f = new java.io.File(path);
        if (!f.isAbsolute()) {
            f = new java.io.File(System.getProperty("user.dir"), path);
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            if (mode.contains("r") && !mode.contains("+")) {
                if (f.isDirectory()) {
                    throw fileError(21, "Is a directory", path);
                }
                if (!f.exists()) {
                    throw fileError(2, "No such file or directory", path);
                }
                return new PyFile(path, mode, null, new java.io.FileInputStream(f), false);
            }
            boolean append = mode.contains("a");
            if (mode.contains("x") && f.exists()) {
                throw fileError(17, "File exists", path);
            }
            if (f.getParentFile() != null && !f.getParentFile().exists()) {
                throw fileError(2, "No such file or directory", path);
            }
            return new PyFile(path, mode, new java.io.FileOutputStream(f, append), null, false);
        } catch (IOException e) {
            throw fileError(13, "Permission denied", path);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** The {@code os.open} flags of a mode, as {@code _io.FileIO.__init__} computes them (with O_CLOEXEC). */
    private static int openerFlags(String mode) {
        boolean plus = mode.contains("+");
        int flags;
        if (mode.contains("w")) {
            flags = (plus ? 2 : 1) | 0100 | 01000;
        } else if (mode.contains("a")) {
            flags = (plus ? 2 : 1) | 0100 | 02000;
        } else if (mode.contains("x")) {
            flags = (plus ? 2 : 1) | 0100 | 0200;
        } else {
            flags = plus ? 2 : 0;
        }
        return flags | 02000000;
    }

    private static PyException fileError(int errno, String msg, String path) {
        PyException e = Err.os(errno, msg);
        e.exc.putDictAttr("filename", path);
        return e;
    }

    public void write(PyThread t, String s) {
        boolean full;
        synchronized (this) {
            checkOpen();
            textBuf.append(s);
            full = textBuf.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0);
        }
        if (full) {
            flush(t); // outside the monitor: flush releases the GIL around the write
        }
    }

    /**
     * A write a Python program asked for ({@code write()}, {@code print}): on {@code sys.stderr} it
     * reaches the descriptor at once and raises its error; the interpreter's own reports use
     * {@link #write} and {@link #flushQuietly}.
     */
    public void writeFromPython(PyThread t, String s) {
        write(t, s);
        if (writeThrough) {
            flush(t);
        }
    }

    /**
     * Writes out the buffer, raising {@code OSError} (with CPython's errno) when the stream fails.
     * The write itself runs with the GIL released, as {@code fileio.c}'s write does; the buffers are
     * taken under this object's monitor (the buffered layer, GIL held), and {@link #writeLock} keeps
     * concurrent flushes in order, taken without the GIL when contended (as bufferedio.c's lock is).
     */
    public void flush(PyThread t) {
        if (out == null) {
            return;
        }
        boolean release = t != null && t.ts != null;
        if (!writeLock.tryLock()) {
            if (release) {
                t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            }
            try {
                writeLock.lock();
            } finally {
                if (release) {
                    t.ts.endAllowThreads();
                }
            }
        }
        try {
            byte[] text;
            byte[] bytes;
            synchronized (this) {
                // the buffered data is taken before writing: a failed write loses it, as in CPython,
                // so the same data is not reported again at exit
                text = textBuf.length() > 0 ? encode(t, textBuf.toString()) : null;
                textBuf.setLength(0);
                bytes = byteBuf.size() > 0 ? byteBuf.toByteArray() : null;
                byteBuf.reset();
            }
            if (release) {
                t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            }
            try {
                writeOut(bytes, text);
            } finally {
                if (release) {
                    t.ts.endAllowThreads();
                }
            }
        } catch (IOException e) {
            int errno = errnoOf(e);
            throw Err.os(errno, strerror(errno, e));
        } finally {
            writeLock.unlock();
        }
    }

    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();

    /** Bytes written through {@code .buffer} first: any text written before them was moved in front of them. */
    private void writeOut(byte[] bytes, byte[] text) throws IOException {
        if (out instanceof CheckedPrintStream c) {
            if (bytes != null) {
                c.writeChecked(bytes);
            }
            if (text != null) {
                c.writeChecked(text);
            }
            c.flushChecked();
        } else {
            if (bytes != null) {
                out.write(bytes);
            }
            if (text != null) {
                out.write(text);
            }
            out.flush();
        }
    }

    private byte[] encode(PyThread t, String s) {
        if (encoding.equals("utf-8") || t == null) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return ((PyBytes) Ops.call(t, Ops.getattr(s, "encode"), new Object[] {encoding, errors}, null)).data();
    }

    /** {@code sys.stdout.buffer.write}: the text written so far goes first, so the output keeps the order of the calls. */
    synchronized void writeBuffer(PyThread t, byte[] b) {
        checkOpen();
        if (textBuf.length() > 0) {
            byteBuf.writeBytes(encode(t, textBuf.toString()));
            textBuf.setLength(0);
        }
        byteBuf.writeBytes(b);
    }

    int bufferedBytes() {
        return byteBuf.size();
    }

    InputStream rawIn() {
        return in;
    }

    /** Flushes for the interpreter's own use (before a traceback, at exit): returns the error instead of raising it. */
    public PyException flushQuietly(PyThread t) {
        try {
            flush(t);
            return null;
        } catch (PyException e) {
            return e;
        }
    }

    /** The errno for an I/O error; Java gives only the C library's message. */
    static int errnoOf(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("No space left on device")) {
            return 28;
        }
        if (m.contains("Broken pipe")) {
            return 32;
        }
        if (m.contains("Connection reset")) {
            return 104;
        }
        if (m.contains("Disk quota exceeded")) {
            return 122;
        }
        if (m.contains("File too large")) {
            return 27;
        }
        if (m.contains("Bad file descriptor") || m.contains("Stream Closed")) {
            return 9;
        }
        return 5;
    }

    private static String strerror(int errno, IOException e) {
        return switch (errno) {
            case 28 -> "No space left on device";
            case 32 -> "Broken pipe";
            case 104 -> "Connection reset by peer";
            case 122 -> "Disk quota exceeded";
            case 27 -> "File too large";
            case 9 -> "Bad file descriptor";
            default -> "Input/output error";
        };
    }

    private void checkOpen() {
        if (closed) {
            throw Err.value("I/O operation on closed file.");
        }
    }

    private BufferedReader reader() {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return reader;
    }

    /** One line including its newline, or "" at end of file. */
    String readline(PyThread t) {
        checkOpen();
        if (in == null) {
            throw Err.make(Types.get("UnsupportedOperation") == null ? Types.OSError : Types.get("UnsupportedOperation"), "not readable");
        }
        boolean release = t != null;
        if (release) {
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        }
        try {
            StringBuilder sb = new StringBuilder();
            BufferedReader r = reader();
            int c;
            while ((c = r.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw Err.os(5, "Input/output error");
        } finally {
            if (release) {
                t.ts.endAllowThreads();
            }
        }
    }

    private Object read(PyThread t, long n) {
        checkOpen();
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            if (binary) {
                byte[] data = n < 0 ? in.readAllBytes() : in.readNBytes((int) n);
                return new PyBytes(data);
            }
            BufferedReader r = reader();
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            long remaining = n < 0 ? Long.MAX_VALUE : n;
            while (remaining > 0) {
                int got = r.read(buf, 0, (int) Math.min(buf.length, remaining));
                if (got < 0) {
                    break;
                }
                sb.append(buf, 0, got);
                remaining -= got;
            }
            return sb.toString();
        } catch (IOException e) {
            throw Err.os(5, "Input/output error");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    void close(PyThread t) {
        if (closed) {
            return;
        }
        try {
            flush(t);
        } finally {
            closed = true;
            try {
                if (out != null && out != System.out && out != System.err && !(out instanceof CheckedPrintStream)) {
                    out.close();
                }
                if (in != null && in != System.in) {
                    in.close();
                }
            } catch (IOException e) {
                // closing is best effort
            }
        }
    }

    @Override
    public Object next(PyThread t) {
        String line = readline(t);
        return line.isEmpty() ? null : line;
    }

    @Override
    public Object getAttr(String n) {
        switch (n) {
            case "write":
                return new PyBuiltin("write", (t, a, k) -> {
                    if (binary) {
                        byte[] b = BytesMethods.toBytes(a[0]);
                        writeBuffer(t, b);
                        if (byteBuf.size() > 65536) {
                            flush(t);
                        }
                        return (long) b.length;
                    }
                    if (!(a[0] instanceof String s)) {
                        throw Err.type("write() argument must be str, not " + Ops.typeName(a[0]));
                    }
                    writeFromPython(t, s);
                    return (long) s.length();
                });
            case "writelines":
                return new PyBuiltin("writelines", (t, a, k) -> {
                    for (Object o : Ops.toArray(a[0])) {
                        write(t, StrRepr.str(o));
                    }
                    if (writeThrough) {
                        flush(t);
                    }
                    return PyNone.NONE;
                });
            case "flush":
                return new PyBuiltin("flush", (t, a, k) -> {
                    flush(t);
                    return PyNone.NONE;
                });
            case "read":
                return new PyBuiltin("read", (t, a, k) -> read(t, a.length > 0 && a[0] != PyNone.NONE ? Ops.toLong(a[0]) : -1));
            case "readline":
                return new PyBuiltin("readline", (t, a, k) -> readline(t));
            case "readlines":
                return new PyBuiltin("readlines", (t, a, k) -> {
                    List<Object> lines = new ArrayList<>();
                    String l;
                    while (!(l = readline(t)).isEmpty()) {
                        lines.add(l);
                    }
                    return new PyList(lines.toArray());
                });
            case "close":
                return new PyBuiltin("close", (t, a, k) -> {
                    close(t);
                    return PyNone.NONE;
                });
            case "__enter__":
                return new PyBuiltin("__enter__", (t, a, k) -> this);
            case "__exit__":
                return new PyBuiltin("__exit__", (t, a, k) -> {
                    close(t);
                    return false;
                });
            case "__iter__":
                return new PyBuiltin("__iter__", (t, a, k) -> this);
            case "name": return name;
            case "mode": return mode;
            case "closed": return closed;
            case "encoding": return encoding;
            case "errors": return errors;
            case "line_buffering": return lineBuffered;
            case "write_through": return writeThrough;
            case "newlines": return PyNone.NONE;
            case "buffer": return new PyStdBuffer(this);
            case "readable": return new PyBuiltin(n, (t, a, k) -> in != null);
            case "writable": return new PyBuiltin(n, (t, a, k) -> out != null);
            case "seekable": return new PyBuiltin(n, (t, a, k) -> false);
            case "reconfigure": return new PyBuiltin(n, (t, a, k) -> {
                flush(t);
                Object lb = BuiltinArgs.kw(a, k, "line_buffering");
                if (lb != null && lb != PyNone.NONE) {
                    lineBuffered = Ops.truthy(lb);
                }
                Object enc = BuiltinArgs.kw(a, k, "encoding");
                if (enc != null && enc != PyNone.NONE) {
                    String e = BuiltinArgs.str(enc, "reconfigure() argument 'encoding'");
                    Ops.call(t, Ops.getattr("", "encode"), new Object[] {e}, null); // LookupError for an unknown codec
                    encoding = e.equalsIgnoreCase("utf8") || e.equalsIgnoreCase("utf-8") ? "utf-8" : e;
                    errors = "strict";
                }
                Object err = BuiltinArgs.kw(a, k, "errors");
                if (err != null && err != PyNone.NONE) {
                    errors = BuiltinArgs.str(err, "reconfigure() argument 'errors'");
                }
                return PyNone.NONE;
            });
            case "fileno": return new PyBuiltin("fileno", (t, a, k) -> name.equals("<stdout>") ? 1L : name.equals("<stderr>") ? 2L : 3L);
            case "isatty": return new PyBuiltin("isatty", (t, a, k) -> tty);
            case "seek":
                return new PyBuiltin("seek", (t, a, k) -> {
                    throw Err.make(Types.OSError, "seek is not supported by gilspy files");
                });
            default: return null;
        }
    }

    static {
        // The file type dispatches through AttrHolder; give it the dunders that the protocol lookups need.
        // TextIOWrapper is the type of open()'s text files (PyDiskFile) too.
        Types.FILE.module = "_io";
        Methods.def(Types.FILE, "__enter__", (t, a, k) -> a[0] instanceof PyDiskFile d ? d.checkOpen() : a[0]);
        Methods.def(Types.FILE, "__exit__", (t, a, k) -> {
            if (a[0] instanceof PyDiskFile d) {
                d.close(t);
            } else {
                ((PyFile) a[0]).close(t);
            }
            return false;
        });
        Methods.def(Types.FILE, "__iter__", (t, a, k) -> a[0] instanceof PyDiskFile d ? d.checkOpen() : a[0]);
        Methods.def(Types.FILE, "__next__", (t, a, k) -> {
            Object v = ((PyIter) a[0]).next(t);
            if (v == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return v;
        });
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + mode + "' encoding='" + encoding + "'>";
    }
}
