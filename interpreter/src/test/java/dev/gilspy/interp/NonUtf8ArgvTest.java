package dev.gilspy.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16: a script whose file name, and arguments whose bytes, are not valid UTF-8. CPython on
 * Linux decodes them with UTF-8 and surrogateescape ({@code sys.argv} holds {@code '\udcff'}); a JVM
 * decodes its arguments with its own file-name charset and loses such bytes, so gilspy takes them
 * back from {@code /proc/self/cmdline}. The bytes can only be given through a shell
 * ({@code ProcessBuilder} encodes Java strings), so the child starts under {@code /bin/sh}; the
 * second case runs with an empty environment (cron, containers: the JVM's charset is then ASCII).
 */
class NonUtf8ArgvTest {
    private static final String SCRIPT = "import sys, os\\n"
        + "print(ascii(sys.argv), ascii(os.path.basename(__file__)))\\n"
        + "print(ascii(sorted(n for n in os.listdir('.') if n.endswith('.py'))))\\n";

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void argvAndScriptNameKeepTheirBytes(boolean emptyEnvironment, @TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String sh = "cd \"$1\" && printf \"" + SCRIPT + "\" > \"$(printf 's\\351.py')\" && "
            + "exec \"$2\" -cp \"$3\" " + Main.class.getName() + " \"$(printf 's\\351.py')\" \"$(printf 'a\\377b')\" \"$(printf 'caf\\303\\251')\"";
        ProcessBuilder pb = new ProcessBuilder(List.of("/bin/sh", "-c", sh, "sh", dir.toString(), java, System.getProperty("java.class.path")))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        if (emptyEnvironment) {
            pb.environment().clear();
            pb.environment().putAll(Map.of("PATH", "/usr/bin:/bin"));
        }
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM still running after 120 s");
        }
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), err);
        // what python3 prints for the same command line (CPython 3.11.7, both environments)
        assertEquals("['s\\udce9.py', 'a\\udcffb', 'caf\\xe9'] 's\\udce9.py'\n['s\\udce9.py']\n",
            Files.readString(dir.resolve("out.txt")), err);
    }
}
