package dev.gilspy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ScriptRunTest {

    @Test
    void childCpuTimeFromTheShellsTimes() {
        assertThat(ScriptRun.parseTimes("0m0.001s 0m0.002s\n0m3.429s 1m0.463s\n")).isCloseTo(63.892, within(1e-9));
        assertThat(ScriptRun.parseTimes("")).isNaN();
    }

    @Test
    void exitCodeAndCapturedStdoutComeBack() throws Exception {
        try (WorkDir work = WorkDir.create("record")) {
            ScriptRun.Result r = ScriptRun.start(List.of("sh", "-c", "echo hello; exit 3"), Map.of(), work.path(),
                    ScriptRun.Streams.capture()).finish(0);
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.stdout()).isEqualTo("hello\n");
            assertThat(r.timedOut()).isFalse();
        }
    }

    /** {@code kill -9} of gilspy must not leave the script running under PID 1, nor its work folder behind. */
    @Test
    void theChildDiesWithGilspyEvenByKill9() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process gilspy = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanProbe.class.getName())
                .redirectErrorStream(true).start();
        long childPid;
        Path work;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(gilspy.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertThat(line).as("the probe's first line").startsWith("child ");
            String[] words = line.split(" ");
            childPid = Long.parseLong(words[1]);
            work = Path.of(words[2]);
            assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive)).contains(true);
        } finally {
            gilspy.destroyForcibly(); // SIGKILL: no shutdown hook runs
            gilspy.waitFor(10, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && (ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false)
                || Files.exists(work))) {
            Thread.sleep(100);
        }
        assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false)).as("the child outlived gilspy").isFalse();
        assertThat(work).as("the work folder").doesNotExist();
    }

    @Test
    void staleWorkFoldersOfDeadRunsAreRemoved() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        // a PID that cannot be alive: above the kernel's pid_max on any Linux
        Path stale = Files.createTempDirectory(tmp, "gilspy-record-" + (1L << 40) + "-");
        Files.writeString(stale.resolve("recording.jfr"), "x");
        Path mine = Files.createTempDirectory(tmp, "gilspy-record-" + ProcessHandle.current().pid() + "-");
        try {
            WorkDir.removeStale(tmp);
            assertThat(stale).doesNotExist();
            assertThat(mine).exists();
        } finally {
            Files.deleteIfExists(mine);
        }
    }
}
