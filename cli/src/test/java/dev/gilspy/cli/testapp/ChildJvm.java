package dev.gilspy.cli.testapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM running {@link GilWorkload}, for attach tests (a JVM may not attach to itself). */
public final class ChildJvm implements AutoCloseable {
    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /**
     * @param java        the java launcher to use
     * @param jvmOptions  options before the main class, e.g. {@code -Dgilspy.test.stats=sampled}
     * @param args        {@link GilWorkload}'s arguments
     */
    public static ChildJvm start(String java, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(GilWorkload.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ChildJvm child = new ChildJvm(p);
        child.awaitReady();
        return child;
    }

    public static ChildJvm sampled(String... args) throws IOException {
        return start(defaultJava(), List.of("-Dgilspy.test.stats=sampled"), args);
    }

    public static String defaultJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady() throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("ready ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep the pipe empty so the child never blocks on output
                        }
                    } catch (IOException ignored) {
                        // the child went away
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
            seen.append(line).append('\n');
        }
        throw new IOException("the child JVM exited before it was ready:\n" + seen);
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
    public void close() throws InterruptedException {
        kill();
    }
}
