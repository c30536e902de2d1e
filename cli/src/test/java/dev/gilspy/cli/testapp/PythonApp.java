package dev.gilspy.cli.testapp;

import com.sun.tools.attach.VirtualMachine;
import dev.gilspy.attach.AttachedTarget;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sample app from {@code sample-apps/python} running on gilspy's interpreter in a child JVM, as a
 * user runs it: {@code java [JVM_OPTIONS] -jar gilspy.jar run SCRIPT ARGS}. For *IT tests.
 */
public final class PythonApp implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private final Process process;
    private final Path log;

    private PythonApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The sample scripts, found from the cli module's directory (where Maven runs the tests). */
    public static Path sample(String name) {
        Path p = Path.of("..", "sample-apps", "python", name).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing");
        }
        return p;
    }

    /** Starts {@code script} with the agent from start-up ({@code withAgent}) or without it, and waits until it runs Python. */
    public static PythonApp start(boolean withAgent, Path script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.defaultJava()));
        if (withAgent) {
            cmd.add("-javaagent:" + GilspyJar.path() + "=quiet");
        }
        cmd.addAll(List.of("-jar", GilspyJar.path().toString(), "run", script.toString()));
        cmd.addAll(Arrays.asList(args));
        Path log = Files.createTempFile("gilspy-app", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PythonApp app = new PythonApp(p, log);
        app.awaitRunning();
        return app;
    }

    /**
     * Until the interpreter's main thread (named {@code MainThread}) exists, seen over JMX without
     * loading gilspy's agent, then one more second so the agent's first window covers the script running.
     */
    private void awaitRunning() throws Exception {
        String id = Long.toString(pid());
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (VirtualMachine.list().stream().noneMatch(d -> d.id().equals(id))) {
            checkAlive(deadline);
            Thread.sleep(50);
        }
        try (AttachedTarget t = AttachedTarget.attach(pid(), false)) {
            ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(t.mbeans(),
                    ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            while (Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                    .noneMatch(i -> i != null && i.getThreadName().equals("MainThread"))) {
                checkAlive(deadline);
                Thread.sleep(100);
            }
            // then until the script's own imports are done (CPython's threading.py and what it
            // imports: a few hundred ms quiet, seconds on a loaded machine), so the figures the tests
            // read come from the script's threads, not from its main thread importing alone
            int quiet = 0;
            while (quiet < 2) {
                checkAlive(deadline);
                quiet = importing(threads) ? 0 : quiet + 1;
                Thread.sleep(100);
            }
        }
        Thread.sleep(1200);
    }

    /** Whether the interpreter's main thread is importing a module (its Java stack is in the importer). */
    private static boolean importing(ThreadMXBean threads) {
        for (ThreadInfo i : threads.getThreadInfo(threads.getAllThreadIds(), Integer.MAX_VALUE)) {
            if (i != null && i.getThreadName().equals("MainThread")) {
                return Arrays.stream(i.getStackTrace()).anyMatch(f -> f.getClassName().endsWith(".Importer"));
            }
        }
        return false;
    }

    private void checkAlive(long deadline) throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
        if (System.currentTimeMillis() > deadline) {
            throw new IllegalStateException("the app did not start running Python in time:\n" + Files.readString(log));
        }
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        kill();
        Files.deleteIfExists(log);
    }
}
