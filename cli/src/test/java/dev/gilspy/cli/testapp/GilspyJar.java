package dev.gilspy.cli.testapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shaded {@code gilspy.jar} as a user would: {@code java -jar gilspy.jar ARGS}. For *IT tests. */
public final class GilspyJar {
    private GilspyJar() {}

    public record Result(int exitCode, String out, String err) {}

    public static Path path() {
        Path jar = Path.of(System.getProperty("gilspy.jar", "target/gilspy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `mvn package`");
        }
        return jar;
    }

    public static Result run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        return run(timeoutSeconds, List.of(), args);
    }

    /** As {@link #run(long, String...)}, with JVM options for gilspy's own JVM (e.g. another temp folder). */
    public static Result run(long timeoutSeconds, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.defaultJava()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", path().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("gilspy-out", ".txt");
        Path err = Files.createTempFile("gilspy-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("gilspy " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
