package dev.gilspy.interp.runtime;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Zip archives on {@code sys.path} (or in a package's {@code __path__}): what CPython's
 * {@code zipimporter} path hook serves. The Java importer asks CPython's own {@code zipimport}
 * ({@code zipimporter(entry).find_spec(name)}) for an entry that is a file or lies inside one, and
 * loads the spec it returns; {@code zipimport} caches each archive's directory.
 */
final class ZipEntries {
    private ZipEntries() {}

    /** Whether {@code entry} is a file, or a path below a file (an archive's subdirectory). */
    static boolean isArchiveEntry(Path entry) {
        if (Files.isDirectory(entry)) {
            return false;
        }
        if (Files.isRegularFile(entry)) {
            return true;
        }
        for (Path p = entry.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return true;
            }
            if (Files.isDirectory(p)) {
                return false;
            }
        }
        return false;
    }

    /** {@code zipimport.zipimporter(entry).find_spec(name)}; None when the entry is not an archive or lacks the module. */
    static Object findSpec(PyThread t, InterpreterState interp, String entry, String name) {
        if (BUSY.get()[0]) { // zipimport's own imports (and theirs) come from the library, never from an archive
            return PyNone.NONE;
        }
        BUSY.get()[0] = true;
        try {
            PyModule zipimport = interp.importModule(t, "zipimport");
            Object importer;
            try {
                importer = Ops.call(t, zipimport.get("zipimporter"), new Object[] {entry}, null);
            } catch (PyException e) {
                if (Err.matches(e, (PyType) zipimport.get("ZipImportError"))) {
                    return PyNone.NONE;
                }
                throw e;
            }
            return Ops.call(t, Ops.getattr(importer, "find_spec"), new Object[] {name}, null);
        } finally {
            BUSY.get()[0] = false;
        }
    }

    private static final ThreadLocal<boolean[]> BUSY = ThreadLocal.withInitial(() -> new boolean[1]);
}
