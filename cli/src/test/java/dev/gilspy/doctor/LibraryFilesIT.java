package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped library inside the real jar, seen through the file functions a program uses beside
 * its imports: listing, stat, reading (what {@code __file__}-relative code does), and refused writes.
 */
class LibraryFilesIT {
    @TempDir
    Path dir;

    @Test
    void theLibraryInTheJarIsAReadOnlyFileTree() throws Exception {
        Path script = Files.writeString(dir.resolve("libfiles.py"), String.join("\n",
                "import os, json, encodings, errno",
                "d = encodings.__path__[0]",
                "print(d.startswith('<gilspy>/'), 'utf_8.py' in os.listdir(d), os.path.isdir(d))",
                "with open(json.__file__, 'rb') as f:",
                "    data = f.read()",
                "    print(b'JSONDecodeError' in data, os.fstat(f.fileno()).st_size == len(data) == os.stat(json.__file__).st_size)",
                "st = os.stat(json.__file__)",
                "print(oct(st.st_mode), oct(os.stat(d).st_mode))",
                "for attempt in (lambda: open(json.__file__, 'w'), lambda: open(json.__file__, 'ab'),",
                "                lambda: os.remove(json.__file__), lambda: os.mkdir(os.path.join(d, 'x')),",
                "                lambda: os.rename(json.__file__, json.__file__ + '.bak'),",
                "                lambda: os.open(json.__file__, os.O_WRONLY)):",
                "    try:",
                "        attempt()",
                "        print('written')",
                "    except OSError as e:",
                "        print(errno.errorcode[e.errno])",
                "print(open(json.__file__, 'rb').read() == data)",
                ""));
        long sizeBefore = Files.size(Jar.path());
        var lastModified = Files.getLastModifiedTime(Jar.path());
        Jar.Result r = Jar.run(120, "run", script.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "True True True", "True True", "0o100444 0o40555",
                "EROFS", "EROFS", "EROFS", "EROFS", "EROFS", "EROFS", "True");
        assertThat(Files.size(Jar.path())).isEqualTo(sizeBefore);
        assertThat(Files.getLastModifiedTime(Jar.path())).isEqualTo(lastModified);
    }
}
