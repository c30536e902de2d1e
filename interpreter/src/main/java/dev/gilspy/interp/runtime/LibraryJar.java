package dev.gilspy.interp.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The jar that holds the shipped library, opened once: the import system asks it whether
 * {@code NAME.py} or {@code NAME/__init__.py} exists under each library root and reads the module
 * from it. A zip lookup is a hash probe; {@code Class.getResource} builds and checks a URL each time,
 * and an import of {@code argparse, json, re, ...} makes hundreds of such lookups (most of them misses).
 * When the classes do not come from a jar holding both library roots (a development build's
 * directories), {@link #get} returns null and the importer uses the class loader's resources.
 */
final class LibraryJar {
    private static final LibraryJar INSTANCE = open();

    private final ZipFile zip;
    private final Path location;

    private LibraryJar(ZipFile zip, Path location) {
        this.zip = zip;
        this.location = location;
    }

    /** The jar file itself. */
    Path location() {
        return location;
    }

    /** The library jar, or null when the library is not read from one. */
    static LibraryJar get() {
        return INSTANCE;
    }

    private static LibraryJar open() {
        try {
            var source = LibraryJar.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return null;
            }
            return of(Path.of(source.getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The library in {@code jar}, or null when it is no jar holding both library roots. */
    static LibraryJar of(Path jar) {
        try {
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            ZipFile zip = new ZipFile(jar.toFile());
            if (zip.getEntry("dev/gilspy/interp/lib/_gilspy_bootstrap.py") == null || zip.getEntry("dev/gilspy/interp/cpython/os.py") == null) {
                zip.close();
                return null;
            }
            return new LibraryJar(zip, jar);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file entry for a resource name as {@code Class.getResource} takes it ({@code /dev/...}), or null. */
    private ZipEntry entry(String res) {
        ZipEntry e = zip.getEntry(res.startsWith("/") ? res.substring(1) : res);
        return e == null || e.isDirectory() ? null : e;
    }

    boolean exists(String res) {
        return entry(res) != null;
    }

    /** The resource's bytes, or null when there is no such file. */
    byte[] read(String res) throws IOException {
        ZipEntry e = entry(res);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            long size = e.getSize();
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                return in.readAllBytes();
            }
            // one array of the entry's size, filled in place: readAllBytes gathers 8 KB chunks and
            // copies them again (the import line reads 2 MB of source from the jar)
            byte[] b = new byte[(int) size];
            int n = in.readNBytes(b, 0, b.length);
            if (n < b.length) {
                return java.util.Arrays.copyOf(b, n);
            }
            int next = in.read();
            if (next == -1) {
                return b;
            }
            byte[] rest = in.readAllBytes(); // longer than its entry said
            byte[] all = java.util.Arrays.copyOf(b, n + 1 + rest.length);
            all[n] = (byte) next;
            System.arraycopy(rest, 0, all, n + 1, rest.length);
            return all;
        }
    }
}
