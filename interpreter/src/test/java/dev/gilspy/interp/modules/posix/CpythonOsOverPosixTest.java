package dev.gilspy.interp.modules.posix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPython's own {@code os.py} over the Java {@code posix} module. {@code os.py} needs {@code abc} and
 * {@code _collections_abc}, which this build may not import yet; the script puts small stand-ins for
 * the few names {@code os.py} takes from them first on {@code sys.path}, so what is tested here is
 * {@code os.py} and {@code posixpath.py} running over posix: environ as {@code _Environ}, walk over
 * scandir, makedirs/removedirs, fsencode, fdopen over {@code open(fd)}.
 */
class CpythonOsOverPosixTest {

    private static final String ABC = """
        class ABCMeta(type):
            def register(cls, sub):
                return sub
        class ABC(metaclass=ABCMeta):
            pass
        def abstractmethod(f):
            return f
        """;

    private static final String COLLECTIONS_ABC = """
        class Mapping:
            def get(self, key, default=None):
                try:
                    return self[key]
                except KeyError:
                    return default
            def __contains__(self, key):
                try:
                    self[key]
                except KeyError:
                    return False
                return True
        class MutableMapping(Mapping):
            def setdefault(self, key, default=None):
                if key not in self:
                    self[key] = default
                return self[key]
        def _check_methods(C, *methods):
            return NotImplemented
        """;

    private static final String SCRIPT = """
        import sys
        sys.path.insert(0, sys.argv[1])
        import os
        print(os.__file__.endswith("/os.py"), type(os.environ).__name__, os.path.__name__, os.name)
        os.environ["GILSPY_OS_TEST"] = "1"
        print(os.environ["GILSPY_OS_TEST"], os.environb[b"GILSPY_OS_TEST"], os.getenv("GILSPY_OS_TEST"))
        del os.environ["GILSPY_OS_TEST"]
        print("GILSPY_OS_TEST" in os.environ, os.fsencode("é"), os.fsdecode(b"abc"))
        base = os.path.join(sys.argv[1], "tree")
        os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
        with open(os.path.join(base, "a", "b", "f.txt"), "w") as f:
            f.write("x")
        print(sorted((os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)))
        os.remove(os.path.join(base, "a", "b", "f.txt"))
        os.removedirs(os.path.join(base, "a", "b"))
        print(os.path.exists(base), os.path.realpath(base + "/../tree") == base, os.path.expanduser("~") != "~")
        fd = os.open(os.path.join(sys.argv[1], "fd.txt"), os.O_WRONLY | os.O_CREAT)
        with os.fdopen(fd, "w") as f:
            f.write("via fdopen")
        print(open(os.path.join(sys.argv[1], "fd.txt")).read(), os.SEEK_END, os.sep, os.devnull)
        """;

    @Test
    void cpythonOsPyServesOverPosix(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("abc.py"), ABC);
        Files.writeString(dir.resolve("_collections_abc.py"), COLLECTIONS_ABC);
        Path script = dir.resolve("main.py");
        Files.writeString(script, SCRIPT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new String[] {script.toString(), dir.toString()}, new ByteArrayInputStream(new byte[0]), o, e);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
            True _Environ posixpath posix
            1 b'1' 1
            False b'\\xc3\\xa9' abc
            [('.', ['a'], []), ('a', ['b'], []), ('a/b', [], ['f.txt'])]
            False True True
            via fdopen 2 / /dev/null
            """);
    }
}
