package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BufferExporter;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySlice;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;

/**
 * {@code mmap} ({@code Modules/mmapmodule.c}, its Unix half) over {@link FileChannel#map}: a map of
 * a file descriptor's file ({@code MAP_SHARED} is {@code READ_WRITE}, {@code ACCESS_READ}
 * {@code READ_ONLY}, {@code MAP_PRIVATE}/{@code ACCESS_COPY} {@code PRIVATE}) or an anonymous one
 * ({@code fileno=-1}: a map of an unlinked sparse file on /dev/shm, which no other process sees, as
 * a JVM cannot fork). The
 * descriptor's open file is kept (CPython dups the descriptor), so the map outlives the file object.
 * The object exports its memory ({@code memoryview(m)} reads and writes the mapping, as
 * {@code multiprocessing.shared_memory}'s {@code buf} does). As in the C module, the GIL is released
 * around {@code mmap(2)} in the constructor ({@code new_mmap_object}) and around {@code close}'s
 * {@code close(2)}/{@code munmap(2)} ({@code mmap_close_method}), and held everywhere else: the byte
 * copies, {@code resize}'s {@code ftruncate}/{@code mremap}, {@code flush}'s {@code msync}.
 * <p>Differences a JVM forces: a map is at most 2 GiB - 1 bytes ({@code OverflowError} beyond);
 * {@code close()} while memoryviews of the map live does not raise {@code BufferError} (a JVM frees
 * dropped views in its collector, so counting live views would raise where CPython's reference
 * counts do not): the views keep the mapping, which the collector unmaps when the last one goes;
 * there is no {@code madvise} (no JVM call gives advice to the kernel).
 */
public final class MmapModule {
    private MmapModule() {}

