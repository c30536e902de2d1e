package dev.gilspy.sample.graalpy.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Starts a main of this module, GraalPy on its class path, in a child JVM (the agent only as {@code -javaagent}). */
final class GraalPyChild {
    /** GraalPy starts slowly in interpreter-only mode on a busy 2-core machine. */
    static final long TIMEOUT_SECONDS = 240;

    private GraalPyChild() {}

    static Path agentJar() {
        String jar = System.getProperty("gilspy.agent.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("gilspy.agent.jar is not set or missing (" + jar
                    + "): run through failsafe with -am so the agent module builds it");
        }
        return Path.of(jar);
    }

    static String agentArg(String options) {
        return "-javaagent:" + agentJar() + (options.isEmpty() ? "" : "=" + options);
    }

    /** This module's classes and GraalPy, never the agent's unshaded classes. */
    static String classpath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains(File.separator + "agent" + File.separator + "target")
                        && !e.contains("gilspy-agent") && !e.contains("gilspy-interpreter")
                        && !e.contains(File.separator + "interpreter" + File.separator + "target"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static List<String> quietJdkFlags() {
        List<String> flags = new ArrayList<>();
        flags.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
        if (Runtime.version().feature() >= 22) {
            flags.add("--enable-native-access=ALL-UNNAMED");
        }
        if (Runtime.version().feature() >= 24) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }

    static Result run(List<String> jvmArgs, String classpath, String main, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx768m");
        cmd.addAll(quietJdkFlags());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(main);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("gilspy-graalpy", ".out");
        Path err = Files.createTempFile("gilspy-graalpy", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("child JVM timed out: " + cmd + "\n" + Files.readString(out) + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    record Result(int exit, String stdout, String stderr, double seconds) {
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.indexOf(' ') < 0 || eq > 0 && line.indexOf(' ') > eq) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return values;
        }

        double number(String key) {
            String v = values().get(key);
            if (v == null) {
                throw new AssertionError("no " + key + " in the child's output:\n" + this);
            }
            return Double.parseDouble(v);
        }

        /** The agent's own lines on stderr. */
        List<String> agentLines() {
            return stderr.lines().filter(l -> l.startsWith("gilspy-agent:")).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "exit=" + exit + " (" + Math.round(seconds) + " s)\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
