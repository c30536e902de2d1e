package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code _posixshmem} ({@code Modules/_multiprocessing/posixshmem.c}): {@code shm_open} and
 * {@code shm_unlink} as glibc implements them, on files under {@code /dev/shm} (glibc's
 * {@code __shm_get_name}: leading slashes dropped, a name that is empty or holds another slash is
 * EINVAL). {@code multiprocessing.shared_memory} maps the descriptor with {@code mmap}, so a block
 * one process creates another opens by its name. Both release the GIL around the system call, as
 * the C functions do ({@code Py_BEGIN_ALLOW_THREADS} around {@code shm_open}/{@code shm_unlink}).
 */
public final class PosixShmemModule {
    private PosixShmemModule() {}

    static final Path SHM_DIR = Path.of("/dev/shm");

    public static PyModule create(InterpreterState interp) {
        FdTable table = FdTable.of(interp);
        PyModule m = new PyModule("_posixshmem");
        m.def("shm_open", (t, a, k) -> {
            Object path = BuiltinArgs.get(a, k, 0, "path", null);
            Object flags = BuiltinArgs.get(a, k, 1, "flags", null);
            if (path == null || flags == null) {
                throw Err.type("shm_open() missing required argument '" + (path == null ? "path' (pos 1)" : "flags' (pos 2)"));
            }
            Path file = file(path, "shm_open");
            int f = (int) Ops.toLong(flags);
            int mode = (int) Ops.toLong(BuiltinArgs.get(a, k, 2, "mode", 0777L));
            return (long) PosixFiles.io(t, path, null, () -> table.open(file, f, mode));
        });
        m.def("shm_unlink", (t, a, k) -> {
            Object path = BuiltinArgs.get(a, k, 0, "path", null);
            if (path == null) {
                throw Err.type("shm_unlink() missing required argument 'path' (pos 1)");
            }
            Path file = file(path, "shm_unlink");
            PosixFiles.io(t, path, null, () -> {
                if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FdTable.FileSystemExceptionWithErrno(file.toString(), 2);
                }
                Files.delete(file);
                return null;
            });
            return PyNone.NONE;
        });
        return m;
    }

    /** The file under /dev/shm that glibc opens for {@code name}. */
    private static Path file(Object name, String fn) {
        if (!(name instanceof String s)) {
            throw Err.type(fn + "() argument 'path' must be str, not " + Ops.typeName(name));
        }
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        String rest = s.substring(i);
        if (rest.isEmpty() || rest.indexOf('/') >= 0 || rest.equals(".") || rest.equals("..")) {
            throw OsErrors.withErrno(22, name, null);
        }
        return SHM_DIR.resolve(rest);
    }
}
