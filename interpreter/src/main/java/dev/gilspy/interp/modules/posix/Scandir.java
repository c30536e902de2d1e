package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.NativeType;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code posix.scandir} and {@code posix.DirEntry} (posixmodule.c's ScandirIterator and DirEntry):
 * the directory is read with the GIL released, and each entry caches its lstat, as CPython's does
 * with d_type.
 */
final class Scandir {
    private Scandir() {}

    /** One entry: its name, its path as given (dir joined with name), and the stat it caches. */
    static final class Entry {
        final PathArg dir;
        final String name;
        Object lstat;
        Object stat;

        Entry(PathArg dir, String name) {
            this.dir = dir;
            this.name = name;
        }

        String joined() {
            String d = dir.text();
            return d.equals(".") && dir.original() == PyNone.NONE ? "./" + name
                : d.endsWith("/") ? d + name : d + "/" + name;
        }
    }

    static final PyType DIR_ENTRY = NativeType.create("posix", "DirEntry", null);
    static final PyType ITERATOR = NativeType.create("posix", "ScandirIterator", null);

    static void install(PyModule m, InterpreterState interp) {
        PyType e = DIR_ENTRY;
        NativeType.getter(e, "name", (t, a, k) -> entry(a[0]).dir.wrap(entry(a[0]).name));
        NativeType.getter(e, "path", (t, a, k) -> entry(a[0]).dir.wrap(entry(a[0]).joined()));
        NativeType.def(e, "__fspath__", (t, a, k) -> entry(a[0]).dir.wrap(entry(a[0]).joined()));
        NativeType.def(e, "__repr__", (t, a, k) -> "<DirEntry " + StrRepr.repr(entry(a[0]).dir.wrap(entry(a[0]).name)) + ">");
        NativeType.def(e, "inode", (t, a, k) -> ((PyTuple) lstat(t, interp, entry(a[0]))).get(1));
        NativeType.def(e, "stat", (t, a, k) -> PosixFiles.follow(a, k) ? stat(t, interp, entry(a[0])) : lstat(t, interp, entry(a[0])));
        NativeType.def(e, "is_symlink", (t, a, k) -> isType(t, interp, entry(a[0]), false, 0120000));
        NativeType.def(e, "is_dir", (t, a, k) -> isType(t, interp, entry(a[0]), PosixFiles.follow(a, k), 0040000));
        NativeType.def(e, "is_file", (t, a, k) -> isType(t, interp, entry(a[0]), PosixFiles.follow(a, k), 0100000));
        PyType it = ITERATOR;
        NativeType.def(it, "__iter__", (t, a, k) -> a[0]);
        NativeType.def(it, "__next__", (t, a, k) -> {
            Iterator<Object> i = NativeType.state(a[0], ITERATOR);
            if (!i.hasNext()) {
                throw dev.gilspy.interp.runtime.Err.make(dev.gilspy.interp.runtime.Types.StopIteration, new Object[0]);
            }
            return i.next();
        });
        NativeType.def(it, "close", (t, a, k) -> PyNone.NONE);
        NativeType.def(it, "__enter__", (t, a, k) -> a[0]);
        NativeType.def(it, "__exit__", (t, a, k) -> false);
        m.put("DirEntry", e);
        m.def("scandir", (t, a, k) -> {
            Object arg = BuiltinArgs.get(a, k, 0, "path", PyNone.NONE);
            PathArg dir = arg == PyNone.NONE ? new PathArg(PyNone.NONE, ".", false, -1) : PathArg.of(arg, "scandir", "path", false);
            List<String> names = PosixFiles.io(t, dir.original() == PyNone.NONE ? "." : dir.original(), null, () -> {
                if (!Files.isDirectory(dir.path())) {
                    throw new dev.gilspy.interp.runtime.FdTable.FileSystemExceptionWithErrno(dir.text(), Files.exists(dir.path()) ? 20 : 2);
                }
                try (Stream<Path> s = Files.list(dir.path())) {
                    return s.map(dev.gilspy.interp.runtime.FsNames::name).toList();
                }
            });
            Iterator<Object> entries = names.stream().map(n -> (Object) new NativeType.Obj<>(DIR_ENTRY, new Entry(dir, n))).iterator();
            return new NativeType.Obj<>(ITERATOR, entries);
        });
    }

    private static Entry entry(Object self) {
        return NativeType.state(self, DIR_ENTRY);
    }

    private static Object lstat(PyThread t, InterpreterState interp, Entry e) {
        if (e.lstat == null) {
            e.lstat = PosixFiles.stat(t, interp, new PathArg(e.joined(), e.joined(), false, -1), false);
        }
        return e.lstat;
    }

    private static Object stat(PyThread t, InterpreterState interp, Entry e) {
        if (e.stat == null) {
            Object l = lstat(t, interp, e);
            long mode = (Long) ((PyTuple) l).get(0);
            e.stat = (mode & 0170000) == 0120000 ? PosixFiles.stat(t, interp, new PathArg(e.joined(), e.joined(), false, -1), true) : l;
        }
        return e.stat;
    }

    private static boolean isType(PyThread t, InterpreterState interp, Entry e, boolean follow, int fmt) {
        try {
            Object st = follow ? stat(t, interp, e) : lstat(t, interp, e);
            return ((Long) ((PyTuple) st).get(0) & 0170000) == fmt;
        } catch (dev.gilspy.interp.runtime.PyException x) {
            if (dev.gilspy.interp.runtime.Err.matches(x, dev.gilspy.interp.runtime.Types.get("FileNotFoundError"))) {
                return false;
            }
            throw x;
        }
    }

    static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
