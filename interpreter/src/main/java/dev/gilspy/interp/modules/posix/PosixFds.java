package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;

/**
 * The file-descriptor functions of {@code posix} over {@link FdTable}: open, read, write, lseek,
 * close, pipe, dup, dup2, fsync, ftruncate, isatty. Those that block in the kernel (open, read,
 * write, lseek, fsync, ftruncate, close) and pipe, dup and dup2 release the GIL as posixmodule.c's
 * and fileutils.c's {@code _Py_dup} do; isatty holds it, as {@code os_isatty_impl} does.
 */
final class PosixFds {
    private PosixFds() {}

    /**
     * The open files set non-blocking ({@code os.set_blocking(fd, False)}, as asyncio's pipe
     * transports do): a read with nothing to read raises EAGAIN instead of waiting. Writes still
     * block until the pipe takes the bytes.
     */
    private static final java.util.Map<FdTable.OpenFile, Boolean> NONBLOCKING =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static void install(PyModule m, InterpreterState interp) {
        FdTable table = FdTable.of(interp);
        m.def("open", (t, a, k) -> {
            PathArg p = PathArg.of(BuiltinArgs.get(a, k, 0, "path", null), "open", "path", false);
            int flags = (int) Ops.toLong(BuiltinArgs.get(a, k, 1, "flags", null));
            int mode = (int) Ops.toLong(BuiltinArgs.get(a, k, 2, "mode", 0777L));
            // O_WRONLY, O_RDWR, O_CREAT, O_TRUNC: the shipped library is read-only
            boolean writes = (flags & 03) != 0 || (flags & (0100 | 01000)) != 0;
            return (long) PosixFiles.io(t, p.original(), null, () -> table.open(writes ? p.writablePath() : p.path(), flags, mode));
        });
        m.def("read", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            long n = Ops.toLong(a[1]);
            if (n < 0) {
                throw OsErrors.withErrno(22, null, null);
            }
            if (NONBLOCKING.containsKey(f) && !PosixFiles.io(t, null, null, () -> FdTable.readReady(f, interp))) {
                throw OsErrors.withErrno(11, null, null); // O_NONBLOCK and nothing to read: EAGAIN
            }
            return new PyBytes(PosixFiles.io(t, null, null, () -> FdTable.read(f, Ops.arraySize(n))));
        });
        m.def("write", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            byte[] data = buffer(a[1]);
            return (long) PosixFiles.io(t, null, null, () -> FdTable.write(f, data));
        });
        m.def("lseek", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            long pos = Ops.toLong(a[1]);
            int how = (int) Ops.toLong(a[2]);
            return PosixFiles.io(t, null, null, () -> FdTable.lseek(f, pos, how));
        });
        m.def("close", (t, a, k) -> {
            int fd = fd(a[0]);
            return PosixFiles.io(t, null, null, () -> {
                table.close(fd);
                return PyNone.NONE;
            });
        });
        m.def("closerange", (t, a, k) -> {
            for (long fd = Ops.toLong(a[0]); fd < Ops.toLong(a[1]); fd++) {
                if (fd > 2 && table.isOpen((int) fd)) {
                    int f = (int) fd;
                    PosixFiles.io(t, null, null, () -> {
                        table.close(f);
                        return null;
                    });
                }
            }
            return PyNone.NONE;
        });
        m.def("fsync", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            return PosixFiles.io(t, null, null, () -> {
                if (f.file != null) {
                    f.file.force(true);
                } else {
                    throw OsErrors.withErrno(22, null, null);
                }
                return PyNone.NONE;
            });
        });
        m.put("fdatasync", m.get("fsync"));
        m.def("ftruncate", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            long len = Ops.toLong(a[1]);
            return PosixFiles.io(t, null, null, () -> {
                if (f.file == null) {
                    throw OsErrors.withErrno(22, null, null);
                }
                if (len < f.file.size()) {
                    f.file.truncate(len);
                } else if (len > f.file.size()) {
                    f.file.write(java.nio.ByteBuffer.allocate(1), len - 1);
                }
                return PyNone.NONE;
            });
        });
        m.def("isatty", (t, a, k) -> {
            int fd = fd(a[0]);
            return table.isOpen(fd) && FdTable.isatty(table.get(fd));
        });
        m.def("pipe", (t, a, k) -> {
            int[] p = PosixFiles.io(t, null, null, table::pipe);
            return PyTuple.of((long) p[0], (long) p[1]);
        });
        m.def("dup", (t, a, k) -> {
            int fd = fd(a[0]);
            return (long) PosixFiles.io(t, null, null, () -> table.dup(fd));
        });
        m.def("dup2", (t, a, k) -> {
            int fd = fd(a[0]);
            int fd2 = fd(a[1]);
            return (long) PosixFiles.io(t, null, null, () -> table.dup2(fd, fd2));
        });
        m.def("get_inheritable", (t, a, k) -> {
            table.get(fd(a[0]));
            return false;
        });
        m.def("set_inheritable", (t, a, k) -> {
            table.get(fd(a[0]));
            return PyNone.NONE;
        });
        m.def("get_blocking", (t, a, k) -> !NONBLOCKING.containsKey(table.get(fd(a[0]))));
        m.def("set_blocking", (t, a, k) -> {
            FdTable.OpenFile f = table.get(fd(a[0]));
            if (Ops.truthy(a[1])) {
                NONBLOCKING.remove(f);
            } else {
                NONBLOCKING.put(f, Boolean.TRUE);
            }
            return PyNone.NONE;
        });
        m.def("device_encoding", (t, a, k) -> {
            int fd = fd(a[0]);
            return table.isOpen(fd) && FdTable.isatty(table.get(fd)) ? "UTF-8" : PyNone.NONE;
        });
    }

    /** The bytes of a bytes-like argument (bytes, bytearray): the buffer protocol's read side. */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof dev.gilspy.interp.runtime.BufferExporter) {
            return dev.gilspy.interp.runtime.PyMemoryView.of(o).toByteArray(); // an mmap
        }
        if (o instanceof dev.gilspy.interp.runtime.PyMemoryView) {
            // subprocess.communicate writes its input through memoryview slices
            Object r = Ops.call(Ops.getattrOrNull(o, "tobytes"));
            if (r instanceof PyBytes b) {
                return b.data();
            }
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    static int fd(Object o) {
        if (!Ops.isInt(o)) {
            throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return (int) Ops.toLong(o);
    }
}
