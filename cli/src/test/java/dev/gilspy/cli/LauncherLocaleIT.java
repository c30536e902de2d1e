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
}
