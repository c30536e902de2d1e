package dev.gilspy.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One program run as a child process: the way {@link Recorder} launches a script under the agent,
 * and the way {@code compare} runs each mode and CPython.
 *
 * <p>The child runs under a small {@code sh} wrapper that does three things Java cannot:
 * <ul>
 *   <li>it measures the child's CPU time with {@code times} (a JVM's CPU time is gone once it exits,
 *       and the shell that waited for it still knows it);</li>
 *   <li>it ties the child to this gilspy process: when gilspy dies, even by {@code kill -9}, the
 *       watchdog sends the child SIGTERM (so its agent still writes what it recorded) and removes
 *       the work folder; no orphan keeps running under PID 1;</li>
 *   <li>it writes the child's PID, so that {@code demo} can attach to the script's JVM itself.</li>
 * </ul>
 * The child runs in the background of a non-interactive shell, so Ctrl-C reaches gilspy, which
 * stops the child with SIGTERM; the script sees SIGTERM, not KeyboardInterrupt.
 */
public final class ScriptRun {

    /** What one run produced. {@code stdout} is empty unless it was captured. */
    public record Result(int exitCode, long wallNanos, double cpuSeconds, String stdout, boolean timedOut) {
        /** CPU use in cores: CPU seconds per wall second. */
        public double cores() { return wallNanos == 0 || Double.isNaN(cpuSeconds) ? Double.NaN : cpuSeconds / (wallNanos / 1e9); }
    }

    /** Where the child's output goes. */
    public sealed interface Streams {
        /** Both go to ours, unchanged (the child writes to our terminal directly). */
        static Streams inherit() { return new Inherit(); }
        /** stdout is kept and returned in {@link Result#stdout()}; stderr goes to ours. */
        static Streams capture() { return new Capture(); }
        /** Copied to these streams, above the progress line of {@code bar} (which may be null). */
        static Streams copyTo(PrintStream out, PrintStream err, ProgressBar bar) { return new CopyTo(out, err, bar); }
        /** Into these files. */
        static Streams files(Path out, Path err) { return new Files2(out, err); }
    }

    private record Inherit() implements Streams {}
    private record Capture() implements Streams {}
    private record CopyTo(PrintStream out, PrintStream err, ProgressBar bar) implements Streams {}
    private record Files2(Path out, Path err) implements Streams {}

    // $1 gilspy's PID, $2 the times file, $3 the child's PID file, $4 the work folder; then the command.
    private static final String WRAPPER = String.join("\n",
            "p=$1; f=$2; pf=$3; w=$4; shift 4",
            "\"$@\" &",
            "c=$!",
            "echo $c > \"$pf\"",
            "trap 'kill -TERM $c 2>/dev/null' TERM INT HUP",
            "( while kill -0 \"$p\" 2>/dev/null; do sleep 1; done",
            "  kill -TERM \"$c\" 2>/dev/null",
            "  while kill -0 \"$c\" 2>/dev/null; do sleep 1; done",
            "  rm -rf \"$w\" ) </dev/null >/dev/null 2>&1 &",
            "d=$!",
            "wait $c; rc=$?",
            "while kill -0 $c 2>/dev/null; do wait $c; rc=$?; done",
            "kill $d 2>/dev/null",
            "times > \"$f\"",
            "exit $rc");

    private final Process process;
    private final Path times;
    private final Path pidFile;
    private final Path captured;
    private final long startNanos;
    private final List<Thread> copiers = new ArrayList<>();
    private boolean timedOut;

    private ScriptRun(Process process, Path times, Path pidFile, Path captured, long startNanos) {
        this.process = process;
        this.times = times;
        this.pidFile = pidFile;
        this.captured = captured;
        this.startNanos = startNanos;
    }

