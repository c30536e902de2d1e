package dev.gilspy.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import dev.gilspy.cli.attach.TargetConnection;
import dev.gilspy.report.FlameOptions;
import dev.gilspy.report.GilRecording;
import dev.gilspy.report.JavaProfiler;
import dev.gilspy.report.Outputs;
import dev.gilspy.report.ProgressBar;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;
import jdk.management.jfr.FlightRecorderMXBean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gilspy record}: record a profile and convert it.
 * <ul>
 *   <li>{@code record -o out.svg [-d 30s] -- script.py [args]} launches the script in a child JVM
 *       with gilspy's agent, which writes a JFR recording at exit;</li>
 *   <li>{@code record -p PID -d 30s -o out.svg} attaches (loading the agent if needed) and records
 *       the gilspy events with the target's {@link FlightRecorderMXBean}, streamed back over JMX.</li>
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
                "Then: gilspy report app.jfr  (per-thread wait, top functions, blame).",
                "Exit codes: 0 ok, 1 the target or input failed, 2 bad usage, 130 stopped by Ctrl-C."})
public final class RecordCommand implements Callable<Integer> {

    /** Attaches to a running JVM; the CLI wires the real one (see {@link TargetConnection}). */
    @FunctionalInterface
    public interface Attacher {
        TargetConnection attach(long pid);
    }

    @Option(names = {"-p", "--pid"}, paramLabel = "PID", description = "Attach to this running JVM")
    Long pid;

    @Option(names = {"-d", "--duration"}, paramLabel = "TIME",
            description = "How long to record: 30s, 500ms, 2m (default: until the script ends; 30s with -p)")
    String duration;

    @Option(names = "--java", paramLabel = "cpu|wall|lock",
            description = "Also record JVM stacks with async-profiler, merged into the recording (jfrsync)")
    String javaMode;

    @Option(names = "--keep-jfr", paramLabel = "FILE", description = "Also keep the raw recording here")
    Path keepJfr;

    @Parameters(paramLabel = "SCRIPT [ARGS]", arity = "0..*", description = "The script to launch and its arguments (after --)")
    List<String> script = new ArrayList<>();

    @Mixin
    FlameOptions flame = new FlameOptions();

    @Mixin
    CommonOptions common;

    private final Attacher attacher;
    private final PrintStream err;
    private volatile boolean stopRequested;
    /** Set when the target ended on its own during the recording: said once we know what was kept. */
    private String targetEnded;
    private final CountDownLatch finished = new CountDownLatch(1);

    public RecordCommand() {
        this(pid -> dev.gilspy.cli.attach.AttachedTarget.attach(pid, true), System.err);
    }

