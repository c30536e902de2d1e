package dev.gilspy.interp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a script with gilspy's {@link Main} in a child JVM: its exit code, stdout and stderr. */
final class ChildJvm {
    private ChildJvm() {}

    record Result(int code, String out, String err) {}

    /**
     * Runs {@code script} (already on disk) with the given JVM options; stderr goes to {@code stderr}
     * ({@code null}: a file in {@code dir}); {@code env} replaces the environment when not null.
     */
    static Result run(Path dir, Path script, File stderr, Map<String, String> env, String... jvmOptions)
            throws IOException, InterruptedException {
        Path out = dir.resolve("child-out.txt");
        Path err = dir.resolve("child-err.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile()).redirectError(stderr == null ? err.toFile() : stderr);
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM still running after 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out),
            stderr == null ? Files.readString(err) : "");
    }

    static Result run(Path dir, String source, String... jvmOptions) throws IOException, InterruptedException {
        Path script = dir.resolve("script.py");
        Files.writeString(script, source);
        return run(dir, script, null, null, jvmOptions);
    }
}
