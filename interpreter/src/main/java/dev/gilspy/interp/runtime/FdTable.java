package dev.gilspy.interp.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The file descriptors {@code posix} hands out. A JVM gives no access to the process's own
 * descriptors, so each interpreter numbers its open files itself: 0, 1 and 2 are its stdin, stdout
 * and stderr, and {@code posix.open}/{@code pipe}/{@code dup} take the lowest free number from 3,
 * as the kernel does. {@link #dup} shares one {@link OpenFile} (one offset), as dup(2) does.
 * The methods here do the I/O only: the callers release the GIL around them, as
 * {@code Modules/posixmodule.c} does with Py_BEGIN_ALLOW_THREADS.
 */
public final class FdTable {
    private static final Map<InterpreterState, FdTable> TABLES = new WeakHashMap<>();

    /** What an open file description is: a seekable file, or one end of a pipe or stream. */
    public static final class OpenFile {
        public final FileChannel file;
        final ReadableByteChannel in;
        final WritableByteChannel out;
        final OutputStream checkedOut;
        public final String path;
        public final int flags;
        final boolean tty;
        int refs = 1;

        OpenFile(FileChannel file, ReadableByteChannel in, WritableByteChannel out, OutputStream checkedOut, String path, int flags, boolean tty) {
            this.file = file;
            this.in = in;
            this.out = out;
            this.checkedOut = checkedOut;
            this.path = path;
            this.flags = flags;
            this.tty = tty;
        }
    }

    private final TreeMap<Integer, OpenFile> fds = new TreeMap<>();
    /**
     * The files of {@code open()} holding buffered bytes not yet written: held here (strongly) from
     * their first pending write to their flush, so what a script leaves in a buffer reaches the file
     * at exit ({@link #flushAll}) even when the file object became garbage earlier. CPython flushes
     * such a file when its last reference goes; gilspy, without reference counts, at exit.
     */
    private final Set<PyDiskFile> unflushed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private FdTable(InterpreterState interp) {
        boolean console = System.console() != null;
        fds.put(0, new OpenFile(null, Channels.newChannel(interp.inStream), null, null, "<stdin>", O_RDONLY, console && interp.inStream == System.in));
        fds.put(1, stream(interp.outStream, "<stdout>", console && (interp.outStream == System.out || interp.outStream instanceof CheckedPrintStream)));
        fds.put(2, stream(interp.errStream, "<stderr>", console && interp.errStream == System.err));
    }

    private static OpenFile stream(PrintStream ps, String name, boolean tty) {
        return new OpenFile(null, null, Channels.newChannel(ps), ps, name, O_WRONLY, tty);
    }

    synchronized void pending(PyDiskFile f) {
        unflushed.add(f);
    }

    synchronized void flushed(PyDiskFile f) {
        unflushed.remove(f);
    }

    /**
     * Finalization (after the atexit callbacks, as Py_FinalizeEx finalizes the file objects left
     * open): writes out every buffer still pending. Not on {@code os._exit}, as in CPython.
     */
    public static void flushAll(InterpreterState interp, PyThread t) {
        FdTable table;
        synchronized (TABLES) {
            table = TABLES.get(interp);
        }
        if (table == null) {
            return;
        }
        PyDiskFile[] files;
        synchronized (table) {
            files = table.unflushed.toArray(new PyDiskFile[0]);
        }
        for (PyDiskFile f : files) {
            f.flushAtExit(t);
        }
    }

    /** This interpreter's table. */
    public static FdTable of(InterpreterState interp) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(interp, FdTable::new);
        }
    }

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_SYNC = 04010000;
    public static final int O_DSYNC = 010000;

    public synchronized OpenFile get(int fd) {
        OpenFile f = fds.get(fd);
        if (f == null) {
            throw Err.os(9, "Bad file descriptor");
        }
        return f;
    }

    public synchronized boolean isOpen(int fd) {
        return fds.containsKey(fd);
    }

    private synchronized int add(OpenFile f, int from) {
        int fd = from;
        while (fds.containsKey(fd)) {
            fd++;
        }
        fds.put(fd, f);
        return fd;
    }

    /** open(2): the file at {@code path} with {@code O_*} flags and permission bits {@code mode}. */
    public int open(Path path, int flags, int mode) throws IOException {
        Set<OpenOption> opts = new HashSet<>();
        int acc = flags & 3;
        if (acc == O_RDONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_APPEND) != 0 && acc == O_WRONLY) {
            // a JDK channel refuses READ with APPEND: O_RDWR|O_APPEND keeps READ, and write() seeks to the end (O_RDONLY|O_APPEND only reads)
            opts.add(StandardOpenOption.APPEND);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_DSYNC) != 0) {
            opts.add((flags & O_SYNC) == O_SYNC ? StandardOpenOption.SYNC : StandardOpenOption.DSYNC);
        }
        if (java.nio.file.Files.isDirectory(path)) {
            throw new FileSystemExceptionWithErrno(path.toString(), 21);
        }
        FileChannel ch;
        if ((flags & O_CREAT) != 0) {
            ch = FileChannel.open(path, opts, PosixFilePermissions.asFileAttribute(permissions(mode)));
        } else {
            ch = FileChannel.open(path, opts);
        }
        return add(new OpenFile(ch, ch, ch, null, LibraryFiles.name(path), flags, false), 3);
    }

    /** An errno that java.nio reports only as a message. */
    public static final class FileSystemExceptionWithErrno extends java.nio.file.FileSystemException {
        public final int errno;

        public FileSystemExceptionWithErrno(String file, int errno) {
            super(file);
            this.errno = errno;
        }
    }

    /** A descriptor for a file {@code open()} opened itself (its {@code fileno()}). */
    public int register(FileChannel ch, String path, int flags) {
        return add(new OpenFile(ch, ch, ch, null, path, flags, false), 3);
    }

    /** pipe(2): the read end and the write end. */
    public int[] pipe() throws IOException {
        Pipe p = Pipe.open();
        int r = add(new OpenFile(null, p.source(), null, null, "<pipe>", O_RDONLY, false), 3);
        int w = add(new OpenFile(null, null, p.sink(), null, "<pipe>", O_WRONLY, false), 3);
        return new int[] {r, w};
    }

    public synchronized int dup(int fd) {
        OpenFile f = get(fd);
        f.refs++;
        return add(f, 0);
    }

    public int dup2(int fd, int fd2) throws IOException {
        OpenFile old;
        synchronized (this) {
            OpenFile f = get(fd);
            if (fd == fd2) {
                return fd2;
            }
            f.refs++;
            old = fds.put(fd2, f);
        }
        if (old != null) {
            release(old);
        }
        return fd2;
    }

    public void close(int fd) throws IOException {
        OpenFile f;
        synchronized (this) {
            f = fds.remove(fd);
        }
        if (f == null) {
            throw Err.os(9, "Bad file descriptor");
        }
        release(f);
    }

    /**
     * The open file description behind {@code fd}, with one more reference, as a child process's
     * copy of the descriptor holds it: it stays open until {@link #release} even when {@code fd}
     * is closed (subprocess's pumps hold the pipe ends they feed and drain this way).
     */
    public synchronized OpenFile retain(int fd) {
        OpenFile f = get(fd);
        synchronized (f) {
            f.refs++;
        }
        return f;
    }

    /** Drops one reference to {@code f}: the last one closes it. */
    public static void release(OpenFile f) throws IOException {
        synchronized (f) {
            if (--f.refs > 0 || f.checkedOut != null) {
                return; // the interpreter's own stdout/stderr stay open for its messages
            }
        }
        if (f.file != null) {
            f.file.close();
        } else if (f.in != null) {
            f.in.close();
        } else if (f.out != null) {
            f.out.close();
        }
    }

    /** read(2): at most {@code n} bytes, none at end of file. */
    public static byte[] read(OpenFile f, int n) throws IOException {
        if (f.in == null) {
            throw Err.os(9, "Bad file descriptor");
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        int got = n == 0 ? 0 : f.in.read(buf);
        if (got <= 0) {
            return new byte[0];
        }
        byte[] out = new byte[got];
        buf.flip().get(out);
        return out;
    }

    /** write(2): how many bytes were written. */
    public static int write(OpenFile f, byte[] data) throws IOException {
        if (f.out == null) {
            throw Err.os(9, "Bad file descriptor");
        }
        if (f.checkedOut instanceof CheckedPrintStream c) {
            c.writeChecked(data);
            c.flushChecked();
            return data.length;
        }
        if (f.checkedOut != null) {
            f.checkedOut.write(data);
            f.checkedOut.flush();
            return data.length;
        }
        if ((f.flags & O_APPEND) != 0 && (f.flags & 3) != O_WRONLY && f.file != null) {
            // O_APPEND on a channel that could not be opened APPEND (it also reads: "a+", O_RDWR|O_APPEND): the
            // write goes to the end whatever the offset, as write(2) does. An O_WRONLY one was opened APPEND
            // and needs no fstat and lseek per write (a log file's every line)
            f.file.position(f.file.size());
        }
        try {
            return f.out.write(ByteBuffer.wrap(data));
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw Err.os(9, "Bad file descriptor"); // a descriptor opened O_RDONLY, as write(2) says
        }
    }

    /** lseek(2): the new offset. */
    public static long lseek(OpenFile f, long pos, int whence) throws IOException {
        if (f.file == null) {
            throw Err.os(29, "Illegal seek");
        }
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> f.file.position();
            case 2 -> f.file.size();
            default -> throw Err.os(22, "Invalid argument");
        };
        if (base + pos < 0) {
            throw Err.os(22, "Invalid argument");
        }
        f.file.position(base + pos);
        return base + pos;
    }

    /**
     * Whether a read would not block now (select's readable set): a regular file always, a pipe
     * when it has data or its writer closed (asked of a Selector), stdin when bytes are waiting.
     */
    public static boolean readReady(OpenFile f, InterpreterState interp) throws IOException {
        if (f.in == null) {
            return false;
        }
        if (f.file != null) {
            return true;
        }
        if (f.in instanceof java.nio.channels.SelectableChannel sc) {
            synchronized (sc.blockingLock()) {
                sc.configureBlocking(false);
                try (java.nio.channels.Selector sel = java.nio.channels.Selector.open()) {
                    sc.register(sel, java.nio.channels.SelectionKey.OP_READ);
                    return sel.selectNow() > 0;
                } finally {
                    sc.configureBlocking(true);
                }
            }
        }
        return interp.inStream.available() > 0;
    }

    /** Whether a write would not block now: assumed for every writable descriptor. */
    public static boolean writeReady(OpenFile f) {
        return f.out != null;
    }

    public static boolean isatty(OpenFile f) {
        return f.tty;
    }

    /** The permission bits of a mode (setuid, setgid and sticky are not expressible in java.nio). */
    public static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = java.util.EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                p.add(order[i]);
            }
        }
        return p;
    }
}
