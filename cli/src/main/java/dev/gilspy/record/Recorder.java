package dev.gilspy.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import dev.gilspy.attach.AttachedTarget;
import dev.gilspy.attach.GilspyJar;
import dev.gilspy.attach.TargetConnection;
import dev.gilspy.report.RecordingException;
import jdk.management.jfr.FlightRecorderMXBean;

/**
 * Records gilspy's events and hands back the {@code .jfr}: the one service behind {@code record},
 * {@code doctor}, {@code compare} and {@code demo}.
 * <ul>
 *   <li>{@link #launch}: runs a script in a child JVM under the agent, which records from start-up
 *       (see {@link RecordingSettings}) and writes the file when the child exits or is stopped;</li>
 *   <li>{@link #attach}: attaches to a running JVM (loading the agent if needed), records with its
 *       {@link FlightRecorderMXBean} and streams the bytes back over JMX, so the target needs no
 *       access to our files.</li>
 * </ul>
 * Recordings are written into a private {@link WorkDir}; the caller copies them out.
 */
public final class Recorder {

    /** Attaches to a running JVM; {@link AttachedTarget} in production, a fake in tests. */
    @FunctionalInterface
    public interface Attacher {
        TargetConnection attach(long pid);
    }

    /**
     * What to record.
     *
     * @param durationNanos how long (0: until the script ends)
     * @param javaMode      {@code cpu}, {@code wall} or {@code lock} for JVM stacks with async-profiler, or null
     * @param includeEnvironment record environment variables and system properties too
     * @param stopRequested polled while recording: Ctrl-C
     * @param followChildren also record the script's {@code multiprocessing} workers, each into its own file
     *                       ({@link Recording#workers()})
     */
    public record Request(long durationNanos, String javaMode, boolean includeEnvironment, BooleanSupplier stopRequested,
                          boolean followChildren) {
        public Request(long durationNanos, String javaMode, boolean includeEnvironment, BooleanSupplier stopRequested) {
            this(durationNanos, javaMode, includeEnvironment, stopRequested, false);
        }

        public static Request of(long durationNanos) { return new Request(durationNanos, null, false, () -> false); }
    }

    /**
     * A finished recording.
     *
     * @param jfr         the file, in the work folder
     * @param targetEnded null, or why the target ended on its own during the recording ("app.py exited with code 3")
     * @param stopped     the user stopped the recording early
     * @param scriptPid   the script's JVM, -1 when unknown
     * @param workers     with {@link Request#followChildren()}: the recordings of the script's worker JVMs
     */
    public record Recording(Path jfr, String targetEnded, boolean stopped, long scriptPid, List<Worker> workers) {
        public Recording(Path jfr, String targetEnded, boolean stopped) {
            this(jfr, targetEnded, stopped, -1, List.of());
        }
    }

    /**
     * A worker JVM's recording.
     *
     * @param parentPid the JVM that started it (the script's, or another worker's), -1 when it ended unseen
     * @param name      its {@code multiprocessing} name ({@code SpawnPoolWorker-1}), or null when unknown
     */
    public record Worker(Path jfr, long pid, long parentPid, String name) {}

    private final WorkDir work;
    private final Attacher attacher;
    private final PrintStream err;
    private final boolean progress;

    /** @param progress draw a progress line on {@code err} (when it is a terminal) */
    public Recorder(WorkDir work, Attacher attacher, PrintStream err, boolean progress) {
        this.work = work;
        this.attacher = attacher;
        this.err = err;
        this.progress = progress;
    }

    public static Recorder standard(WorkDir work, PrintStream err) {
        return new Recorder(work, pid -> AttachedTarget.attach(pid, true), err, System.console() != null);
    }

