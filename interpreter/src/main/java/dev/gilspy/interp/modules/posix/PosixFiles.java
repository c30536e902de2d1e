package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The file-system functions of {@code posix}: stat, listdir, mkdir, rename, chmod, utime, links,
 * the working directory. Each one releases the GIL around its system call, as posixmodule.c does
 * with Py_BEGIN_ALLOW_THREADS.
 */
final class PosixFiles {
    private PosixFiles() {}

    /** A system call that may fail with an IOException. */
    interface SysCall<T> {
        T call() throws IOException;
    }

    /** Runs {@code c} with the GIL released; an IOException becomes the OSError for {@code a} and {@code b}. */
    static <T> T io(PyThread t, Object a, Object b, SysCall<T> c) {
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            return c.call();
        } catch (IOException e) {
            throw OsErrors.of(e, a, b);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    static boolean follow(Object[] a, String[] k) {
        Object f = BuiltinArgs.kw(a, k, "follow_symlinks");
        return f == null || Ops.truthy(f);
    }

    static void install(PyModule m, InterpreterState interp) {
        m.def("stat", (t, a, k) -> stat(t, interp, PathArg.of(a[0], "stat", "path", true), follow(a, k)));
        m.def("lstat", (t, a, k) -> stat(t, interp, PathArg.of(a[0], "lstat", "path", false), false));
        m.def("fstat", (t, a, k) -> stat(t, interp, new PathArg(a[0], null, false, (int) Ops.toLong(a[0])), true));
        m.def("listdir", (t, a, k) -> {
            Object arg = BuiltinArgs.get(a, k, 0, "path", PyNone.NONE);
            PathArg p = arg == PyNone.NONE ? PathArg.of(".", "listdir", "path", false) : PathArg.of(arg, "listdir", "path", false);
            List<String> names = io(t, p.original(), null, () -> {
                if (!Files.isDirectory(p.path())) {
                    throw new FdTable.FileSystemExceptionWithErrno(p.text(), Files.exists(p.path()) ? 20 : 2);
                }
                try (Stream<Path> s = Files.list(p.path())) {
                    return s.map(dev.gilspy.interp.runtime.FsNames::name).toList();
                }
            });
            List<Object> out = new ArrayList<>();
            for (String n : names) {
                out.add(p.wrap(n));
            }
            return new PyList(out.toArray());
        });
        m.def("mkdir", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "mkdir", "path", false);
            int mode = (int) Ops.toLong(BuiltinArgs.get(a, k, 1, "mode", 0777L));
            return io(t, p.original(), null, () -> {
                Files.createDirectory(p.writablePath(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(FdTable.permissions(mode)));
                return PyNone.NONE;
            });
        });
        m.def("rmdir", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "rmdir", "path", false);
            return io(t, p.original(), null, () -> {
                if (!Files.isDirectory(p.path(), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FdTable.FileSystemExceptionWithErrno(p.text(), Files.exists(p.path(), LinkOption.NOFOLLOW_LINKS) ? 20 : 2);
                }
                Files.delete(p.writablePath());
                return PyNone.NONE;
            });
        });
        for (String name : new String[] {"unlink", "remove"}) {
            m.def(name, (t, a, k) -> {
                PathArg p = PathArg.of(a[0], name, "path", false);
                return io(t, p.original(), null, () -> {
                    if (Files.isDirectory(p.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new FdTable.FileSystemExceptionWithErrno(p.text(), 21);
                    }
                    Files.delete(p.writablePath());
                    return PyNone.NONE;
                });
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            m.def(name, (t, a, k) -> {
                PathArg src = PathArg.of(a[0], name, "src", false);
                PathArg dst = PathArg.of(a[1], name, "dst", false);
                return io(t, src.original(), dst.original(), () -> {
                    if (Files.isDirectory(dst.path(), LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(src.path(), LinkOption.NOFOLLOW_LINKS)
                        && Files.exists(src.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw new FdTable.FileSystemExceptionWithErrno(dst.text(), 21);
                    }
                    Files.move(src.writablePath(), dst.writablePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    return PyNone.NONE;
                });
            });
        }
        m.def("chmod", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "chmod", "path", true);
            int mode = (int) Ops.toLong(BuiltinArgs.get(a, k, 1, "mode", null));
            return io(t, p.original(), null, () -> {
                Files.setPosixFilePermissions(p.isFd() ? Path.of(FdTable.of(interp).get(p.fd()).path) : p.writablePath(), FdTable.permissions(mode));
                return PyNone.NONE;
            });
        });
        for (String name : new String[] {"chown", "lchown"}) { // os_chown_impl: -1 leaves an id unchanged
            m.def(name, (t, a, k) -> {
                PathArg p = PathArg.of(BuiltinArgs.get(a, k, 0, "path", null), name, "path", name.equals("chown"));
                long uid = Ops.toLong(BuiltinArgs.get(a, k, 1, "uid", null));
                long gid = Ops.toLong(BuiltinArgs.get(a, k, 2, "gid", null));
                boolean follow = name.equals("chown") && Ops.truthy(BuiltinArgs.get(a, k, 99, "follow_symlinks", true));
                LinkOption[] how = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
                return io(t, p.original(), null, () -> {
                    Path path = p.isFd() ? Path.of(FdTable.of(interp).get(p.fd()).path) : p.writablePath();
                    if (uid != -1) {
                        Files.setAttribute(path, "unix:uid", (int) uid, how);
                    }
                    if (gid != -1) {
                        Files.setAttribute(path, "unix:gid", (int) gid, how);
                    }
                    return PyNone.NONE;
                });
            });
        }
        m.def("utime", (t, a, k) -> utime(t, a, k));
        m.def("link", (t, a, k) -> {
            PathArg src = PathArg.of(a[0], "link", "src", false);
            PathArg dst = PathArg.of(a[1], "link", "dst", false);
            return io(t, src.original(), dst.original(), () -> {
                Files.createLink(dst.writablePath(), src.path());
                return PyNone.NONE;
            });
        });
        m.def("symlink", (t, a, k) -> {
            PathArg src = PathArg.of(a[0], "symlink", "src", false);
            PathArg dst = PathArg.of(a[1], "symlink", "dst", false);
            return io(t, src.original(), dst.original(), () -> {
                Files.createSymbolicLink(dst.writablePath(), dev.gilspy.interp.runtime.FsNames.unresolved(src.text()));
                return PyNone.NONE;
            });
        });
        m.def("readlink", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "readlink", "path", false);
            String target = io(t, p.original(), null, () -> dev.gilspy.interp.runtime.FsNames.text(Files.readSymbolicLink(p.path())));
            return p.wrap(target);
        });
        m.def("access", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "access", "path", false);
            long mode = Ops.toLong(a[1]);
            Path path = p.path();
            return io(t, null, null, () -> Files.exists(path)
                && ((mode & 4) == 0 || Files.isReadable(path)) && ((mode & 2) == 0 || Files.isWritable(path))
                && ((mode & 1) == 0 || Files.isExecutable(path)));
        });
        m.def("truncate", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "truncate", "path", true);
            long len = Ops.toLong(a[1]);
            return io(t, p.original(), null, () -> {
                try (var ch = java.nio.channels.FileChannel.open(p.writablePath(), java.nio.file.StandardOpenOption.WRITE)) {
                    if (len < ch.size()) {
                        ch.truncate(len);
                    } else if (len > ch.size()) {
                        ch.write(java.nio.ByteBuffer.allocate(1), len - 1);
                    }
                }
                return PyNone.NONE;
            });
        });
        m.def("mkfifo", (t, a, k) -> {
            // java.nio cannot make a FIFO: mkfifo(1) makes it, with the same mode and umask rules
            PathArg p = PathArg.of(a[0], "mkfifo", "path", false);
            long mode = Ops.toLong(BuiltinArgs.get(a, k, 1, "mode", 0666L));
            return io(t, p.original(), null, () -> {
                if (Files.exists(p.path(), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FdTable.FileSystemExceptionWithErrno(p.text(), 17);
                }
                try {
                    java.lang.Process proc = new ProcessBuilder("mkfifo", "-m", Long.toOctalString(mode & 0777), p.writablePath().toString())
                        .redirectErrorStream(true).start();
                    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (proc.waitFor() != 0) {
                        throw new IOException(out);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted system call");
                }
                return PyNone.NONE;
            });
        });
        m.def("getcwd", (t, a, k) -> io(t, null, null, () -> System.getProperty("user.dir")));
        m.def("getcwdb", (t, a, k) -> new PyBytes(System.getProperty("user.dir").getBytes(StandardCharsets.UTF_8)));
        m.def("chdir", (t, a, k) -> {
            PathArg p = PathArg.of(a[0], "chdir", "path", false);
            Path target = io(t, p.original(), null, () -> {
                Path real = p.path().toRealPath();
                if (!Files.isDirectory(real)) {
                    throw new FdTable.FileSystemExceptionWithErrno(p.text(), 20);
                }
                return real;
            });
            System.setProperty("user.dir", target.toString());
            return PyNone.NONE;
        });
    }

    static Object stat(PyThread t, InterpreterState interp, PathArg p, boolean follow) {
        if (p.isFd()) {
            FdTable.OpenFile f = FdTable.of(interp).get(p.fd());
            if (f.file == null) {
                return PosixStat.special(FdTable.isatty(f) ? PosixStat.S_IFCHR | 0620 : PosixStat.S_IFIFO | 0600);
            }
            return io(t, null, null, () -> {
                try {
                    return PosixStat.stat(PathArg.resolve(f.path), true);
                } catch (java.nio.file.NoSuchFileException e) {
                    return PosixStat.unlinked(f.file.size()); // WatchedFileHandler's file, removed by another
                }
            });
        }
        return io(t, p.original(), null, () -> PosixStat.stat(p.path(), follow));
    }

    private static Object utime(PyThread t, Object[] a, String[] k) {
        PathArg p = PathArg.of(a[0], "utime", "path", true);
        Object times = BuiltinArgs.get(a, k, 1, "times", PyNone.NONE);
        Object ns = BuiltinArgs.kw(a, k, "ns");
        FileTime atime;
        FileTime mtime;
        if (times != PyNone.NONE && ns != null) {
            throw Err.value("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (ns != null) {
            Object[] pair = pair(ns, "utime: 'ns' must be a tuple of two ints");
            atime = FileTime.from(Ops.toLong(pair[0]), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(Ops.toLong(pair[1]), TimeUnit.NANOSECONDS);
        } else if (times != PyNone.NONE) {
            Object[] pair = pair(times, "utime: 'times' must be either a tuple of two ints or None");
            atime = FileTime.from(Math.round(Ops.toDouble(pair[0]) * 1e9), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(Math.round(Ops.toDouble(pair[1]) * 1e9), TimeUnit.NANOSECONDS);
        } else {
            atime = FileTime.from(java.time.Instant.now());
            mtime = atime;
        }
        return io(t, p.original(), null, () -> {
            Files.getFileAttributeView(p.writablePath(), BasicFileAttributeView.class).setTimes(mtime, atime, null);
            return PyNone.NONE;
        });
    }

    private static Object[] pair(Object o, String msg) {
        if (!(o instanceof PyTuple tu) || tu.size() != 2) {
            throw Err.type(msg);
        }
        return tu.items;
    }
}
