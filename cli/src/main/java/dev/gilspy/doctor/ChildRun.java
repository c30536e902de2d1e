package dev.gilspy.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one program as a whole child process and measures it: wall time, and the child's CPU time
 * from the shell's {@code times} (a JVM's CPU time is gone once it exits, and the shell that waited
 * for it still knows it). The gilspy child runs under the agent with {@code jfr=FILE}.
 */
public final class ChildRun {

    /** What one run produced. {@code stdout} is empty when the output was inherited. */
    public record Result(int exitCode, long wallNanos, double cpuSeconds, String stdout, boolean timedOut) {
        /** CPU use in cores: CPU seconds per wall second. */
        public double cores() { return wallNanos == 0 || Double.isNaN(cpuSeconds) ? Double.NaN : cpuSeconds / (wallNanos / 1e9); }
    }

    private ChildRun() {}

    /**
     * {@code java -javaagent:gilspy.jar=jfr=JFR -jar gilspy.jar run [runOptions] script args}; without
     * the agent when {@code jfr} is null.
     */
    public static List<String> gilspyCommand(Path jar, Path jfr, List<String> runOptions, List<String> script) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jfr != null) cmd.add("-javaagent:" + jar + "=jfr=" + jfr);
        cmd.addAll(List.of("-jar", jar.toString(), "run"));
        cmd.addAll(runOptions);
        cmd.addAll(script);
        return cmd;
    }

    /**
     * Runs {@code command} and waits at most {@code timeoutNanos} (0: no limit).
     * With {@code capture} the child's stdout is returned, else it goes to ours.
     */
    public static Result run(List<String> command, Map<String, String> env, boolean capture, long timeoutNanos, Path work)
            throws IOException {
        Path times = Files.createTempFile(work, "times-", ".txt");
        Path out = capture ? Files.createTempFile(work, "stdout-", ".txt") : null;
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", "f=$1; shift; \"$@\"; rc=$?; times > \"$f\"; exit $rc", "sh",
                times.toString()));
        wrapped.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(wrapped).redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (capture) pb.redirectOutput(out.toFile());
        else pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        boolean timedOut = false;
        try {
            if (timeoutNanos > 0) {
                if (!p.waitFor(timeoutNanos, TimeUnit.NANOSECONDS)) {
                    timedOut = true;
                    p.descendants().forEach(ProcessHandle::destroy); // SIGTERM: the agent still writes its recording
                    p.destroy();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.descendants().forEach(ProcessHandle::destroyForcibly);
                        p.destroyForcibly();
                        p.waitFor();
                    }
                }
            } else {
                p.waitFor();
            }
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            Thread.currentThread().interrupt();
        }
        long wall = System.nanoTime() - start;
        String stdout = capture ? Files.readString(out, StandardCharsets.UTF_8) : "";
        double cpu = parseTimes(Files.readString(times));
        Files.deleteIfExists(times);
        if (out != null) Files.deleteIfExists(out);
        return new Result(p.isAlive() ? -1 : p.exitValue(), wall, cpu, stdout, timedOut);
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
