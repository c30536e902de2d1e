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

    private Result run(String source, File stdout, String... jvmOptions) throws IOException, InterruptedException {
        return run(source, ProcessBuilder.Redirect.to(stdout), jvmOptions);
    }

    private Result run(String source, ProcessBuilder.Redirect stdout, String... jvmOptions) throws IOException, InterruptedException {
        Path script = dir.resolve("script.py");
        Files.writeString(script, source);
        Path err = dir.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString()));
        Process p = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(stdout).redirectError(err.toFile()).start();
        if (stdout == ProcessBuilder.Redirect.PIPE) {
            p.getInputStream().close(); // the reader went away: writing gives EPIPE
        }
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

    @Test
    void threadKilledByJavaErrorIsJoinableAndProcessExits() throws Exception {
        // an OutOfMemoryError unwinds past threading's finally blocks; the thread must still end
        Path out = dir.resolve("out.txt");
        Result r = run("""
            import threading
            def f():
                try:
                    x = [0] * 200_000_000
                finally:
                    pass
            t = threading.Thread(target=f)
            t.start()
            t.join(timeout=20)
            print('alive', t.is_alive())
            t2 = threading.Thread(target=f)
            t2.start()
            """, out.toFile(), "-Xmx64m");
        assertThat(Files.readString(out)).isEqualTo("alive False\n");
        assertThat(r.err()).contains("MemoryError").doesNotContain("internal error");
        assertThat(r.code()).isEqualTo(0);
    }

    @Test
    void closedPipeAtExitIsBrokenPipeErrorAndExit120() throws Exception {
        Result r = run("import time\ntime.sleep(0.5)\nprint('x')\n", ProcessBuilder.Redirect.PIPE);
        assertThat(r.err()).isEqualTo("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
            + "BrokenPipeError: [Errno 32] Broken pipe\n");
        assertThat(r.code()).isEqualTo(120);
    }

    @Test
    void osExitExitsEvenWhenStdoutCannotBeFlushed() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists());
        Result r = run("import os\nprint('x')\nos._exit(3)\n", full);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(3);
    }
}
