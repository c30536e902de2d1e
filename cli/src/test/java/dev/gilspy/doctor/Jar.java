package dev.gilspy.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code java -jar gilspy.jar ARGS} as a user would, for the doctor's *IT tests. */
final class Jar {
    private Jar() {}

    record Result(int exitCode, String out, String err) {}

    static Path path() {
        Path jar = Path.of(System.getProperty("gilspy.jar", "target/gilspy.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " is missing: integration tests run after `mvn package`");
        return jar;
    }

    /** A sample app: {@code sample-apps/python/NAME} beside the cli module. */
    static String sample(String name) {
        for (Path p : List.of(Path.of("../sample-apps/python", name), Path.of("sample-apps/python", name))) {
            if (Files.isRegularFile(p)) return p.toAbsolutePath().normalize().toString();
        }
        throw new IllegalStateException("sample app " + name + " not found");
    }

    static Result run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", path().toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("doctor-out", ".txt");
        Path err = Files.createTempFile("doctor-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("gilspy " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
