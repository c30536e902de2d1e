package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code _posixsubprocess} under CPython's {@code subprocess.py}: waiting for a child releases the
 * GIL (os_waitpid_impl's Py_BEGIN_ALLOW_THREADS), and a child does not outlive a parent JVM that
 * dies by SIGKILL (modules/posix/OrphanReaper).
 */
class SubprocessTest {

    @Test
    void anotherThreadRunsPythonWhileTheMainThreadWaitsForAChild() {
        Py.Result r = Py.run("""
            import subprocess, threading, time
            ticks = []
            stop = threading.Event()
            def spin():
                while not stop.is_set():
                    ticks.append(time.perf_counter())
            t = threading.Thread(target=spin)
            t.start()
            time.sleep(0.05)
            started = time.perf_counter()
            p = subprocess.Popen(['sleep', '1'])
            t0 = time.perf_counter()
            p.wait()
            t1 = time.perf_counter()
            stop.set()
            t.join()
            # the child sleeps from after `started`, however long Popen took on a loaded machine
            # (t0 alone came 0.1-0.4 s late there); a held GIL would have frozen the spinner for the
            # whole wait, so no tick at all could fall inside it
            during = [x for x in ticks if t0 < x < t1]
            print(p.returncode, t1 - started > 0.9, len(during) > 100)
            """);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("0 True True\n");
    }

    @Test
    void aChildDiesWithItsParentKilledBySigkill() throws Exception {
        Path script = Files.createTempFile("gilspy-orphan", ".py");
        Files.writeString(script, """
            import subprocess, sys, time
            p = subprocess.Popen(['sleep', '60'])
            print(p.pid, flush=True)
            time.sleep(60)
            """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        try {
            String line = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).isNotNull();
            long pid = Long.parseLong(line.strip());
            Optional<ProcessHandle> child = ProcessHandle.of(pid);
            assertThat(child).isPresent();
            assertThat(child.get().info().command().orElse("")).endsWith("sleep");
            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs
            // hang catchers that end as soon as what they await happens: 10 s each was a few scheduler
            // rounds of the orphan reaper's sh at load 40 on 2 cores
            assertThat(parent.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.get().isAlive()).as("the child sleep %d outlived its killed parent", pid).isFalse();
        } finally {
            parent.destroyForcibly();
            Files.deleteIfExists(script);
        }
    }

    @Test
    void aNormalExitLeavesTheChildRunningAsCPythonDoes() throws Exception {
        Path script = Files.createTempFile("gilspy-orphan", ".py");
        Files.writeString(script, """
            import subprocess
            p = subprocess.Popen(['sleep', '30'])
            print(p.pid, flush=True)
            """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        long pid = Long.parseLong(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)).readLine().strip());
        try {
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(script);
        }
    }
}