    static final int ACCESS_DEFAULT = 0;
    static final int ACCESS_READ = 1;
    static final int ACCESS_WRITE = 2;
    static final int ACCESS_COPY = 3;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int MAP_ANONYMOUS = 0x20;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int PAGESIZE = 4096;
    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    static final PyType TYPE = NativeTypes.newType("mmap", "mmap", null, MmapModule::construct);

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("mmap");
        m.put("mmap", TYPE);
        m.put("error", Types.OSError);
        m.put("PAGESIZE", (long) PAGESIZE);
        m.put("ALLOCATIONGRANULARITY", (long) PAGESIZE);
        m.put("ACCESS_DEFAULT", (long) ACCESS_DEFAULT);
        m.put("ACCESS_READ", (long) ACCESS_READ);
        m.put("ACCESS_WRITE", (long) ACCESS_WRITE);
        m.put("ACCESS_COPY", (long) ACCESS_COPY);
        m.put("MAP_SHARED", (long) MAP_SHARED);
        m.put("MAP_PRIVATE", (long) MAP_PRIVATE);
        m.put("MAP_ANON", (long) MAP_ANONYMOUS);
        m.put("MAP_ANONYMOUS", (long) MAP_ANONYMOUS);
        m.put("MAP_DENYWRITE", 0x800L);
        m.put("MAP_EXECUTABLE", 0x1000L);
        m.put("MAP_POPULATE", 0x8000L);
        m.put("MAP_STACK", 0x20000L);
        m.put("PROT_READ", (long) PROT_READ);
        m.put("PROT_WRITE", (long) PROT_WRITE);
        m.put("PROT_EXEC", 4L);
        return m;
    }

    static final class Mmap extends NativeObj implements BufferExporter {
        /** The mapped memory; null once closed. */
        ByteBuffer buf;
        /** The file mapped (held: one reference of the descriptor's open file), null when anonymous. */
        FdTable.OpenFile file;
        final long offset;
        final int access;
        final FileChannel.MapMode mode;
        int pos;

        Mmap(PyType cls, ByteBuffer buf, FdTable.OpenFile file, long offset, int access, FileChannel.MapMode mode) {
            super(cls);
            this.buf = buf;
            this.file = file;
            this.offset = offset;
            this.access = access;
            this.mode = mode;
        }

        ByteBuffer valid() {
            if (buf == null) {
                throw Err.value("mmap closed or invalid");
            }
            return buf;
        }

        int size() {
            return valid().capacity();
        }

        void writable() {
            valid();
            if (access == ACCESS_READ) {
                throw Err.type("mmap can't modify a readonly memory map.");
            }
        }

        @Override
        public Object exportedBuffer() {
            return PyMemoryView.ofBuffer(valid(), this, access != ACCESS_READ);
        }

        byte[] get(int from, int n) {
            byte[] r = new byte[n];
            valid().get(from, r, 0, n);
            return r;
        }

        void close() throws IOException {
            buf = null;
            FdTable.OpenFile f = file;
            file = null;
            if (f != null) {
                FdTable.release(f);
            }
        }
    }

    private static Mmap self(Object o) {
        if (o instanceof Mmap m) {
            return m;
        }
        throw Err.type("descriptor requires a 'mmap.mmap' object but received '" + Ops.typeName(o) + "'");
    }

    private static long integer(Object[] a, String[] k, int i, String name, long def) {
        Object v = BuiltinArgs.get(a, k, i, name, null);
        return v == null ? def : Ops.toLong(v); // an int or an object with __index__
    }

    /** The bytes of a bytes-like argument (CPython's {@code y*}). */
    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyMemoryView || o instanceof BufferExporter) {
            return PyMemoryView.of(o).toByteArray();
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        long fd = integer(a, k, 0, "fileno", Long.MIN_VALUE);
        long length = integer(a, k, 1, "length", Long.MIN_VALUE);
        if (fd == Long.MIN_VALUE || length == Long.MIN_VALUE) {
            throw Err.type("function missing required argument '" + (fd == Long.MIN_VALUE ? "fileno' (pos 1)" : "length' (pos 2)"));
        }
        int flags = (int) integer(a, k, 2, "flags", MAP_SHARED);
        int prot = (int) integer(a, k, 3, "prot", PROT_READ | PROT_WRITE);
        int access = (int) integer(a, k, 4, "access", ACCESS_DEFAULT);
        long offset = integer(a, k, 5, "offset", 0);
        if (length < 0) {
            throw Err.overflow("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw Err.overflow("memory mapped offset must be positive");
        }
        if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_READ | PROT_WRITE))) {
            throw Err.value("mmap can't specify both access and flags, prot.");
        }
        switch (access) {
            case ACCESS_READ: flags = MAP_SHARED; prot = PROT_READ; break;
            case ACCESS_WRITE: flags = MAP_SHARED; prot = PROT_READ | PROT_WRITE; break;
            case ACCESS_COPY: flags = MAP_PRIVATE; prot = PROT_READ | PROT_WRITE; break;
            case ACCESS_DEFAULT:
                if ((prot & PROT_READ) == 0 || (prot & PROT_WRITE) == 0) {
                    access = (prot & PROT_WRITE) != 0 ? ACCESS_WRITE : ACCESS_READ;
                }
                break;
            default: throw Err.value("mmap invalid access parameter.");
        }
        FileChannel.MapMode mode = (prot & PROT_WRITE) == 0 ? FileChannel.MapMode.READ_ONLY
            : (flags & MAP_PRIVATE) != 0 ? FileChannel.MapMode.PRIVATE : FileChannel.MapMode.READ_WRITE;
        if (fd == -1) {
            if (length == 0 || offset % PAGESIZE != 0) {
                throw OsErrors.withErrno(22, null, null);
            }
            return new Mmap(cls, anonymous(t, mapSize(length)), null, offset, access, mode);
        }
        FdTable.OpenFile f = FdTable.of(t.interp).retain((int) fd);
        try {
            if (f.file == null) {
                throw OsErrors.withErrno(19, null, null); // a pipe or a socket: ENODEV, as mmap(2) says
            }
            long stSize = PosixFiles.io(t, null, null, f.file::size);
            if (length == 0) {
                if (stSize == 0) {
                    throw Err.value("cannot mmap an empty file");
                }
                if (offset >= stSize) {
                    throw Err.value("mmap offset is greater than file size");
                }
                length = stSize - offset;
            } else if (offset > stSize || stSize - offset < length) {
                throw Err.value("mmap length is greater than file size");
            }
            if (offset % PAGESIZE != 0) {
                throw OsErrors.withErrno(22, null, null);
            }
            int n = mapSize(length);
            ByteBuffer mapped;
            if (mode == FileChannel.MapMode.PRIVATE && (f.flags & 3) == FdTable.O_RDONLY) {
                // a JVM maps PRIVATE only from a channel open for writing; MAP_PRIVATE of a read-only
                // descriptor is the file's bytes copied at map time (POSIX leaves it unspecified
                // whether later changes to the file show through such a map)
                long at = offset;
                mapped = PosixFiles.io(t, null, null, () -> {
                    ByteBuffer copy = ByteBuffer.allocateDirect(n);
                    while (copy.hasRemaining() && f.file.read(copy, at + copy.position()) > 0) {
                        // read until the map's length
                    }
                    return copy.clear();
                });
            } else {
                mapped = map(t, f.file, mode, offset, n);
            }
            return new Mmap(cls, mapped, f, offset, access, mode);
        } catch (RuntimeException e) {
            try {
                FdTable.release(f);
            } catch (IOException ignored) {
                // the map failed: its error is the one to report
            }
            throw e;
        }
    }

    /**
     * MAP_ANONYMOUS memory: a map of an unlinked sparse file on tmpfs (/dev/shm), so that, as with
     * the kernel's anonymous maps, only the pages touched take memory (a direct buffer would be
     * zeroed, all of it, at once); the collector unmaps it when the map and its views are gone.
     */
    private static ByteBuffer anonymous(PyThread t, int n) {
        return PosixFiles.io(t, null, null, () -> {
            // /dev/shm unless it is too small for the map (a container's 64 MiB), then the temp dir
            java.nio.file.Path shm = PosixShmemModule.SHM_DIR;
            java.nio.file.Path dir = java.nio.file.Files.isDirectory(shm)
                && java.nio.file.Files.getFileStore(shm).getUsableSpace() >= n ? shm
                : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
            java.nio.file.Path f = java.nio.file.Files.createTempFile(dir, "gilspy-mmap-", "");
            try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
                java.nio.file.Files.delete(f);
                raf.setLength(n);
                return raf.getChannel().map(FileChannel.MapMode.READ_WRITE, 0, n);
            } finally {
                java.nio.file.Files.deleteIfExists(f);
            }
        });
    }

    private static int mapSize(long length) {
        if (length > Integer.MAX_VALUE) {
            throw Err.overflow("memory mapped length must be at most " + Integer.MAX_VALUE + " on a JVM");
        }
        return (int) length;
    }

    /** mmap(2) with the GIL released; a channel opened without the access asked for is EACCES, as there. */
    private static MappedByteBuffer map(PyThread t, FileChannel ch, FileChannel.MapMode mode, long offset, int n) {
        try {
            return PosixFiles.io(t, null, null, () -> ch.map(mode, offset, n));
        } catch (NonWritableChannelException | NonReadableChannelException e) {
            throw OsErrors.withErrno(13, null, null);
        }
    }

    /** A {@code Py_ssize_t} argument of find/rfind/read that may also be None (the default). */
    private static long optional(Object[] a, String[] k, int i, String name, long def) {
        Object v = BuiltinArgs.get(a, k, i, name, PyNone.NONE);
        return v == PyNone.NONE ? def : integer(a, k, i, name, def);
    }

    private static long clamp(long v, int size) {
        if (v < 0) {
            v += size;
        }
        return v < 0 ? 0 : Math.min(v, size);
    }

    private static Object find(Object[] a, String[] k, boolean reverse) {
        Mmap m = self(a[0]);
        int size = m.size();
        byte[] needle = bytesLike(BuiltinArgs.get(a, k, 1, "sub", null));
        long start = clamp(optional(a, k, 2, "start", m.pos), size);
        long end = clamp(optional(a, k, 3, "end", size), size);
        ByteBuffer b = m.valid(); // an __index__ may have closed the map (gh-103987)
        int n = needle.length;
        for (long p = reverse ? end - n : start; p >= start && p + n <= end; p += reverse ? -1 : 1) {
            int i = 0;
            while (i < n && b.get((int) p + i) == needle[i]) {
                i++;
            }
            if (i == n) {
                return p;
            }
        }
        return -1L;
    }

    private static boolean isIndex(Object o) {
        return Ops.isInt(o) || !(o instanceof String) && Ops.getattrOrNull(o, "__index__") != null;
    }

    private static int index(Mmap m, Object key) {
        long i = Ops.toLong(key);
        int size = m.size(); // after the conversion: an __index__ may have closed the map (gh-103987)
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Err.index("mmap index out of range");
        }
        return (int) i;
    }

    /** start, stop, step, slicelength of {@code slice.indices(size)}. */
    private static long[] indices(Object slice, int size) {
        PyTuple r = (PyTuple) Ops.call(Ops.getattr(slice, "indices"), (long) size);
        long start = Ops.toLong(r.get(0));
        long stop = Ops.toLong(r.get(1));
        long step = Ops.toLong(r.get(2));
        long n = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
            : (start > stop ? (start - stop - 1) / -step + 1 : 0);
        return new long[] {start, stop, step, n};
    }

    private static Object getitem(Mmap m, Object key) {
        m.valid();
        if (key instanceof PySlice) {
            long[] ix = indices(key, m.size());
            m.valid();
            if (ix[2] == 1) {
                return new PyBytes(m.get((int) ix[0], (int) ix[3]));
            }
            byte[] r = new byte[(int) ix[3]];
            for (int j = 0; j < r.length; j++) {
                r[j] = m.buf.get((int) (ix[0] + j * ix[2]));
            }
            return new PyBytes(r);
        }
        if (!isIndex(key)) {
            throw Err.type("mmap indices must be integers");
        }
        return (long) (m.buf.get(index(m, key)) & 0xff);
    }

    private static void setitem(Mmap m, Object key, Object value) {
        m.writable();
        if (key instanceof PySlice) {
            long[] ix = indices(key, m.size());
            byte[] src = bytesLike(value);
            m.valid();
            if (src.length != ix[3]) {
                throw Err.index("mmap slice assignment is wrong size");
            }
            for (int j = 0; j < src.length; j++) {
                m.buf.put((int) (ix[0] + j * ix[2]), src[j]);
            }
            return;
        }
        if (!isIndex(key)) {
            throw Err.type("mmap indices must be integer");
        }
        int i = index(m, key);
        if (!isIndex(value)) {
            m.valid();
            throw Err.type("mmap item value must be an int");
        }
        long v = Ops.toLong(value);
        if (v < 0 || v > 255) {
            throw Err.value("mmap item value must be in range(0, 256)");
        }
        m.valid().put(i, (byte) v);
    }

    private static Object resize(PyThread t, Mmap m, long newSize) throws IOException {
        m.valid();
        if (m.access != ACCESS_WRITE && m.access != ACCESS_DEFAULT) {
            throw Err.type("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (newSize < 0 || Long.MAX_VALUE - newSize < m.offset) {
            throw Err.value("new size out of range");
        }
        if (newSize == 0) {
            throw OsErrors.withErrno(22, null, null); // mremap(2) to nothing: EINVAL
        }
        int n = mapSize(newSize);
        if (m.file == null) {
            ByteBuffer grown = anonymous(t, n);
            grown.put(0, m.buf, 0, Math.min(n, m.buf.capacity()));
            m.buf = grown;
            return PyNone.NONE;
        }
        FileChannel ch = m.file.file;
        long end = m.offset + n;
        // ftruncate(2), then mremap(2), with the GIL held as mmap_resize_method holds it: a longer
        // file first, a shorter one after the smaller map
        if (ch.size() < end) {
            ch.write(ByteBuffer.wrap(new byte[1]), end - 1);
        }
        m.buf = ch.map(m.mode, m.offset, n);
        if (ch.size() > end) {
            ch.truncate(end);
        }
        return PyNone.NONE;
    }

    private static String repr(Mmap m) {
        String name = NativeTypes.isBuiltin(m.type()) ? "mmap.mmap" : NativeTypes.name(m.type());
        if (m.buf == null) {
            return "<" + name + " closed=True>";
        }
        return "<" + name + " closed=False, access=" + ACCESS_NAMES[m.access] + ", length=" + m.buf.capacity()
            + ", pos=" + m.pos + ", offset=" + m.offset + ">";
    }

    static {
        NativeTypes.def(TYPE, "close", (t, a, k) -> {
            Mmap m = self(a[0]);
            PosixFiles.io(t, null, null, () -> {
                m.close();
                return null;
            });
            return PyNone.NONE;
        });
        NativeTypes.getter(TYPE, "closed", o -> self(o).buf == null);
        NativeTypes.def(TYPE, "find", (t, a, k) -> find(a, k, false));
        NativeTypes.def(TYPE, "rfind", (t, a, k) -> find(a, k, true));
        NativeTypes.def(TYPE, "flush", (t, a, k) -> {
            Mmap m = self(a[0]);
            int size = m.size();
            long off = integer(a, k, 1, "offset", 0);
            long n = integer(a, k, 2, "size", size);
            if (n < 0 || off < 0 || size - off < n) {
                throw Err.value("flush values out of range");
            }
            if (m.access == ACCESS_READ || m.access == ACCESS_COPY) {
                return PyNone.NONE;
            }
            if (off % PAGESIZE != 0) {
                throw OsErrors.withErrno(22, null, null); // msync(2) of an address not on a page: EINVAL
            }
            if (!(m.buf instanceof MappedByteBuffer mb)) {
                return PyNone.NONE;
            }
            mb.force((int) off, (int) n); // msync(2), the GIL held as mmap_flush_method holds it
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "move", (t, a, k) -> {
            Mmap m = self(a[0]);
            long dest = integer(a, k, 1, "dest", 0);
            long src = integer(a, k, 2, "src", 0);
            long cnt = integer(a, k, 3, "count", 0);
            m.writable();
            int size = m.size();
            if (dest < 0 || src < 0 || cnt < 0 || size - dest < cnt || size - src < cnt) {
                throw Err.value("source, destination, or count out of range");
            }
            m.buf.put((int) dest, m.get((int) src, (int) cnt));
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "read", (t, a, k) -> {
            Mmap m = self(a[0]);
            long n = optional(a, k, 1, "n", -1);
            int left = Math.max(m.size() - m.pos, 0); // after the conversion (gh-103987); pos may be past a shrunk end
            int take = n < 0 || n > left ? left : (int) n;
            byte[] r = take == 0 ? new byte[0] : m.get(m.pos, take);
            m.pos += take;
            return new PyBytes(r);
        });
        NativeTypes.def(TYPE, "read_byte", (t, a, k) -> {
            Mmap m = self(a[0]);
            if (m.pos >= m.size()) {
                throw Err.value("read byte out of range");
            }
            return (long) (m.buf.get(m.pos++) & 0xff);
        });
        NativeTypes.def(TYPE, "readline", (t, a, k) -> {
            Mmap m = self(a[0]);
            int size = m.size();
            if (m.pos >= size) {
                return new PyBytes(new byte[0]);
            }
            int end = m.pos;
            while (end < size && m.buf.get(end) != '\n') {
                end++;
            }
            if (end < size) {
                end++;
            }
            int from = Math.min(m.pos, size);
            byte[] r = m.get(from, Math.max(end - from, 0));
            m.pos = Math.max(end, m.pos);
            return new PyBytes(r);
        });
        NativeTypes.def(TYPE, "resize", (t, a, k) -> {
            Mmap m = self(a[0]);
            long n = integer(a, k, 1, "newsize", 0);
            try {
                return resize(t, m, n);
            } catch (IOException e) {
                throw OsErrors.of(e, null, null);
            }
        });
        NativeTypes.def(TYPE, "seek", (t, a, k) -> {
            Mmap m = self(a[0]);
            long dist = integer(a, k, 1, "pos", 0);
            long how = integer(a, k, 2, "whence", 0);
            int size = m.size();
            long where;
            switch ((int) how) {
                case 0: where = dist; break;
                case 1: where = m.pos + dist; break;
                case 2: where = size + dist; break;
                default: throw Err.value("unknown seek type");
            }
            if (where < 0 || where > size || how < 0 || how > 2) {
                throw Err.value("seek out of range");
            }
            m.pos = (int) where;
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "size", (t, a, k) -> {
            Mmap m = self(a[0]);
            m.valid();
            if (m.file == null) {
                throw OsErrors.withErrno(9, null, null); // fstat(-1): EBADF, as CPython's anonymous maps answer
            }
            FileChannel ch = m.file.file;
            return PosixFiles.io(t, null, null, ch::size);
        });
        NativeTypes.def(TYPE, "tell", (t, a, k) -> {
            Mmap m = self(a[0]);
            m.valid();
            return (long) m.pos;
        });
        NativeTypes.def(TYPE, "write", (t, a, k) -> {
            Mmap m = self(a[0]);
            byte[] data = bytesLike(BuiltinArgs.get(a, k, 1, "bytes", null));
            m.writable();
            if (m.pos > m.size() || (long) m.pos + data.length > m.size()) {
                throw Err.value("data out of range");
            }
            m.buf.put(m.pos, data);
            m.pos += data.length;
            return (long) data.length;
        });
        NativeTypes.def(TYPE, "write_byte", (t, a, k) -> {
            Mmap m = self(a[0]);
            long v = integer(a, k, 1, "byte", 0);
            m.valid();
            if (v < 0) {
                throw Err.overflow("unsigned byte integer is less than minimum");
            }
            if (v > 255) {
                throw Err.overflow("unsigned byte integer is greater than maximum");
            }
            m.writable();
            if (m.pos >= m.size()) {
                throw Err.value("write byte out of range");
            }
            m.buf.put(m.pos++, (byte) v);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "__len__", (t, a, k) -> (long) self(a[0]).size());
        NativeTypes.def(TYPE, "__getitem__", (t, a, k) -> getitem(self(a[0]), a[1]));
        NativeTypes.def(TYPE, "__setitem__", (t, a, k) -> {
            setitem(self(a[0]), a[1], a[2]);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "__delitem__", (t, a, k) -> {
            self(a[0]).valid();
            throw Err.type("mmap object doesn't support item deletion");
        });
        NativeTypes.def(TYPE, "__iter__", (t, a, k) -> {
            // the sequence protocol's sq_item: one bytes object per byte, as iterating CPython's mmap gives
            Mmap m = self(a[0]);
            Object[] items = new Object[m.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = new PyBytes(new byte[] {m.buf.get(i)});
            }
            return Ops.call(Ops.getattr(new dev.gilspy.interp.runtime.PyList(items), "__iter__"));
        });
        NativeTypes.def(TYPE, "__enter__", (t, a, k) -> {
            self(a[0]).valid();
            return a[0];
        });
        NativeTypes.def(TYPE, "__exit__", (t, a, k) -> Ops.call(Ops.getattr(a[0], "close")));
        NativeTypes.def(TYPE, "__repr__", (t, a, k) -> repr(self(a[0])));
        NativeTypes.ready(TYPE);
    }
}
