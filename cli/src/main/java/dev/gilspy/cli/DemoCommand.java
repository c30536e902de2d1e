package dev.gilspy.cli;

import com.sun.tools.attach.VirtualMachine;
import dev.gilspy.cli.attach.AgentJar;
import dev.gilspy.cli.attach.AttachedTarget;
import dev.gilspy.cli.top.JmxGilSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code gilspy demo}: the whole story on a fresh machine. Starts a contended sample (two CPU-bound
 * threads) in a child JVM with the agent recording to JFR, shows {@code top} on it for a few
 * refreshes, stops it, and says where every output went.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a contended sample app with the agent and watch its GIL with 'top' for a few seconds.",
        footer = {"", "Prints where the outputs went. Without a terminal, top runs in batch mode and the demo ends by itself."})
public final class DemoCommand implements Callable<Integer> {
    static final String SCRIPT = "countdown_pair.py";
    private static final long START_TIMEOUT_MILLIS = 15_000;

    @Mixin CommonOptions common;

    @Spec CommandSpec spec;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N", defaultValue = "5",
            description = "How many refreshes of top to show (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = {"-i", "--interval"}, paramLabel = "DURATION", defaultValue = "1s",
            converter = IntervalConverter.class, description = "Refresh interval (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where to put the outputs (default: a new temporary directory).")
    Path output;

    @Option(names = {"-b", "--batch"}, description = "Print plain-text snapshots instead of the live screen.")
    boolean batch;

    @Override
    public Integer call() throws Exception {
        if (iterations < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-n must be at least 1, not " + iterations);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = outputDir();
        Path script = extractScript(dir);
        Path jar = AgentJar.locate();
        Path recording = dir.resolve("demo.jfr");
        Process app = start(jar, script, recording, dir);
        try {
            out.println("gilspy demo: " + SCRIPT + " runs two CPU-bound threads in PID " + app.pid()
                    + "; watching its GIL for " + iterations + " refreshes...");
            out.flush();
            awaitAttachable(app, dir);
            try (AttachedTarget target = AttachedTarget.attach(app.pid(), true)) {
                TopCommand.watch(new JmxGilSource(target, null), interval, iterations,
                        batch || System.console() == null, out);
            } catch (CliException e) {
                if (app.waitFor(2, TimeUnit.SECONDS)) {
                    throw new CliException(ExitCodes.FAILURE, "the sample app exited early with code " + app.exitValue()
                            + ": " + lastLine(dir.resolve("app.err")) + " (outputs in " + dir + ")", e);
                }
                throw e;
            }
        } finally {
            stop(app);
        }
        report(out, dir, script, recording, writeFlameGraph(recording, dir));
        return ExitCodes.OK;
    }

    private Path outputDir() throws IOException {
        if (output == null) {
            return Files.createTempDirectory("gilspy-demo-");
        }
        Files.createDirectories(output);
        return output.toAbsolutePath();
    }

    static Path extractScript(Path dir) throws IOException {
        Path script = dir.resolve(SCRIPT);
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + SCRIPT)) {
            if (in == null) {
                throw CliException.failure("the demo script is missing from gilspy.jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    private static Process start(Path jar, Path script, Path recording, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-javaagent:" + jar + "=jfr=" + recording,
                "-jar", jar.toString(), "run", script.toString()));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("app.out").toFile())
                .redirectError(dir.resolve("app.err").toFile())
                .start();
    }

    /** Waits until the child's attach mechanism is up, or fails with the child's own last words. */
    private static void awaitAttachable(Process app, Path dir) throws InterruptedException, IOException {
        String id = Long.toString(app.pid());
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!app.isAlive()) {
                throw CliException.failure("the sample app exited with code " + app.exitValue()
                        + " before it could be watched: " + lastLine(dir.resolve("app.err")));
            }
            if (VirtualMachine.list().stream().anyMatch(d -> d.id().equals(id))) {
                return;
            }
            Thread.sleep(50);
        }
        throw CliException.failure("the sample app (PID " + id + ") did not start within "
                + START_TIMEOUT_MILLIS / 1000 + " s");
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "(no output)";
    }

    private static void stop(Process app) throws InterruptedException {
        if (!app.isAlive()) {
            return;
        }
        app.destroy(); // SIGTERM: the JVM runs its shutdown hooks, so the agent can finish the recording
        if (!app.waitFor(10, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /**
     * Hook for the flame-graph issue: turn the demo's recording into a flame graph next to it.
     *
     * @return the flame graph written, or empty when there is nothing to draw it from (yet)
     */
    static Optional<Path> writeFlameGraph(Path recording, Path dir) {
        // MERGE(flame): e.g. return Optional.of(ReportCommand.flameGraph(recording, dir.resolve("demo-flame.html")));
        return Optional.empty();
    }

    private static void report(PrintWriter out, Path dir, Path script, Path recording, Optional<Path> flame) {
        out.println();
        out.println("gilspy demo: outputs in " + dir);
        out.println("  " + script.getFileName() + "    the sample: two threads counting down under the GIL");
        out.println("  app.out, app.err        the sample's own output");
        if (Files.exists(recording)) {
            out.println("  " + recording.getFileName() + "                the JFR recording: jfr print --events 'gilspy.*' "
                    + recording);
        } else {
            out.println("  (no JFR recording: the agent did not write " + recording.getFileName() + ")");
        }
        flame.ifPresent(f -> out.println("  " + f.getFileName() + "    the GIL flame graph: open it in a browser"));
        out.println("Next: gilspy top PID on your own app (gilspy list shows the PIDs).");
        out.flush();
    }
}
