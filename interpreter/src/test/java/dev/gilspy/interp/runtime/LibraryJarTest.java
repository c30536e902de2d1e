package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's direct view of the library jar: files only, exact names, and only a jar holding the library. */
class LibraryJarTest {
    @TempDir
    Path dir;

    private Path jar(String... entries) throws IOException {
        Path jar = dir.resolve("lib.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                if (!e.endsWith("/")) {
                    zip.write(("# " + e + "\n").getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void findsAndReadsFilesUnderTheLibraryRoots() throws IOException {
        LibraryJar lib = LibraryJar.of(jar("dev/gilspy/interp/lib/_gilspy_bootstrap.py", "dev/gilspy/interp/cpython/os.py",
            "dev/gilspy/interp/cpython/json/", "dev/gilspy/interp/cpython/json/__init__.py"));
        assertThat(lib).isNotNull();
        assertThat(lib.exists("/dev/gilspy/interp/cpython/json/__init__.py")).isTrue();
        assertThat(lib.exists("/dev/gilspy/interp/cpython/os.py")).isTrue();
        assertThat(lib.exists("/dev/gilspy/interp/cpython/json")).isFalse(); // a directory is no module file
        assertThat(lib.exists("/dev/gilspy/interp/cpython/json.py")).isFalse();
        assertThat(lib.exists("/dev/gilspy/interp/cpython/OS.py")).isFalse();
        assertThat(new String(lib.read("/dev/gilspy/interp/cpython/os.py"), StandardCharsets.UTF_8))
            .isEqualTo("# dev/gilspy/interp/cpython/os.py\n");
        assertThat(lib.read("/dev/gilspy/interp/cpython/missing.py")).isNull();
    }

    @Test
    void aJarWithoutTheLibraryOrNoJarIsNotUsed() throws IOException {
        assertThat(LibraryJar.of(jar("dev/gilspy/interp/cpython/os.py"))).isNull();
        assertThat(LibraryJar.of(dir.resolve("absent.jar"))).isNull();
        assertThat(LibraryJar.of(dir)).isNull();
        Path notZip = Files.writeString(dir.resolve("text.jar"), "not a zip");
        assertThat(LibraryJar.of(notZip)).isNull();
    }
}