    /**
     * The command that runs {@code script} with gilspy's interpreter, recording gilspy's events into
     * {@code jfr} (null: without the agent). {@code compare} runs it itself to time it: the JDK's own
     * default events stay off there, since starting them costs a short script 1-3 s of wall time on
     * 2 cores and would be charged to the GIL mode being compared.
     */
    public List<String> command(List<String> runOptions, List<String> script, Path jfr) throws IOException {
        return command(runOptions, script, jfr, RecordingSettings.gilspy(false));
    }

    /** As above, with these JFR settings. */
    private List<String> command(List<String> runOptions, List<String> script, Path jfr, Map<String, String> settings)
            throws IOException {
        Path jar = GilspyJar.locate();
        List<String> options = new ArrayList<>();
        if (jfr != null) {
            Path jfc = RecordingSettings.writeJfc(settings, work.resolve("launch.jfc"));
            options.add("-javaagent:" + jar);
            options.add("-XX:StartFlightRecording:name=gilspy,dumponexit=true,filename=" + jfr + ",settings=" + jfc);
            // JFR keeps its chunks in a repository: ours, so none is left world-readable in /tmp
            options.add("-XX:FlightRecorderOptions:repository=" + work.resolve("jfr-repository"));
            // "Started recording 1..." would otherwise be the first line of the script's stdout. JDK 17 prints it
            // at info on stdout unless jfr+startup has a stdout output, and after -Xlog:disable (the launcher's,
            // with its class-data archive) unless it has a stderr one: both, so either way it is quiet
            options.add("-Xlog:jfr+startup=error");
            options.add("-Xlog:jfr+startup=error:stderr");
        }
        return ScriptRun.gilspyCommand(jar, options, runOptions, script);
    }

    /** Starts {@code script} recording into {@code jfr} and returns at once ({@code demo} watches it meanwhile). */
    public ScriptRun start(List<String> runOptions, List<String> script, Path jfr, ScriptRun.Streams streams) throws IOException {
        return ScriptRun.start(command(runOptions, script, jfr), Map.of(), work.path(), streams);
    }

