package dev.gilspy.agent.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a workload main in a child JVM: the interpreter and the test workloads on the class path,
 * the agent only as {@code -javaagent} (or attached later), never on the class path itself.
 */
final class ChildJvm {
    private ChildJvm() {}

    static Path agentJar() {
        String jar = System.getProperty("gilspy.agent.jar");
        if (jar == null) {
            throw new IllegalStateException("gilspy.agent.jar is not set: run the ITs through failsafe (mvn verify)");
        }
        return Path.of(jar);
    }

    static String classpath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("test-classes") || e.contains("interpreter"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static List<String> command(List<String> jvmArgs, String main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add("dev.gilspy.agent.it.workload." + main);
        cmd.addAll(List.of(args));
        return cmd;
    }

    static String agentArg(String options) {
        return "-javaagent:" + agentJar() + (options.isEmpty() ? "" : "=" + options);
    }

    static Result run(List<String> jvmArgs, String main, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("gilspy-it", ".out");
        Path err = Files.createTempFile("gilspy-it", ".err");
        try {
            Process p = new ProcessBuilder(command(jvmArgs, main, args))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("child JVM timed out: " + main);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    record Result(int exit, String stdout, String stderr) {
        Map<String, Double> values() {
            return parse(stdout);
        }

        @Override
        public String toString() {
            return "exit=" + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    static Map<String, Double> parse(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    values.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        return values;
    }

    static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
