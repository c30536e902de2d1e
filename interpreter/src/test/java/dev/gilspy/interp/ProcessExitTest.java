package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit code and messages when output fails or a thread dies, in a child JVM (issue 16). */
class ProcessExitTest {
    @TempDir
    Path dir;

    record Result(int code, String err) {}

    private Result run(String source, File stdout) throws IOException, InterruptedException {
        Path script = dir.resolve("script.py");
        Files.writeString(script, source);
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(stdout).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM still running after 60 s; stderr: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(err));
    }

    @Test
    void failedFlushOfStdoutAtExitReportsAndExits120() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists());
        // as python3 small.py > /dev/full
        Result r = run("print('x')\nprint('y')\n", full);
        assertThat(r.err()).isEqualTo("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
            + "OSError: [Errno 28] No space left on device\n");
        assertThat(r.code()).isEqualTo(120);
    }

    @Test
    void bigPrintToFullDeviceRaisesOSError() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists());
        Result r = run("print('x' * 100000)\n", full);
        assertThat(r.err()).endsWith("    print('x' * 100000)\nOSError: [Errno 28] No space left on device\n");
        assertThat(r.code()).isEqualTo(1);
    }
}
