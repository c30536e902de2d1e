package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signal to the interpreter's process (issue 16), in a child JVM: SIGTERM leaves no
 * multiprocessing worker JVM behind (CPython leaves its pool workers; gilspy's watch their parent),
 * while a subprocess the script started stays, as in CPython; SIGINT interrupts a sleep at once.
 */
class SignalExitTest {
    @TempDir
    Path dir;

    private Process start(String source) throws Exception {
        Path script = dir.resolve("script.py");
        Files.writeString(script, source);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString()));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(dir.resolve("err.txt").toFile()).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).as("first line").startsWith("ready");
        return p;
    }

    @Test
    void sigtermLeavesNoWorkerJvmButKeepsASubprocess() throws Exception {
        Process p = start("""
            import multiprocessing as mp, subprocess, time
            def work(x):
                time.sleep(120); return x
            if __name__ == "__main__":
                pool = mp.Pool(2); r = pool.map_async(work, range(2))
                c = subprocess.Popen(["sleep", "120"])
                time.sleep(3)
                print("ready", c.pid, flush=True)
                time.sleep(120)
            """);
        List<ProcessHandle> descendants = p.descendants().toList();
        List<ProcessHandle> workers = descendants.stream()
            .filter(h -> h.info().command().orElse("").endsWith("java")).toList();
        List<ProcessHandle> sleeps = descendants.stream()
            .filter(h -> h.info().command().orElse("").endsWith("sleep")).toList();
        try {
            assertThat(workers).as("worker JVMs").hasSizeGreaterThanOrEqualTo(2);
            assertThat(sleeps).hasSize(1);
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(workers.stream().filter(ProcessHandle::isAlive).toList()).as("orphaned worker JVMs").isEmpty();
            assertThat(sleeps.get(0).isAlive()).as("the script's own subprocess, as CPython leaves it").isTrue();
        } finally {
            p.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void sigintInterruptsASleep() throws Exception {
        Process p = start("import time\nprint('ready', flush=True)\ntime.sleep(120)\n");
        try {
            String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
            String caught = status.lines().filter(l -> l.startsWith("SigCgt:")).findFirst().orElse("SigCgt: 0").substring(7).strip();
            // a JVM started with SIGINT ignored (a background job of a shell) installs no handler: nothing to test
            Assumptions.assumeTrue((Long.parseLong(caught, 16) & 2) != 0, "SIGINT ignored in this JVM");
            long t0 = System.nanoTime();
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(60);
            assertThat(p.exitValue()).isEqualTo(130);
            assertThat(Files.readString(dir.resolve("err.txt"))).endsWith("KeyboardInterrupt\n");
        } finally {
            p.destroyForcibly();
        }
    }
}
