package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@code open()} returns for a file on disk: a TextIOWrapper or a BufferedReader/Writer/Random
 * as CPython's {@code _io} names them. One object does the three layers of {@code Modules/_io}:
 * the raw file ({@link FileChannel}, I/O with the GIL released as {@code fileio.c} does), a byte
 * buffer (a logical position over a cache of the file's bytes and a pending write buffer, GIL held as
 * in {@code bufferedio.c}), and for text the codec and newline translation ({@code textio.c}),
 * through {@code str.encode}/{@code bytes.decode} so every codec those know works here.
 * A text file's {@code tell()} is its byte position, which is CPython's cookie whenever the decoder
 * holds no state between reads (any stateless codec read a line or a whole file at a time).
 */
public final class PyDiskFile extends PyIter implements Attr.AttrHolder {
    /** The standard streams' type ({@link PyFile}): one TextIOWrapper class, as in CPython. */
    static final PyType TEXT = Types.FILE;
    static final PyType READER = ioType("BufferedReader");
    static final PyType WRITER = ioType("BufferedWriter");
    static final PyType RANDOM = ioType("BufferedRandom");
    static final PyType FILEIO = ioType("FileIO");
    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    public static final PyType UNSUPPORTED = unsupportedType();

    private static PyType unsupportedType() {
        PyType tp = new PyType("UnsupportedOperation", new PyType[] {Types.OSError, Types.ValueError}, PyType.Layout.EXCEPTION, true);
        tp.module = "io";
        tp.finishInit();
        return tp;
    }

    /** The types {@code _io} exports by these names. */
    public static PyType ioClass(String name) {
        return switch (name) {
            case "TextIOWrapper" -> TEXT;
            case "BufferedReader" -> READER;
            case "BufferedWriter" -> WRITER;
            case "FileIO" -> FILEIO;
            default -> RANDOM;
        };
    }

    Object name; // FileIO.name is writable (tempfile.TemporaryFile sets it to the descriptor)
    final String mode;
    final boolean binary;
    final boolean readable;
    final boolean writable;
    final boolean append;
    final String encoding;
    final String errors;
    /** null for universal newlines, else "", "\n", "\r" or "\r\n" (TextIOWrapper's newline). */
    final String newline;
    private final FileChannel ch;
    /** False for a FIFO or a device: no size, no positional I/O, read through to end of file. */
    private boolean regular = true;
    private long pos;
    /**
     * The channel was opened with O_APPEND: a flush writes at the end without asking where the end
     * is (an fstat per flush cost as much as the write itself), and {@link #pos} is found again
     * (endUnknown) only when tell, seek or truncate needs it. Never readable: a JDK channel refuses
     * READ with APPEND.
     */
    private boolean appendChannel;
    private boolean endUnknown;
    private byte[] cache;
    private final PendingBytes pending = new PendingBytes();
    /** Its methods, each made once ({@link DiskFileAttrs#get}): a logging handler looks up write and flush per record. */
    final java.util.concurrent.ConcurrentHashMap<String, Object> methods = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean closed;
    private final java.nio.charset.Charset fastCharset;

    private PyDiskFile(Object name, String mode, FileChannel ch, boolean readable, boolean writable, boolean append,
                       String encoding, String errors, String newline) {
        this.name = name;
        this.mode = mode;
        this.binary = mode.contains("b");
        this.ch = ch;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.fastCharset = binary ? null : fastCharset();
    }

