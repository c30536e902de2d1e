package dev.gilspy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.gilspy.record.Recorder;
import dev.gilspy.record.WorkDir;
import dev.gilspy.record.WorkerRecordings;
import dev.gilspy.report.FlameOptions;
import dev.gilspy.report.GilRecording;
import dev.gilspy.report.Outputs;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gilspy record}: record a profile with {@link Recorder} and convert it.
 * <ul>
 *   <li>{@code record -o out.svg [-d 30s] -- script.py [args]} launches the script in a child JVM
 *       with gilspy's agent, which writes a JFR recording at exit;</li>
 *   <li>{@code record -p PID -d 30s -o out.svg} attaches (loading the agent if needed) and records
 *       the gilspy events with the target's flight recorder, streamed back over JMX.</li>
 * </ul>
 * Ctrl-C stops early and keeps what was recorded; a target that dies keeps what reached its recording.
 */
@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Record where Python threads wait for and hold the GIL, and write a flame graph.",
                "Launch: gilspy record -o out.svg [-d 30s] -- script.py [ARGS]",
                "Attach: gilspy record -p PID [-d 30s] -o out.svg"},
        footer = {"", "Examples:",
                "  gilspy record -o wait.svg -- app.py 3        where threads wait for the GIL",
                "  gilspy record --mode hold --threads -o hold.svg -- app.py",
                "  gilspy record -p 4242 -d 10s -o app.collapsed --keep-jfr app.jfr",
                "  gilspy record --follow-children -o pool.svg -- pool.py   a tower per process: the script and each worker",
                "Then: gilspy report app.jfr  (per-thread wait, top functions, blame).",
                "Exit codes: 0 ok, 1 the target or input failed, 2 bad usage, 130 stopped by Ctrl-C."})
public final class RecordCommand implements Callable<Integer> {

    @Option(names = {"-p", "--pid"}, paramLabel = "PID", description = "Attach to this running JVM")
    Long pid;

    @Option(names = {"-d", "--duration"}, paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long to record: 30s, 500ms, 2m (default: until the script ends; 30s with -p)")
    Duration duration;

    @Option(names = "--java", paramLabel = "cpu|wall|lock",
            description = "Also record JVM stacks with async-profiler, merged into the recording (jfrsync)")
    String javaMode;

    @Option(names = "--keep-jfr", paramLabel = "FILE", description = "Also keep the raw recording here (mode 0600)")
    Path keepJfr;

    @Option(names = "--include-env",
            description = "Also record the environment variables and system properties (left out by default: they hold secrets)")
    boolean includeEnv;

    @Option(names = "--follow-children",
            description = "Also record the script's multiprocessing workers (each a JVM with its own GIL), each shown as its own process")
    boolean followChildren;

    @Parameters(paramLabel = "SCRIPT [ARGS]", arity = "0..*", description = "The script to launch and its arguments (after --)")
    List<String> script = new ArrayList<>();

    @Mixin
    FlameOptions flame = new FlameOptions();

    @Mixin
    CommonOptions common;

    private final Recorder.Attacher attacher;
    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);

    public RecordCommand() {
        this(pid -> dev.gilspy.attach.AttachedTarget.attach(pid, true), System.out, System.err);
    }

    public RecordCommand(Recorder.Attacher attacher, PrintStream out, PrintStream err) {
        this.attacher = attacher;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            flame.validate();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (javaMode != null && !List.of("cpu", "wall", "lock").contains(javaMode)) {
            throw CliException.usage("unknown --java mode '" + javaMode + "' (expected cpu, wall or lock)");
        }
        if ((pid == null) == script.isEmpty()) {
            throw CliException.usage(pid == null ? "give a script to launch (record -o out.svg -- script.py) or -p PID"
                    : "give either -p PID or a script, not both");
        }
        if (followChildren && (pid != null || javaMode != null)) {
            throw CliException.usage("--follow-children launches a script (not -p PID) and does not combine with --java");
        }
        if (pid == null && !Files.isRegularFile(Path.of(script.get(0)))) {
            throw CliException.failure(script.get(0) + ": no such file");
        }
        long nanos = duration == null ? (pid == null ? 0 : TimeUnit.SECONDS.toNanos(30)) : duration.toNanos();
        Path output = flame.output != null ? flame.output : Path.of("gilspy-" + flame.mode + "." + flame.parsedFormat().extension());
        CliException.requireWritable(output);
        if (keepJfr != null) CliException.requireWritable(keepJfr);
        // Ctrl-C: the JVM runs this hook while call() finishes the recording and the conversion.
        Thread hook = new Thread(() -> {
            stopRequested = true;
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "gilspy-record-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String label = pid == null ? Path.of(script.get(0)).getFileName().toString() : "PID " + pid;
        try (WorkDir work = WorkDir.create("record")) {
            Recorder recorder = new Recorder(work, attacher, err, System.console() != null);
            Recorder.Request request = new Recorder.Request(nanos, javaMode, includeEnv, () -> stopRequested, followChildren);
            Recorder.Recording r = pid == null
                    ? recorder.launch(List.of(), script, request, out)
                    : recorder.attach(pid, request);
            if (keepJfr != null && Files.isRegularFile(r.jfr())) WorkDir.copyPrivately(r.jfr(), keepJfr);
            GilRecording recording;
            try {
                recording = RecordingReader.standard().read(r.jfr());
            } catch (RecordingException e) {
                if (r.targetEnded() == null) throw e;
                throw CliException.failure(r.targetEnded() + " during the recording and no gilspy events reached it");
            }
            if (followChildren) recording = WorkerRecordings.merge(recording, r, label, keepJfr, err);
            if (r.targetEnded() != null) err.println("gilspy: " + r.targetEnded() + " during the recording; kept what reached it");
            else if (r.stopped()) err.println("gilspy: stopped early; kept what was recorded");
            err.println(Outputs.write(recording, flame, output, label));
            return r.stopped() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        } catch (RecordingException e) {
            // The recording lives in a temporary folder the user never saw: name what they ran instead.
            throw new CliException(ExitCodes.FAILURE, e.getMessage().replaceAll("/\\S*/gilspy-record-[^/]*/recording\\.jfr", label), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "record failed: " + e.getMessage(), e);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and returns now that we are done.
            }
        }
    }
}