    /**
     * Runs {@code script} to its end (or for the request's duration, or until stopped) and returns
     * its recording. The script's stdout goes to {@code scriptOut}, its stderr to ours, both above
     * the progress line.
     */
    public Recording launch(List<String> runOptions, List<String> script, Request request, PrintStream scriptOut)
            throws IOException, RecordingException {
        Path jfr = work.resolve("recording.jfr");
        Path processes = work.resolve("processes");
        List<String> cmd;
        Map<String, String> env = Map.of();
        if (request.followChildren()) {
            // the agent's own recording, not -XX:StartFlightRecording: the workers inherit -javaagent and its
            // options (GILSPY_FOLLOW_CHILDREN), and %p gives each JVM its own file
            Files.createDirectories(processes);
            cmd = ScriptRun.gilspyCommand(GilspyJar.locate(), List.of("-javaagent:" + GilspyJar.locate() + "=jfr="
                    + processes.resolve(PROCESS_FILE + "%p.jfr") + ",threshold=0"), runOptions, script);
            env = Map.of("GILSPY_FOLLOW_CHILDREN", "1");
        } else if (request.javaMode() != null) {
            JavaProfiler profiler = javaProfiler(request.javaMode());
            Path jfc = RecordingSettings.writeJfc(RecordingSettings.gilspy(request.includeEnvironment()), work.resolve("gilspy.jfc"));
            cmd = ScriptRun.gilspyCommand(GilspyJar.locate(),
                    List.of("-javaagent:" + GilspyJar.locate(), profiler.agentPathOption(jfr, jfc)), runOptions, script);
        } else {
            cmd = command(runOptions, script, jfr, RecordingSettings.launch(request.includeEnvironment()));
        }
        ProgressBar bar = new ProgressBar(err, progress, request.durationNanos());
        PrintStream out = request.javaMode() == null ? scriptOut
                : new PrintStream(new DropFirstLine(scriptOut, "Profiling started"), true);
        ScriptRun run = ScriptRun.start(cmd, env, work.path(), ScriptRun.Streams.copyTo(out, err, bar));
        long scriptPid = -1;
        WorkerWatch watch = null;
        if (request.followChildren()) {
            ProcessHandle child = run.child().orElse(null);
            if (child != null) {
                scriptPid = child.pid();
                watch = new WorkerWatch(child);
            }
        }
        boolean stoppedByUs = false;
        try {
            while (!run.waitFor(200_000_000L)) {
                bar.update("recording " + script.get(0), -1);
                if (watch != null) watch.look();
                if (request.stopRequested().getAsBoolean()
                        || (request.durationNanos() > 0 && run.elapsedNanos() >= request.durationNanos())) {
                    stoppedByUs = true;
                    if (watch != null) watch.stopWorkers(java.time.Duration.ofSeconds(10));
                    run.stop();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stoppedByUs = true;
            run.stop();
        } finally {
            bar.clear();
        }
        int code = run.result().exitCode();
        List<Worker> workers = List.of();
        if (request.followChildren()) {
            workers = workers(processes, scriptPid, watch);
            jfr = processes.resolve(PROCESS_FILE + scriptPid + ".jfr");
        }
        if (out != scriptOut) out.close(); // the filter only: scriptOut stays open
        if (!Files.isRegularFile(jfr) || Files.size(jfr) == 0) {
            throw new RecordingException(script.get(0) + " exited with code " + code
                    + " before the agent wrote any recording" + (code == 137 ? " (killed)" : ""));
        }
        boolean stopped = request.stopRequested().getAsBoolean();
        String ended = !stoppedByUs && !stopped && code != 0 ? script.get(0) + " exited with code " + code : null;
        return new Recording(jfr, ended, stopped, scriptPid, workers);
    }

    /** A process's recording under {@code --follow-children}: {@code gilspy-PID.jfr}. */
    private static final String PROCESS_FILE = "gilspy-";

    /** The recordings of every JVM but the script's, oldest pid first, with what the watch saw of each. */
    private static List<Worker> workers(Path processes, long scriptPid, WorkerWatch watch) throws IOException {
        List<Worker> workers = new ArrayList<>();
        try (var files = Files.list(processes)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(PROCESS_FILE) || !name.endsWith(".jfr")) continue;
                long pid;
                try {
                    pid = Long.parseLong(name.substring(PROCESS_FILE.length(), name.length() - 4));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == scriptPid) continue;
                WorkerWatch.Seen seen = watch == null ? null : watch.seen(pid);
                workers.add(new Worker(f, pid, seen == null ? -1 : seen.parentPid(), seen == null ? null : seen.name()));
            }
        }
        workers.sort(java.util.Comparator.comparingLong(Worker::pid));
        return workers;
    }