    private static PyType ioType(String name) {
        PyType tp = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        tp.module = "_io";
        Methods.def(tp, "__repr__", (t, a, k) -> a[0].toString());
        Methods.def(tp, "__enter__", (t, a, k) -> ((PyDiskFile) a[0]).checkOpen());
        Methods.def(tp, "__exit__", (t, a, k) -> {
            ((PyDiskFile) a[0]).close(t);
            return false;
        });
        Methods.def(tp, "__iter__", (t, a, k) -> ((PyDiskFile) a[0]).checkOpen());
        Methods.def(tp, "__next__", (t, a, k) -> {
            Object v = ((PyDiskFile) a[0]).next(t);
            if (v == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return v;
        });
        tp.finishInit();
        return tp;
    }

    @Override
    public PyType type() {
        return !binary ? TEXT : unbuffered ? FILEIO : readable && writable ? RANDOM : readable ? READER : WRITER;
    }

    /** {@code open(file, mode, buffering, encoding, errors, newline, closefd)} for a path. */
    static PyDiskFile open(PyThread t, Object file, String mode, Object[] a, String[] k) {
        OpenMode om = OpenMode.parse(mode, a, k);
        String path = StrRepr.str(file);
        Path p = LibraryFiles.path(path);
        if (p != null && om.writable) {
            throw fileError(30, "Read-only file system", file); // the shipped library, as a read-only install
        }
        if (p == null) {
            p = FsNames.path(path, System.getProperty("user.dir"));
        }
        Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
        if (om.readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (om.writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        switch (om.kind) {
            case 'w' -> {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> {
                opts.add(StandardOpenOption.CREATE);
                if (!om.readable) {
                    opts.add(StandardOpenOption.APPEND); // O_APPEND as CPython's (a JDK channel refuses READ with it: "a+" finds the end per flush)
                }
            }
            case 'x' -> opts.add(StandardOpenOption.CREATE_NEW);
            default -> { }
        }
        Path target = p;
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        FileChannel ch;
        try {
            if (Files.isDirectory(target)) {
                throw fileError(21, "Is a directory", file);
            }
            if (om.kind == 'x' && Files.exists(target)) {
                throw fileError(17, "File exists", file);
            }
            if (!Files.exists(target) && (om.kind == 'r' || target.getParent() == null || !Files.isDirectory(target.getParent()))) {
                throw fileError(2, "No such file or directory", file);
            }
            ch = FileChannel.open(target, opts);
        } catch (IOException e) {
            throw fileError(13, "Permission denied", file);
        } finally {
            t.ts.endAllowThreads();
        }
        PyDiskFile f = new PyDiskFile(file, mode, ch, om.readable, om.writable, om.kind == 'a', om.encoding, om.errors, om.newline);
        f.regular = Files.isRegularFile(target);
        f.appendChannel = opts.contains(StandardOpenOption.APPEND);
        f.unbuffered = om.unbuffered;
        f.table = FdTable.of(t.interp);
        f.fd = f.table.register(ch, LibraryFiles.name(target), (om.readable && om.writable ? FdTable.O_RDWR : om.writable ? FdTable.O_WRONLY : FdTable.O_RDONLY)
                | (f.append ? FdTable.O_APPEND : 0));
        if (f.append) {
            f.pos = f.size(t);
        }
        return f;
    }

    /** {@code open(fd, ...)} ({@code os.fdopen}): a file over a descriptor of {@link FdTable}; closing it closes the descriptor unless closefd is false. */
    static Object openFd(PyThread t, int fd, String mode, Object[] a, String[] k) {
        OpenMode om = OpenMode.parse(mode, a, k);
        FdTable table = FdTable.of(t.interp);
        FdTable.OpenFile of = table.get(fd);
        if (of.file == null) {
            // a pipe or a standard stream: CPython's own _pyio layers (FileIO over os.read/os.write) serve it
            return Ops.call(t, t.interp.importModule(t, "_pyio").get("open"), a, k);
        }
        PyDiskFile f = new PyDiskFile((long) fd, mode, of.file, om.readable, om.writable, om.kind == 'a', om.encoding, om.errors, om.newline);
        Path at = FsNames.path(of.path, "/");
        // a file unlinked after opening (tempfile's) is regular too: only devices are not
        f.regular = Files.isRegularFile(at) || !Files.exists(at, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        f.unbuffered = om.unbuffered;
        f.fd = fd;
        f.closefd = Ops.truthy(BuiltinArgs.get(a, k, 6, "closefd", true));
        f.table = table;
        f.pos = f.append ? f.size(t) : raw(t, of.file::position);
        return f;
    }

    private int fd = -1;
    boolean unbuffered;
    private boolean closefd = true;
    private FdTable table;

    static PyException fileError(int errno, String msg, Object path) {
        PyException e = Err.os(errno, msg);
        e.exc.putDictAttr("filename", path);
        return e;
    }

    PyDiskFile checkOpen() {
        if (closed) {
            throw Err.value("I/O operation on closed file.");
        }
        return this;
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw Err.make(unsupported(), binary ? "read" : "not readable"); // BufferedWriter's message is the method's name
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw Err.make(unsupported(), binary ? "write" : "not writable");
        }
    }

    static PyType unsupported() {
        return UNSUPPORTED;
    }

    // ------------------------------------------------------------ the raw layer: GIL released

    private interface Raw<T> {
        T run() throws IOException;
    }

    private static <T> T raw(PyThread t, Raw<T> op) {
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            return op.run();
        } catch (IOException e) {
            int errno = PyFile.errnoOf(e);
            throw Err.os(errno, errno == 5 ? "Input/output error" : String.valueOf(e.getMessage()));
        } finally {
            t.ts.endAllowThreads();
        }
    }

    private long size(PyThread t) {
        return regular ? raw(t, ch::size) : 0;
    }

    // ------------------------------------------------------------ the buffer layer: GIL held

    /** Writes out what is pending, at the position it was written at (the end, in append mode). */
    void flush(PyThread t) {
        if (pending.size() == 0) {
            return;
        }
        byte[] data = pending.take();
        table.flushed(this);
        if (appendChannel) {
            // logging's FileHandler flushes every record: one write(2) with the GIL released, as CPython's
            raw(t, () -> {
                ByteBuffer b = ByteBuffer.wrap(data);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                return null;
            });
            endUnknown = true;
            cache = null;
            return;
        }
        long start = pos - data.length;
        // one GIL release for the end-of-file query and the write (logging flushes every record)
        long at = raw(t, () -> {
            long from = append ? (regular ? ch.size() : 0) : start;
            ByteBuffer b = ByteBuffer.wrap(data);
            long p = from;
            while (b.hasRemaining()) {
                p += regular ? ch.write(b, p) : ch.write(b);
            }
            return from;
        });
        if (append) {
            pos = at + data.length;
        }
        cache = null;
    }

    /**
     * Flushes, then finds the position again if an O_APPEND write left it at an end not known here:
     * what tell, seek and truncate start from. It stays unknown until a seek, as the descriptor's
     * offset does for CPython (whose tell asks lseek: an os.write to the descriptor moves it too).
     */
    private void sync(PyThread t) {
        flush(t);
        if (endUnknown) {
            pos = size(t);
        }
    }

    /** The file's bytes, read once (again after a write), for the reading methods. */
    private byte[] bytes(PyThread t) {
        sync(t);
        if (cache == null) {
            cache = raw(t, () -> {
                long n = regular ? ch.size() : 0;
                if (n == 0) {
                    // a pipe, or a /proc file, which says it is empty until it is read
                    return regular ? java.nio.channels.Channels.newInputStream(ch.position(0)).readAllBytes()
                        : java.nio.channels.Channels.newInputStream(ch).readAllBytes();
                }
                ByteBuffer b = ByteBuffer.allocate(Ops.arraySize(n));
                long p = 0;
                while (b.hasRemaining()) {
                    int got = ch.read(b, p);
                    if (got < 0) {
                        break;
                    }
                    p += got;
                }
                byte[] out = new byte[(int) p];
                b.flip().get(out);
                return out;
            });
        }
        return cache;
    }

    private byte[] take(PyThread t, long n) {
        byte[] data = bytes(t);
        int from = (int) Math.min(pos, data.length);
        int to = n < 0 ? data.length : (int) Math.min(data.length, from + n);
        pos = Math.max(pos, to);
        return java.util.Arrays.copyOfRange(data, from, to);
    }

    private void writeBytes(PyThread t, byte[] b) {
        if (pending.size() == 0) {
            if (!append) {
                cache = null;
            }
            table.pending(this); // flushed at exit if nothing flushes it before (FdTable.flushAll)
        }
        // In append mode pos is only right after a flush (which finds the end again): tell, seek and the
        // reading methods all flush first, so the end is not asked for on every write.
        pending.append(b);
        pos += b.length;
        if (pending.size() >= 65536 || unbuffered) {
            flush(t);
        }
    }

    /** The end of the line starting at {@code from}: just past its terminator, or the end of data. */
    private int lineEnd(byte[] d, int from, long limit) {
        int stop = limit < 0 ? d.length : (int) Math.min(d.length, from + limit);
        for (int i = from; i < stop; i++) {
            byte c = d[i];
            if (binary || newline == null || newline.isEmpty()) {
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r' && !binary) {
                    return i + 1 < d.length && d[i + 1] == '\n' ? i + 2 : i + 1;
                }
            } else if (newline.equals("\n") ? c == '\n' : newline.equals("\r") ? c == '\r' : c == '\n' && i > from && d[i - 1] == '\r') {
                return i + 1;
            }
        }
        return stop;
    }

    Object readline(PyThread t, long limit) {
        checkReadable();
        byte[] d = bytes(t);
        int from = (int) Math.min(pos, d.length);
        int end = lineEnd(d, from, binary ? limit : -1);
        pos = end;
        byte[] line = java.util.Arrays.copyOfRange(d, from, end);
        if (binary) {
            return new PyBytes(line);
        }
        String s = translate(decode(t, line));
        if (limit >= 0 && s.length() > limit) {
            String head = s.substring(0, (int) limit);
            pos = from + encode(t, head).length;
            return head;
        }
        return s;
    }

    private Object read(PyThread t, long n) {
        checkReadable();
        if (binary || n < 0) {
            byte[] b = take(t, n);
            return binary ? new PyBytes(b) : translate(decode(t, b));
        }
        byte[] d = bytes(t);
        int from = (int) Math.min(pos, d.length);
        int to = (int) Math.min(d.length, from + n * 4 + 8);
        while (to < d.length && (d[to] & 0xC0) == 0x80) {
            to--; // a window that ends inside a UTF-8 sequence would not decode
        }
        String u = decode(t, java.util.Arrays.copyOfRange(d, from, to));
        StringBuilder out = new StringBuilder();
        int c = 0;
        while (c < u.length() && out.length() < n) {
            char ch0 = u.charAt(c);
            if (ch0 == '\r' && newline == null) {
                out.append('\n');
                c += c + 1 < u.length() && u.charAt(c + 1) == '\n' ? 2 : 1;
            } else {
                out.append(ch0);
                c++;
            }
        }
        pos = from + encode(t, u.substring(0, c)).length;
        return out.toString();
    }

    private Object readinto(PyThread t, Object buf) {
        checkReadable();
        if (buf instanceof BufferExporter) {
            buf = PyMemoryView.of(buf); // an mmap: read into its memory
        }
        if (buf instanceof PyMemoryView mv && mv.writableBytes() >= 0) { // a view of a bytearray (test_bz2's setup)
            byte[] got = take(t, mv.writableBytes());
            mv.store(got, got.length);
            return (long) got.length;
        }
        if (!(buf instanceof PyBytes b) || b.type() != Types.BYTEARRAY) {
            throw Err.type("readinto() argument must be read-write bytes-like object, not " + Ops.typeName(buf));
        }
        byte[] got = take(t, b.data().length);
        System.arraycopy(got, 0, b.data(), 0, got.length);
        return (long) got.length;
    }

    /** UTF-8 and Latin-1 decode in Java when the bytes are valid; anything else goes through {@code bytes.decode}. */
    private String decode(PyThread t, byte[] b) {
        // Latin-1 decodes any bytes, and UTF-8 decodes ASCII as Latin-1 does: a String straight from the
        // bytes, without a CharsetDecoder and its CharBuffer per call (a line of a text file, per next())
        if (fastCharset == java.nio.charset.StandardCharsets.ISO_8859_1 || fastCharset != null && isAscii(b)) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (fastCharset != null) {
            try {
                return fastCharset.newDecoder().decode(ByteBuffer.wrap(b)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                // bytes.decode raises CPython's UnicodeDecodeError, or applies the errors handler
            }
        }
        return (String) Ops.call(t, Ops.getattr(new PyBytes(b), "decode"), new Object[] {encoding, errors}, null);
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private byte[] encode(PyThread t, String s) {
        if (fastCharset == java.nio.charset.StandardCharsets.UTF_8 && !hasSurrogate(s)) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return ((PyBytes) Ops.call(t, Ops.getattr(s, "encode"), new Object[] {encoding, errors}, null)).data();
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The Java charset that decodes exactly as this file's codec does on valid input, or null. */
    private java.nio.charset.Charset fastCharset() {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> java.nio.charset.StandardCharsets.ISO_8859_1;
            default -> null;
        };
    }

    private String translate(String s) {
        if (newline != null || s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    Object write(PyThread t, Object o) {
        checkWritable();
        if (binary) {
            if (o instanceof BufferExporter || o instanceof PyMemoryView) {
                o = new PyBytes(PyMemoryView.of(o).toByteArray()); // an mmap, a memoryview
            }
            if (!(o instanceof PyBytes b)) {
                throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
            }
            writeBytes(t, b.data().clone());
            return (long) b.data().length;
        }
        if (!(o instanceof String s)) {
            throw Err.type("write() argument must be str, not " + Ops.typeName(o));
        }
        String out = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
        writeBytes(t, encode(t, out));
        return (long) s.length();
    }

    private long seek(PyThread t, long off, int whence) {
        checkOpen();
        sync(t);
        if (!binary) {
            if (whence == 1 && off != 0) {
                throw Err.make(unsupported(), "can't do nonzero cur-relative seeks");
            }
            if (whence == 2 && off != 0) {
                throw Err.make(unsupported(), "can't do nonzero end-relative seeks");
            }
            if (whence == 0 && off < 0) {
                throw Err.value("negative seek position " + off);
            }
        }
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> pos;
            case 2 -> size(t);
            default -> throw Err.value("invalid whence (" + whence + ", should be 0, 1 or 2)");
        };
        if (base + off < 0) {
            throw Err.os(22, "Invalid argument");
        }
        pos = base + off;
        endUnknown = false;
        return pos;
    }

    private long truncate(PyThread t, Object size) {
        checkWritable();
        sync(t);
        endUnknown = false; // the descriptor's offset stays where the last write left it
        long n = size == PyNone.NONE ? pos : Ops.toLong(size);
        raw(t, () -> {
            if (n < ch.size()) {
                ch.truncate(n);
            } else if (n > ch.size()) {
                if (appendChannel) {
                    ch.write(ByteBuffer.allocate(Ops.arraySize(n - ch.size()))); // O_APPEND writes at the end whatever the offset
                } else {
                    ch.write(ByteBuffer.allocate(1), n - 1);
                }
            }
            return null;
        });
        cache = null;
        return n;
    }

    /** Finalization's flush ({@link FdTable#flushAll}): as CPython's, an error is reported as ignored. */
    void flushAtExit(PyThread t) {
        try {
            locked(t, () -> {
                if (!closed) {
                    flush(t);
                }
                return null;
            });
        } catch (PyException e) {
            t.interp.stderr.write(t, "Exception ignored in: " + this + "\n"
                + e.exc.type().name + ": " + StrRepr.str(e.exc) + "\n");
        }
    }

    void close(PyThread t) {
        locked(t, () -> {
            close0(t);
            return null;
        });
    }

    private void close0(PyThread t) {
        if (closed) {
            return;
        }
        try {
            flush(t);
        } finally {
            closed = true;
            raw(t, () -> {
                if (closefd) {
                    table.close(fd); // closes the channel once no dup() of the descriptor is left
                }
                return null;
            });
        }
    }

    /**
     * The buffered layer's lock (bufferedio.c's ENTER_BUFFERED): the raw I/O under a method releases
     * the GIL, so another thread must not reach the buffers meanwhile. Taken without the GIL when
     * another thread holds it, as CPython's is, so the holder can take the GIL back.
     */
    Object locked(PyThread t, java.util.function.Supplier<Object> op) {
        if (!lock.tryLock()) {
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                lock.lock();
            } finally {
                t.ts.endAllowThreads();
            }
        }
        try {
            return op.get();
        } finally {
            lock.unlock();
        }
    }

    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    @Override
    public Object next(PyThread t) {
        return locked(t, () -> next0(t));
    }

    private Object next0(PyThread t) {
        Object line = readline(t, -1);
        return line instanceof String s ? (s.isEmpty() ? null : s) : ((PyBytes) line).data().length == 0 ? null : line;
    }

    @Override
    public Object getAttr(String n) {
        return DiskFileAttrs.get(this, n);
    }

    /**
     * {@code name} (a FileIO's is writable: tempfile sets it) and only {@code tokenize.open}'s
     * {@code text.mode = 'r'} (the mode it already has) are accepted.
     */
    @Override
    public boolean setAttr(String n, Object v) {
        if (n.equals("name")) {
            name = v;
            return true;
        }
        return n.equals("mode") && v instanceof String s && s.equals(mode);
    }

    Object readAll(PyThread t, long n) {
        return read(t, n);
    }

    Object readinto0(PyThread t, Object b) {
        return readinto(t, b);
    }

    long seek0(PyThread t, long off, int whence) {
        return seek(t, off, whence);
    }

    long tell(PyThread t) {
        checkOpen();
        sync(t);
        return pos;
    }

    long truncate0(PyThread t, Object size) {
        return truncate(t, size);
    }

    /** Its descriptor in {@link FdTable}: the one given to open(), or the one open() registered. */
    long fileno() {
        checkOpen();
        return fd;
    }

    boolean closed() {
        return closed;
    }

    @Override
    public String toString() {
        String cls = type().name;
        String nm = "name=" + StrRepr.repr(name);
        if (unbuffered) {
            return "<_io.FileIO " + nm + " mode='" + DiskFileAttrs.rawMode(this) + "' closefd=" + (closefd ? "True" : "False") + ">";
        }
        return binary ? "<_io." + cls + " " + nm + ">" : "<_io.TextIOWrapper " + nm + " mode='" + mode + "' encoding='" + encoding + "'>";
    }
}
