package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The OSError CPython's {@code posix_path_error} raises, from the exception java.nio threw: the
 * errno (java.nio names some errors by class, others only by the C library's message), the subclass
 * PEP 3151 picks for it, and {@code filename}/{@code filename2}.
 */
public final class OsErrors {
    private OsErrors() {}

    public static PyException of(IOException e, Object filename, Object filename2) {
        return withErrno(errnoOf(e), filename, filename2);
    }

    public static PyException withErrno(int errno, Object filename, Object filename2) {
        PyException pe = Err.os(typeFor(errno), errno, ErrnoModule.strerror(errno));
        if (filename != null) {
            pe.exc.putDictAttr("filename", filename);
        }
        if (filename2 != null) {
            pe.exc.putDictAttr("filename2", filename2);
        }
        return pe;
    }

    /** The OSError subclass for an errno (Objects/exceptions.c's errnomap). */
    public static PyType typeFor(int errno) {
        PyType t = dev.gilspy.interp.runtime.OsErrorNew.subclassFor(errno);
        return t == null ? Types.OSError : t;
    }

    static int errnoOf(IOException e) {
        if (e instanceof FdTable.FileSystemExceptionWithErrno w) {
            return w.errno;
        }
        if (e instanceof NoSuchFileException) {
            return 2;
        }
        if (e instanceof FileAlreadyExistsException) {
            return 17;
        }
        if (e instanceof AccessDeniedException) {
            return 13;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return 39;
        }
        if (e instanceof NotDirectoryException) {
            return 20;
        }
        if (e instanceof NotLinkException) {
            return 22;
        }
        if (e instanceof FileSystemLoopException) {
            return 40;
        }
        if (e instanceof ClosedChannelException) {
            return 9;
        }
        String m = e instanceof FileSystemException f ? String.valueOf(f.getReason()) : String.valueOf(e.getMessage());
        String[][] byMessage = {
            {"Is a directory", "21"}, {"Not a directory", "20"}, {"No such file", "2"}, {"File exists", "17"},
            {"Permission denied", "13"}, {"Operation not permitted", "1"}, {"Directory not empty", "39"},
            {"Invalid cross-device link", "18"}, {"Too many levels of symbolic links", "40"},
            {"File name too long", "36"}, {"Read-only file system", "30"}, {"Broken pipe", "32"},
            {"No space left on device", "28"}, {"Bad file descriptor", "9"}, {"Device or resource busy", "16"},
            {"Invalid argument", "22"}, {"Illegal seek", "29"}, {"Resource temporarily unavailable", "11"},
        };
        for (String[] row : byMessage) {
            if (m.contains(row[0])) {
                return Integer.parseInt(row[1]);
            }
        }
        return 5;
    }
}
