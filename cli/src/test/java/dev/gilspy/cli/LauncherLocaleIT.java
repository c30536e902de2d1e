package dev.gilspy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gilspy} launcher under an empty environment ({@code env -i}, as cron and containers run
 * it): LANG unset made the JVM decode file names as ASCII and refuse a non-ASCII script path; the
 * launcher coerces the C locale to C.UTF-8 as python3 does (PEP 538) (issue 16).
 */
class LauncherLocaleIT {
    @Test
    void nonAsciiScriptPathRunsUnderAnEmptyEnvironment(@TempDir Path dir) throws Exception {
        Path launcher = Path.of("..", "gilspy").toAbsolutePath().normalize();
        Path script = Files.createDirectories(dir.resolve("caf\u00e9")).resolve("x.py");
        Files.writeString(script, "import os\nprint('ran', __file__.endswith('caf\\u00e9/x.py'), os.environ.get('LC_CTYPE'))\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "GILSPY_NO_CDS=1",
                "JAVA_HOME=" + System.getProperty("java.home"), launcher.toString(), "run", script.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("ran True C.UTF-8\n");
    }

    /**
     * LC_ALL=C set explicitly (python3 keeps it and runs in UTF-8 mode, PEP 540): the JVM decoded file
     * names as ASCII, so the script path and os.listdir of a non-ASCII folder failed; now the script runs,
     * sees LC_ALL=C as python3's does, and its children inherit LC_ALL=C.
     */
    @Test
    void lcAllCKeepsUtf8FileNamesAndTheScriptSeesLcAllC(@TempDir Path dir) throws Exception {
        Path launcher = Path.of("..", "gilspy").toAbsolutePath().normalize();
        Path folder = Files.createDirectories(dir.resolve("caf\u00e9"));
        Files.writeString(folder.resolve("\u00fc.txt"), "");
        Path script = folder.resolve("x.py");
        Files.writeString(script, String.join("\n",
            "import locale, os, subprocess, sys",
            "print(__file__.endswith('caf\\u00e9/x.py'), sorted(os.listdir(os.path.dirname(__file__))))",
            "print(os.environ.get('LC_ALL'), 'GILSPY_LC_ALL' in os.environ, sys.getfilesystemencoding())",
            "print(locale.setlocale(locale.LC_CTYPE, ''))",
            "print(subprocess.run(['sh', '-c', 'echo $LC_ALL $GILSPY_LC_ALL'], capture_output=True, text=True).stdout.strip())",
            ""));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "LC_ALL=C", "GILSPY_NO_CDS=1",
                "GILSPY_JAVA=" + Path.of(System.getProperty("java.home"), "bin", "java"), launcher.toString(), "run",
                script.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        // python3 3.11 under env -i LC_ALL=C prints the same
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
            .isEqualTo("True ['x.py', '\u00fc.txt']\nC False utf-8\nC\nC\n");
    }
}