    /** Starts {@code command} under the wrapper; {@code work} is a private folder of this run that it may delete. */
    public static ScriptRun start(List<String> command, Map<String, String> env, Path work, Streams streams) throws IOException {
        Path times = Files.createTempFile(work, "times-", ".txt");
        Path pidFile = work.resolve("child-" + System.nanoTime() + ".pid");
        Path captured = streams instanceof Capture ? Files.createTempFile(work, "stdout-", ".txt") : null;
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", WRAPPER, "sh",
                Long.toString(ProcessHandle.current().pid()), times.toString(), pidFile.toString(), work.toString()));
        wrapped.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(wrapped).redirectInput(ProcessBuilder.Redirect.INHERIT);
        if (streams instanceof Inherit) {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        } else if (streams instanceof Capture) {
            pb.redirectOutput(captured.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        } else if (streams instanceof Files2 f) {
            pb.redirectOutput(f.out().toFile()).redirectError(f.err().toFile());
        } // CopyTo: pipes, copied below
        pb.environment().putAll(env);
        ScriptRun run = new ScriptRun(pb.start(), times, pidFile, captured, System.nanoTime());
        if (streams instanceof CopyTo c) {
            run.copy(run.process.getInputStream(), c.out(), c.bar(), "stdout");
            run.copy(run.process.getErrorStream(), c.err(), c.bar(), "stderr");
        }
        return run;
    }

    private void copy(InputStream from, PrintStream to, ProgressBar bar, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    if (bar != null) bar.above(to, buf, n);
                    else { to.write(buf, 0, n); to.flush(); }
                }
            } catch (IOException e) {
                // the child is gone; what it wrote has been copied
            }
        }, "gilspy-child-" + name);
        t.setDaemon(true);
        t.start();
        copiers.add(t);
    }

    /** The script's own process (the wrapper's child), once it has started. */
    public Optional<ProcessHandle> child() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                String text = Files.exists(pidFile) ? Files.readString(pidFile).strip() : "";
                if (!text.isEmpty()) return ProcessHandle.of(Long.parseLong(text));
                Thread.sleep(10);
            } catch (IOException | NumberFormatException e) {
                // written but not flushed yet: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    public boolean isAlive() { return process.isAlive(); }

    public long elapsedNanos() { return System.nanoTime() - startNanos; }

    /** Waits up to {@code nanos} for the child to exit; true when it has. */
    public boolean waitFor(long nanos) throws InterruptedException {
        return process.waitFor(nanos, TimeUnit.NANOSECONDS);
    }

    /** SIGTERM (the agent still writes its recording), then SIGKILL after 30 s. */
    public void stop() {
        if (!process.isAlive()) return;
        process.destroy(); // the wrapper passes SIGTERM on to the child and waits for it
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Runs to the end, stopping the child after {@code timeoutNanos} (0: no limit), and returns what it did. */
    public Result finish(long timeoutNanos) throws IOException {
        try {
            if (timeoutNanos > 0) {
                long left = timeoutNanos - elapsedNanos();
                if (!process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    timedOut = true;
                    stop();
                }
            } else {
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
        return result();
    }

    /** What the run did; call once the child has exited. */
    public Result result() throws IOException {
        long wall = elapsedNanos();
        for (Thread t : copiers) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String stdout = captured == null ? "" : readAndDelete(captured);
        double cpu = parseTimes(Files.exists(times) ? readAndDelete(times) : "");
        Files.deleteIfExists(pidFile);
        return new Result(process.isAlive() ? -1 : process.exitValue(), wall, cpu, stdout, timedOut);
    }

    /** Marks the run as stopped for its time limit (when the caller enforced the limit itself). */
    public void markTimedOut() { timedOut = true; }

    private static String readAndDelete(Path p) throws IOException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (UncheckedIOException | java.nio.charset.MalformedInputException e) {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } finally {
            Files.deleteIfExists(p);
        }
    }

    /**
     * The command that runs {@code script} under gilspy with these JVM options ({@code -javaagent},
     * JFR's): the {@code gilspy} launcher beside the jar when there is one, as {@code gilspy run}
     * does, else {@code java [options] -jar gilspy.jar run [runOptions] script args}.
     *
     * <p>Through the launcher the script's JVM gets what {@code gilspy run} gets: its class-data
     * archive (when a {@code run} made one: no training here, which would take seconds of a
     * recording's or a comparison's time), its GC and JIT flags, and {@code -javaagent:gilspy.jar}
     * started as the jar's Launcher-Agent-Class, which keeps JDK 17's archived module graph. A
     * {@code record} of hello.py under JFR took 1.40 s of CPU in its script's JVM this way before,
     * 0.91 s through the launcher (7 interleaved runs, load 23). The options reach the launcher in
     * {@code GILSPY_JAVA_OPTS}, split at blanks, so options with blanks in them (a work folder
     * with a space) keep the direct command; so do paths with {@code =}, which {@code env} would
     * take for a variable. The java binary stays this JVM's ({@code GILSPY_JAVA}).
     */
    public static List<String> gilspyCommand(Path jar, List<String> recordingOptions, List<String> runOptions, List<String> script) {
        List<String> cmd = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = launcherBeside(jar);
        if (launcher != null && recordingOptions.stream().noneMatch(ScriptRun::hasBlank)
                && !hasBlank(java) && !launcher.toString().contains("=")) {
            cmd.addAll(List.of("env", "GILSPY_JAVA_OPTS=" + String.join(" ", recordingOptions), "GILSPY_JAVA=" + java,
                    "GILSPY_NO_CDS_TRAINING=1", launcher.toString(), "run"));
        } else {
            cmd.add(java);
            cmd.addAll(recordingOptions);
            cmd.addAll(List.of("-jar", jar.toString(), "run"));
        }
        cmd.addAll(runOptions);
        cmd.addAll(script);
        return cmd;
    }

    /** The {@code gilspy} launcher whose {@code cli/target/gilspy.jar} is {@code jar}, or null. */
    static Path launcherBeside(Path jar) {
        try {
            Path target = jar.toAbsolutePath().getParent();
            Path cli = target == null ? null : target.getParent();
            Path root = cli == null ? null : cli.getParent();
            if (root == null) {
                return null;
            }
            Path launcher = root.resolve("gilspy");
            Path itsJar = root.resolve("cli").resolve("target").resolve("gilspy.jar");
            if (Files.isRegularFile(launcher) && Files.isExecutable(launcher) && Files.isRegularFile(itsJar)
                    && Files.isSameFile(itsJar, jar)) {
                return launcher;
            }
        } catch (IOException | RuntimeException e) {
            // no launcher we can vouch for: the direct command
        }
        return null;
    }

    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TIME = Pattern.compile("(\\d+)m([\\d.]+)s");

    /** The second line of {@code times}: the children's user and system time. NaN when absent. */
    static double parseTimes(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length < 2) return Double.NaN;
        Matcher m = TIME.matcher(lines[1]);
        double total = 0;
        int found = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            found++;
        }
        return found == 0 ? Double.NaN : total;
    }
}