    public RecordCommand(Attacher attacher, PrintStream err) {
        this.attacher = attacher;
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
        if (pid == null && !Files.isRegularFile(Path.of(script.get(0)))) {
            throw CliException.failure(script.get(0) + ": no such file");
        }
        long nanos = duration == null ? (pid == null ? 0 : TimeUnit.SECONDS.toNanos(30)) : parseDuration(duration);
        Path out = flame.output != null ? flame.output : Path.of("gilspy-" + flame.mode + "." + flame.parsedFormat().extension());
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
        Path work = null;
        String label = pid == null ? Path.of(script.get(0)).getFileName().toString() : "PID " + pid;
        try {
            work = Files.createTempDirectory("gilspy-record-");
            Path jfr = pid == null ? launch(work, nanos) : attach(work, nanos);
            if (keepJfr != null && Files.isRegularFile(jfr)) {
                Files.copy(jfr, keepJfr, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            GilRecording recording;
            try {
                recording = RecordingReader.standard().read(jfr);
            } catch (RecordingException e) {
                if (targetEnded == null) throw e;
                throw CliException.failure(targetEnded + " during the recording and no gilspy events reached it");
            }
            if (targetEnded != null) err.println("gilspy: " + targetEnded + " during the recording; kept what reached it");
            else if (stopRequested) err.println("gilspy: stopped early; kept what was recorded");
            err.println(Outputs.write(recording, flame, out, label));
            return stopRequested ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        } catch (RecordingException e) {
            // The recording lives in a temporary directory the user never saw: name what they ran instead.
            String message = work == null ? e.getMessage() : e.getMessage().replace(work.resolve("recording.jfr").toString(), label);
            throw new CliException(ExitCodes.FAILURE, message, e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "record failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and returns now that we are done.
            }
        }
    }

    /** Runs the script in a child JVM with the agent; the agent writes the recording when the child exits. */
    private Path launch(Path work, long nanos) throws IOException {
        Path jar = gilspyJar();
        Path jfr = work.resolve("recording.jfr");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (javaMode != null) {
            JavaProfiler profiler = javaProfiler();
            cmd.add("-javaagent:" + jar);
            cmd.add(profiler.agentPathOption(jfr, JavaProfiler.writeGilspyJfc(work)));
        } else {
            cmd.add("-javaagent:" + jar + "=jfr=" + jfr);
        }
        cmd.addAll(List.of("-jar", jar.toString(), "run"));
        cmd.addAll(script);
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        ProgressBar bar = new ProgressBar(err, System.console() != null, nanos);
        boolean stoppedByUs = false;
        try {
            while (!child.waitFor(200, TimeUnit.MILLISECONDS)) {
                bar.update("recording " + script.get(0), -1);
                if (stopRequested || (nanos > 0 && bar.elapsedNanos() >= nanos)) {
                    stoppedByUs = true;
                    child.destroy(); // SIGTERM: the child's shutdown hooks write the recording
                    if (!child.waitFor(30, TimeUnit.SECONDS)) child.destroyForcibly();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
        } finally {
            bar.clear();
        }
        int code = child.exitValue();
        boolean written = Files.isRegularFile(jfr) && Files.size(jfr) > 0;
        if (!written) {
            throw CliException.failure(script.get(0) + " exited with code " + code
                    + " before the agent wrote any recording" + (code == 137 ? " (killed)" : ""));
        }
        if (!stoppedByUs && !stopRequested && code != 0) targetEnded = script.get(0) + " exited with code " + code;
        return jfr;
    }

    /** Records with the target's FlightRecorderMXBean and streams the bytes back over JMX. */
    private Path attach(Path work, long nanos) throws IOException {
        Path jfr = work.resolve("recording.jfr");
        try (TargetConnection target = attacher.attach(pid)) {
            MBeanServerConnection mbeans = target.mbeans();
            if (javaMode != null) return attachWithAsyncProfiler(target, work, nanos);
            FlightRecorderMXBean recorder = ManagementFactory.newPlatformMXBeanProxy(mbeans,
                    "jdk.management.jfr:type=FlightRecorder", FlightRecorderMXBean.class);
            long id = recorder.newRecording();
            recorder.setRecordingSettings(id, gilspySettings());
            // If the target exits while we record, its own at-exit dump still leaves the data here.
            recorder.setRecordingOptions(id, Map.of("name", "gilspy-record", "destination", jfr.toString(), "dumpOnExit", "true"));
            recorder.startRecording(id);
            long events0 = acquisitions(mbeans);
            ProgressBar bar = new ProgressBar(err, System.console() != null, nanos);
            boolean died = false;
            try {
                while (!stopRequested && bar.elapsedNanos() < nanos) {
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
                } catch (RuntimeException lost) {
                    died = true; // the connection dropped between the last check and the stop
                }
            }
            if (died) {
                closeQuietly(recorder, id);
                targetEnded = "process " + pid + " exited";
                if (!Files.isRegularFile(jfr) || Files.size(jfr) == 0) {
                    throw CliException.failure(targetEnded + " during the recording and nothing reached it");
                }
            }
            return jfr;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp file left behind is not worth failing a recording for
        }
    }

    private static void closeQuietly(FlightRecorderMXBean recorder, long id) {
        try {
            recorder.closeRecording(id);
        } catch (IOException | RuntimeException gone) {
            // the target is gone, and its recording with it
        }
    }

    private Path attachWithAsyncProfiler(TargetConnection target, Path work, long nanos) throws IOException {
        JavaProfiler profiler = javaProfiler();
        Path jfr = work.resolve("recording.jfr");
        Path jfc = JavaProfiler.writeGilspyJfc(work);
        loadAgent(target.mbeans(), profiler.library(), profiler.startArguments(jfr, jfc));
        ProgressBar bar = new ProgressBar(err, System.console() != null, nanos);
        try {
            while (!stopRequested && bar.elapsedNanos() < nanos && target.isAlive()) {
                bar.update("recording pid " + pid + " with async-profiler", -1);
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            bar.clear();
        }
        if (target.isAlive()) loadAgent(target.mbeans(), profiler.library(), profiler.stopArguments(jfr));
        else targetEnded = "process " + pid + " exited";
        return jfr;
    }

    /** Loads a JVMTI agent into the target through the DiagnosticCommand MBean (jcmd JVMTI.agent_load). */
    private static void loadAgent(MBeanServerConnection mbeans, Path library, String options) throws IOException {
        try {
            Object answer = mbeans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "jvmtiAgentLoad",
                    new Object[] {new String[] {library.toString(), quoted(options)}}, new String[] {String[].class.getName()});
            String text = answer == null ? "" : answer.toString().strip();
            if (!text.isEmpty() && !text.contains("return code: 0")) {
                throw new IOException("async-profiler in the target answered: " + text.lines().findFirst().orElse(text));
            }
        } catch (javax.management.JMException e) {
            throw new IOException("cannot load async-profiler into the target: " + e.getMessage(), e);
        }
    }

    /** The diagnostic command parser would read {@code event=cpu} as its own option: quote the whole string. */
    private static String quoted(String options) { return "\"" + options + "\""; }

    private JavaProfiler javaProfiler() throws IOException {
        try {
            JavaProfiler p = JavaProfiler.prepare(javaMode);
            err.println("gilspy: JVM stacks from " + p.description());
            return p;
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
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

    static Map<String, String> gilspySettings() {
        Map<String, String> s = new HashMap<>();
        for (String e : List.of(RecordingReader.GIL_WAIT, RecordingReader.GIL_HOLD, RecordingReader.GIL_SAMPLE,
                RecordingReader.GIL_DROP_REQUEST)) {
            s.put(e + "#enabled", "true");
            s.put(e + "#threshold", "0 ms");
        }
        s.put("gilspy.GilStats#enabled", "true");
        s.put("gilspy.GilStats#period", "1 s");
        return s;
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

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, or plain seconds. */
    static long parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw CliException.usage("bad duration '" + text + "' (examples: 30s, 500ms, 2m)");
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double nanos = switch (unit) {
            case "ms" -> v * 1e6;
            case "m" -> v * 60e9;
            case "h" -> v * 3600e9;
            default -> v * 1e9;
        };
        if (nanos <= 0) throw CliException.usage("the duration must be positive: '" + text + "'");
        return (long) nanos;
    }

    /** gilspy.jar: the jar this class runs from, or {@code -Dgilspy.jar=...} (tests run from classes). */
    static Path gilspyJar() {
        String prop = System.getProperty("gilspy.jar");
        if (prop != null) return Path.of(prop);
        try {
            Path self = Path.of(RecordCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) return self;
        } catch (Exception ignored) {
            // fall through to the message below
        }
        throw CliException.failure("record needs gilspy.jar to launch the script: run from the jar "
                + "(mvn -pl cli -am package) or set -Dgilspy.jar=PATH");
    }

}
