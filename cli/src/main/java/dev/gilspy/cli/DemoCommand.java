package dev.gilspy.cli;

import com.sun.tools.attach.VirtualMachine;
import dev.gilspy.attach.AttachException;
import dev.gilspy.attach.AttachedTarget;
import dev.gilspy.attach.JmxGilSource;
import dev.gilspy.record.Recorder;
import dev.gilspy.record.ScriptRun;
import dev.gilspy.record.WorkDir;
import dev.gilspy.ui.TopView;
import dev.gilspy.ui.model.GilSample;
import dev.gilspy.report.FlameOptions;
import dev.gilspy.report.GilRecording;
import dev.gilspy.report.Outputs;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;
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
    private static final long START_TIMEOUT_MILLIS = 30_000;
    /** The agent's windows are 1 s: wait this long so the first snapshot covers a full one. */
    private static final long FIRST_WINDOW_MILLIS = 1_200;
    /** How long the sample counts down: far longer than the demo watches it (it is stopped after). */
    private static final String SAMPLE_SECONDS = "600";

    @Mixin CommonOptions common;

    @Spec CommandSpec spec;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N", defaultValue = "5",
            description = "How many refreshes of top to show (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = {"-i", "--interval"}, paramLabel = "DURATION", defaultValue = "1s",
            converter = DurationConverter.RefreshInterval.class, description = "Refresh interval (default: ${DEFAULT-VALUE}).")
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
        Path recording = dir.resolve("demo.jfr");
        try (WorkDir work = WorkDir.create("demo")) {
            ScriptRun app = Recorder.standard(work, System.err).start(List.of(), List.of(script.toString(), SAMPLE_SECONDS),
                    recording, ScriptRun.Streams.files(dir.resolve("app.out"), dir.resolve("app.err")));
            try {
                long pid = app.child().map(ProcessHandle::pid)
                        .orElseThrow(() -> CliException.failure("the sample app did not start: " + lastLineQuietly(dir.resolve("app.err"))));
                out.println("gilspy demo: " + SCRIPT + " runs two CPU-bound threads in PID " + pid
                        + "; watching its GIL for " + iterations + " refreshes once its interpreter is up...");
                out.flush();
                awaitAttachable(app, pid, dir);
                // Never load the agent here: the child starts its own (-javaagent), and the attach can come
                // before that premain runs, when a load would start a second copy ahead of it, and the child's
                // own would then say on its stderr that it is ignored.
                try (AttachedTarget target = AttachedTarget.attach(pid, false)) {
                    JmxGilSource source = new JmxGilSource(target, null);
                    awaitGil(source, app, pid, dir);
                    TopView.Outcome outcome = TopView.watch(source, interval, iterations, batch || !TopView.interactive(), out, null);
                    if (outcome.gone().isPresent()) throw CliException.failure(outcome.gone().get());
                } catch (CliException | AttachException e) {
                    if (app.waitFor(2_000_000_000L)) {
                        throw new CliException(ExitCodes.FAILURE, "the sample app exited early with code " + app.result().exitCode()
                                + ": " + lastLine(dir.resolve("app.err")) + " (outputs in " + dir + ")", e);
                    }
                    throw e;
                }
            } finally {
                app.stop(); // SIGTERM: the JVM runs its shutdown hooks, so the recording is written
            }
        }
        if (Files.exists(recording)) WorkDir.makePrivate(recording);
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

    /** Waits until the child's attach mechanism is up, or fails with the child's own last words. */
    private static void awaitAttachable(ScriptRun app, long pid, Path dir) throws InterruptedException, IOException {
        String id = Long.toString(pid);
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!app.isAlive()) {
                throw CliException.failure("the sample app exited with code " + app.result().exitCode()
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

    /**
     * Waits until the sample's two counting threads run beside its main thread: the GIL exists from
     * the interpreter's start, but the script first imports (CPython's threading.py and what it
     * imports: a few hundred ms on a quiet machine, seconds on a loaded one), and refreshes taken
     * then show one busy thread, not the contention the demo is about.
     */
    private static void awaitGil(JmxGilSource source, ScriptRun app, long pid, Path dir) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            Optional<GilSample> sample = source.sample();
            if (sample.isPresent() && sample.get().threads().size() >= 3) {
                break;
            }
            if (!app.isAlive()) {
                throw CliException.failure("the sample app exited with code " + app.result().exitCode()
                        + " before its GIL could be watched: " + lastLine(dir.resolve("app.err")));
            }
            if (System.currentTimeMillis() > deadline) {
                if (sample.isPresent()) {
                    break; // its threads are late: show what there is
                }
                throw CliException.failure("the sample app (PID " + pid + ") started no interpreter within "
                        + START_TIMEOUT_MILLIS / 1000 + " s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(FIRST_WINDOW_MILLIS);
    }

    private static String lastLineQuietly(Path file) {
        try {
            return lastLine(file);
        } catch (IOException e) {
            return "(no output)";
        }
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

    /**
     * Draws the demo's recording as a wait flame graph next to it: where the Python threads
     * waited for the GIL. A recording that cannot be drawn is reported, never fatal.
     *
     * @return the flame graph written, or empty when the recording holds nothing to draw
     */
    static Optional<Path> writeFlameGraph(Path recording, Path dir) {
        if (!Files.exists(recording)) {
            return Optional.empty();
        }
        Path svg = dir.resolve("demo-wait.svg");
        FlameOptions options = new FlameOptions();
        options.mode = "wait";
        options.minwidth = "0.1";
        options.output = svg;
        options.title = "gilspy demo: where two CPU-bound threads wait for the GIL";
        try {
            GilRecording events = RecordingReader.standard().read(recording);
            Outputs.write(events, options, svg);
            return Optional.of(svg);
        } catch (IOException | RecordingException e) {
            return Optional.empty();
        }
    }

    private static void report(PrintWriter out, Path dir, Path script, Path recording, Optional<Path> flame) {
        out.println();
        out.println("gilspy demo: outputs in " + dir);
        output(out, script.getFileName().toString(), "the sample: two threads counting down under the GIL");
        output(out, "app.out, app.err", "the sample's own output");
        if (Files.exists(recording)) {
            output(out, recording.getFileName().toString(), "the JFR recording: gilspy report " + recording);
        } else {
            out.println("  (no JFR recording: the agent did not write " + recording.getFileName() + ")");
        }
        flame.ifPresent(f -> output(out, f.getFileName().toString(), "the GIL flame graph: open it in a browser"));
        out.println("Next: gilspy top PID on your own app (gilspy list shows the PIDs).");
        out.flush();
    }

    /** One aligned line per output, so the eye runs down the names and then the descriptions. */
    private static void output(PrintWriter out, String name, String what) {
        out.printf("  %-20s %s%n", name, what);
    }
}
