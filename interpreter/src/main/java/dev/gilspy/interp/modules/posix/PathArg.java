package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.FsNames;
import dev.gilspy.interp.runtime.LibraryFiles;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path argument as posixmodule.c's {@code path_converter} takes it: str, bytes or an
 * {@code os.PathLike} (and, where {@code allowFd}, an int file descriptor). Relative paths are
 * resolved against the interpreter's working directory, which {@code chdir} moves: a JVM cannot
 * change its own, so {@code user.dir} stands for it (the builtin {@code open} resolves against it too).
 */
record PathArg(Object original, String text, boolean bytes, int fd) {

    static PathArg of(Object o, String fn, String arg, boolean allowFd) {
        Object v = o;
        if (!(v instanceof String) && !(v instanceof PyBytes) && !(allowFd && Ops.isInt(v) && !(v instanceof Boolean))) {
            Object fspath = Ops.getattrOrNull(v, "__fspath__");
            if (fspath == null) {
                throw Err.type(fn + ": " + arg + " should be string, bytes, os.PathLike" + (allowFd ? " or integer" : "")
                    + ", not " + Ops.typeName(o));
            }
            v = Ops.call(PyThread.current(), fspath, new Object[0], null);
        }
        if (v instanceof String s) {
            checkNul(s, fn);
            return new PathArg(o, s, false, -1);
        }
        if (v instanceof PyBytes b) {
            String s = FsNames.decode(b.data());
            checkNul(s, fn);
            return new PathArg(o, s, true, -1);
        }
        if (allowFd && Ops.isInt(v)) {
            return new PathArg(o, null, false, (int) Ops.toLong(v));
        }
        throw Err.type("expected " + Ops.typeName(o) + ".__fspath__() to return str or bytes, not " + Ops.typeName(v));
    }

    private static void checkNul(String s, String fn) {
        if (s.indexOf('\0') >= 0) {
            throw Err.value(fn + ": embedded null character in path");
        }
    }

    boolean isFd() {
        return text == null;
    }

    Path path() {
        return resolve(text);
    }

    /**
     * The path for a call that would change the file system: the shipped library's files are
     * read-only ({@code EROFS}, as on a read-only install).
     */
    Path writablePath() throws FdTable.FileSystemExceptionWithErrno {
        if (LibraryFiles.isLibraryPath(text)) {
            throw new FdTable.FileSystemExceptionWithErrno(text, 30);
        }
        return resolve(text);
    }

    /** A name as the caller's type wants it back: bytes for a bytes path. */
    Object wrap(String name) {
        return bytes ? new PyBytes(FsNames.encode(name)) : name;
    }

    static Path resolve(String text) {
        Path lib = LibraryFiles.path(text);
        if (lib != null) {
            return lib;
        }
        return FsNames.path(text, System.getProperty("user.dir"));
    }
}