    /** Attaches to {@code pid}, records for the request's duration (or until stopped) and returns the recording. */
    public Recording attach(long pid, Request request) throws IOException, RecordingException {
        Path jfr = work.resolve("recording.jfr");
        try (TargetConnection target = attacher.attach(pid)) {
            if (request.javaMode() != null) return attachWithAsyncProfiler(target, pid, request, jfr);
            MBeanServerConnection mbeans = target.mbeans();
            FlightRecorderMXBean recorder = ManagementFactory.newPlatformMXBeanProxy(mbeans,
                    "jdk.management.jfr:type=FlightRecorder", FlightRecorderMXBean.class);
            long id = recorder.newRecording();
            recorder.setRecordingSettings(id, RecordingSettings.gilspy(request.includeEnvironment()));
            // No destination: the target keeps the data in its own repository and we stream it back.
            recorder.setRecordingOptions(id, Map.of("name", "gilspy-record", "disk", "true"));
            recorder.startRecording(id);
            long events0 = acquisitions(mbeans);
            ProgressBar bar = new ProgressBar(err, progress, request.durationNanos());
            boolean died = false;
            try {
                while (!request.stopRequested().getAsBoolean() && bar.elapsedNanos() < request.durationNanos()) {
                    if (!target.isAlive()) { died = true; break; }
                    long a = acquisitions(mbeans);
                    bar.update("recording pid " + pid, a < 0 || events0 < 0 ? -1 : 2 * (a - events0));
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                bar.clear();
            }
            if (!died) {
                try {
                    recorder.stopRecording(id);
                    streamTo(recorder, id, jfr);
                    recorder.closeRecording(id);
                } catch (IOException | RuntimeException lost) {
                    died = !target.isAlive(); // the connection dropped between the last check and the stop
                    if (!died) throw lost;
                }
            }
            if (died) {
                String ended = "process " + pid + " exited";
                if (!Files.isRegularFile(jfr) || Files.size(jfr) == 0) {
                    throw new RecordingException(ended + " during the recording and nothing reached it");
                }
                return new Recording(jfr, ended, false);
            }
            return new Recording(jfr, null, request.stopRequested().getAsBoolean());
        }
    }

    private Recording attachWithAsyncProfiler(TargetConnection target, long pid, Request request, Path jfr) throws IOException {
        JavaProfiler profiler = javaProfiler(request.javaMode());
        Path jfc = RecordingSettings.writeJfc(RecordingSettings.gilspy(request.includeEnvironment()), work.resolve("gilspy.jfc"));
        loadAgent(target.mbeans(), profiler.library(), profiler.startArguments(jfr, jfc));
        ProgressBar bar = new ProgressBar(err, progress, request.durationNanos());
        try {
            while (!request.stopRequested().getAsBoolean() && bar.elapsedNanos() < request.durationNanos() && target.isAlive()) {
                bar.update("recording pid " + pid + " with async-profiler", -1);
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            bar.clear();
        }
        if (target.isAlive()) {
            loadAgent(target.mbeans(), profiler.library(), profiler.stopArguments(jfr));
            return new Recording(jfr, null, request.stopRequested().getAsBoolean());
        }
        return new Recording(jfr, "process " + pid + " exited", false);
    }

    /** Loads a JVMTI agent into the target through the DiagnosticCommand MBean (jcmd JVMTI.agent_load). */
    private static void loadAgent(MBeanServerConnection mbeans, Path library, String options) throws IOException {
        try {
            Object answer = mbeans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "jvmtiAgentLoad",
                    new Object[] {new String[] {library.toString(), "\"" + options + "\""}}, new String[] {String[].class.getName()});
            String text = answer == null ? "" : answer.toString().strip();
            if (!text.isEmpty() && !text.contains("return code: 0")) {
                throw new IOException("async-profiler in the target answered: " + text.lines().findFirst().orElse(text));
            }
        } catch (JMException e) {
            throw new IOException("cannot load async-profiler into the target: " + e.getMessage(), e);
        }
    }

    private JavaProfiler javaProfiler(String mode) throws IOException {
        JavaProfiler p = JavaProfiler.prepare(mode);
        err.println("gilspy: JVM stacks from " + p.description());
        return p;
    }

    private static void streamTo(FlightRecorderMXBean recorder, long id, Path jfr) throws IOException {
        long stream = recorder.openStream(id, Map.of("blockSize", Integer.toString(1 << 20)));
        try (OutputStream out = Files.newOutputStream(jfr)) {
            byte[] block;
            while ((block = recorder.readStream(stream)) != null) out.write(block);
        } finally {
            recorder.closeStream(stream);
        }
    }

    /** GIL takes so far from the agent's MBean: one hold and about one wait each; -1 when unknown. */
    private static long acquisitions(MBeanServerConnection mbeans) {
        try {
            Object v = mbeans.getAttribute(new ObjectName("dev.gilspy:type=Gil,interpreter=0"), "AcquisitionsTotal");
            return v instanceof Number n ? n.longValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
