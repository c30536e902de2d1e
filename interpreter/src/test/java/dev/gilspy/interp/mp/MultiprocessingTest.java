package dev.gilspy.interp.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * multiprocessing and ProcessPoolExecutor end to end: the parent runs in-process through
 * {@link Main#run}, its workers are real child JVMs. Each script's expected output is what
 * CPython 3.11 prints (spawn names where CPython's fork default would differ).
 */
// a hang catcher only: at load 23 on 2 cores three tests that start worker JVMs took 15-19 s, and
// load 40 under a busy loop is twice as slow again; the tests that start more JVMs have 180 s too
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MultiprocessingTest {

    private record Result(int code, String out, String err) {}

    private static Path script(String name) {
        try {
            return Path.of(MultiprocessingTest.class.getResource("/mp/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result run(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {script(name).toString()}, new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String expected(String name) throws IOException {
        return Files.readString(script(name));
    }

    /** No worker may outlive its test: they are killed or exit on their own within a few seconds. */
    @AfterEach
    void noOrphans() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        left.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left.stream().map(ProcessHandle::pid).toList(), "orphan worker processes");
    }

    @Test
    void seedPoolExamplePrintsWhatCpythonPrints() {
        Result r = run("seed_pool_small.py");
        assertEquals(0, r.code(), r.err());
        assertEquals("[333328333350000, 333328333350000, 333328333350000, 333328333350000]\n", r.out());
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // several worker JVMs in turn: 13 s at load 5, over 60 s at load 17
    void processQueueAndPoolApis() {
        Result r = run("process_pool.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
            "MainProcess spawn True",
            "child says hi 0",
            "child says hi 1",
            "[('SpawnProcess-1', 0), ('SpawnProcess-2', 2)] [0, 0]",
            "exitcode 1",
            "exitcode 3 False",
            "5",
            "2 True True",
            "[1, 2, 3, 4]",
            "[1, 2, 3, 4]",
            "[2, 5]",
            "caught bad 1",
            "caught _pickle PicklingError Can't pickle <function <lambda>",
            "caught BrokenProcessPool",
            "10",
            ""), r.out().replace("child says hi 1\nchild says hi 0", "child says hi 0\nchild says hi 1"));
        // the failing Process prints its traceback like CPython's BaseProcess._bootstrap
        assertTrue(r.err().contains("Process SpawnProcess-3:\nTraceback (most recent call last):"), r.err());
        assertTrue(r.err().contains("KeyError: 'nope'"), r.err());
    }

    @Test
    void processJoinTimeoutTerminateKillAndDaemonAtExit() throws IOException {
        Result r = run("process_lifecycle.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected("process_lifecycle.expected"), r.out());
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // a hang catcher: over 60 s under a busy loop at load 40-95 on 2 cores
    void executorResultsErrorsLambdaAndSigkilledWorker() throws IOException {
        Result r = run("executor.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected("executor.expected"), r.out());
    }

    @Test
    void pickleReadsAndWritesCpythonBytes() throws IOException {
        Result r = run("pickle_compat.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected("pickle_compat.expected"), r.out());
    }

    @Test
    void onlySpawnIsOffered() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"-c", "import multiprocessing\nmultiprocessing.set_start_method('fork')"},
            new ByteArrayInputStream(new byte[0]), new PrintStream(out, true), new PrintStream(err, true));
        assertEquals(1, code);
        assertTrue(err.toString().endsWith(
            "ValueError: gilspy supports only the 'spawn' start method, not 'fork': a JVM cannot fork\n"), err.toString());
    }

    /**
     * A script that starts processes at module level: each worker imports it as __mp_main__ and would start
     * workers of its own (a process bomb). As CPython's spawn, the worker refuses with the bootstrapping error,
     * the parent's pool reports the broken worker, and no process is left (checked after each test).
     */
    @Test
    void moduleLevelPoolInTheMainScriptFailsInsteadOfMultiplying() {
        Result r = run("unguarded_main.py");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("An attempt has been made to start a new process before the\n"
            + "        current process has finished its bootstrapping phase."), r.err());
        assertTrue(r.err().contains("BrokenProcessPool"), r.err());
    }

    /** Warm workers: a pool's idle workers serve the next pool (and it is ready far sooner); workers that ran an initializer are not kept. */
    @Test
    void idleWorkersServeTheNextPool() {
        Result r = run("reuse.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
            "reused True",
            "warm pool ready in under half the cold time True",
            "workers of a pool with an initializer are not kept True", ""), r.out());
    }

    /**
     * Pre-started workers run their warm-up (GILSPY_MP_WARMUP seconds of CPU), then the parent warms its pool path on them;
     * they serve the first pool (which waits for that), and stop warming when a task comes.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // four worker JVMs in turn: 37 s at load 28 on 2 cores
    void preStartedWorkersWarmUpAndYieldToTasks() {
        Result r = run("warm.py");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
            "the parent warms its pool path once its workers are warm True",
            "the first pool waits for it and runs on the pre-started workers True",
            "its workers are numbered as without the warm-up ['SpawnPoolWorker-1', 'SpawnPoolWorker-2'] True",
            "warm-up done True done",
            "a long warm-up is not over False",
            "a task ends it True True",
            "no warm-up, nothing to wait for True", ""), r.out());
    }

    /** Ctrl-C in a real parent JVM: KeyboardInterrupt there, and its workers die with it. */
    @Test
    void ctrlCInParentLeavesNoWorkers() throws Exception {
        assumeTrue(!sigintIgnored(), "SIGINT is ignored in this JVM, so its children cannot receive it");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), script("ctrl_c.py").toString()).redirectErrorStream(true).start();
        try {
            byte[] line = new byte[6];
            int n = parent.getInputStream().readNBytes(line, 0, 6);
            assertEquals("ready\n", new String(line, 0, n, StandardCharsets.UTF_8));
            List<ProcessHandle> workers = parent.descendants().toList();
            assertEquals(2, workers.size(), "two pool workers");
            new ProcessBuilder("kill", "-INT", Long.toString(parent.pid())).start().waitFor();
            // hang catchers: both end as soon as the process does (the whole test took 8 s at load 30-40
            // in ci15a; at load 40+ on 2 cores a JVM's exit with its workers' can take 10-20 s)
            assertTrue(parent.waitFor(120, TimeUnit.SECONDS), "parent exits after Ctrl-C");
            String rest = new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(130, parent.exitValue(), rest);
            assertTrue(rest.endsWith("KeyboardInterrupt\n"), rest);
            for (ProcessHandle w : workers) {
                w.onExit().get(60, TimeUnit.SECONDS);
                assertFalse(w.isAlive(), "worker " + w.pid() + " outlived its parent");
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    /**
     * SIGKILL of a real parent JVM with pool workers amid tasks, a child blocked on a Lock in the
     * parent's hub and a grandchild: every descendant notices its parent's end and exits.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // five JVMs start before "ready": over 60 s at load 35 on 2 cores
    void sigkilledParentLeavesNoDescendants() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), script("orphans.py").toString()).redirectErrorStream(true).start();
        try {
            byte[] line = new byte[6];
            int n = parent.getInputStream().readNBytes(line, 0, 6);
            assertEquals("ready\n", new String(line, 0, n, StandardCharsets.UTF_8));
            List<ProcessHandle> all = parent.descendants().toList();
            assertTrue(all.size() >= 5, "2 pool workers, 2 processes and a grandchild: " + all);
            parent.destroyForcibly();
            parent.waitFor();
            for (ProcessHandle d : all) {
                d.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(d.isAlive(), "process " + d.pid() + " outlived its SIGKILLed parent");
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    /** SIGKILL of a parent whose pre-started workers are still warming up (GILSPY_MP_PRESTART): they exit too. */
    @Test
    void sigkilledParentLeavesNoWarmingWorkers() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            Main.class.getName(), script("prestart_orphans.py").toString()).redirectErrorStream(true);
        pb.environment().put("GILSPY_MP_PRESTART", "2");
        pb.environment().put("GILSPY_MP_WARMUP", "600");
        Process parent = pb.start();
        try {
            byte[] line = new byte[6];
            int n = parent.getInputStream().readNBytes(line, 0, 6);
            assertEquals("ready\n", new String(line, 0, n, StandardCharsets.UTF_8));
            List<ProcessHandle> workers = parent.descendants().toList();
            assertEquals(2, workers.size(), "two pre-started workers: " + workers);
            parent.destroyForcibly();
            parent.waitFor();
            for (ProcessHandle w : workers) {
                w.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(w.isAlive(), "worker " + w.pid() + " outlived its SIGKILLed parent");
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    /**
     * GILSPY_MP_TRACE=1: the parent and the worker each write their steps of a task on stderr, with a
     * shared wall clock, so that one run shows where a pool's time goes; without it, nothing.
     */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // a hang catcher: over 60 s under a busy loop at load 40-95 on 2 cores
    void traceShowsBothSidesOfATask() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        for (boolean on : new boolean[] {true, false}) {
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), script("trace.py").toString());
            if (on) {
                pb.environment().put("GILSPY_MP_TRACE", "1");
            } else {
                pb.environment().remove("GILSPY_MP_TRACE");
            }
            Process parent = pb.start();
            String out = new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(parent.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
            assertEquals("[9]\n", out, err);
            if (!on) {
                assertFalse(err.contains("mp-trace"), err);
                continue;
            }
            String parentPid = Long.toString(parent.pid());
            double sent = -1;
            double received = -1;
            double got = -1;
            for (String line : err.split("\n")) {
                String[] f = line.split(" ", 4);
                if (f.length < 4 || !f[0].equals("mp-trace")) {
                    continue;
                }
                assertTrue(f[3].matches(".* cpu=\\d+\\.\\d{3} thread=\\d+\\.\\d{3}"), line);
                double at = Double.parseDouble(f[2]);
                if (f[3].startsWith("feeder SpawnPoolWorker-") && f[3].contains(" sends task 0 ")) {
                    assertEquals(parentPid, f[1], line);
                    sent = at;
                } else if (f[3].startsWith("worker task 0 received ")) {
                    assertFalse(f[1].equals(parentPid), "the worker's line comes from the worker: " + line);
                    received = at;
                } else if (f[3].startsWith("feeder SpawnPoolWorker-") && f[3].contains(" got task 0 ")) {
                    got = at;
                }
            }
            assertTrue(sent >= 0 && received >= 0 && got >= 0, err);
            // one wall clock on both sides (ms modulo 10^7; a wrap mid-test would take 2.8 hours)
            assertTrue(sent <= received && received <= got, err);
        }
    }

    private static boolean sigintIgnored() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(l.substring(7).trim(), 16) & 2) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return true;
        }
        return true;
    }
}
