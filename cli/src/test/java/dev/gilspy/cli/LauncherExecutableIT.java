package dev.gilspy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sys.executable under the launcher: a program that starts "another Python" the way real programs and
 * CPython's own test helpers do ({@code subprocess.run([sys.executable, "-I", "-c", CODE])}, a script
 * file) starts gilspy again. It was the bare word {@code gilspy}, which no PATH has, so they failed with
 * FileNotFoundError.
 */
class LauncherExecutableIT {
    @Test
    void sysExecutableRunsPythonCommandLines(@TempDir Path dir) throws Exception {
        Path launcher = Path.of("..", "gilspy").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("child.py"), "import sys\nprint('file', sys.argv[1:])\n");
        Path script = dir.resolve("parent.py");
        Files.writeString(script, String.join("\n",
            "import os, subprocess, sys",
            "print(os.path.isabs(sys.executable), os.access(sys.executable, os.X_OK))",
            "r = subprocess.run([sys.executable, '-I', '-c', 'import sys; print(\"code\", sys.argv[1:])', 'a'],",
            "                   capture_output=True, text=True)",
            "print(r.returncode, r.stdout.strip(), r.stderr.strip())",
            "r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), 'child.py'), 'b'],",
            "                   capture_output=True, text=True)",
            "print(r.returncode, r.stdout.strip(), r.stderr.strip())",
            ""));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "run", script.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("GILSPY_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        // python3 3.11 prints the same
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
            .isEqualTo("True True\n0 code ['a'] \n0 file ['b'] \n");
    }
}
