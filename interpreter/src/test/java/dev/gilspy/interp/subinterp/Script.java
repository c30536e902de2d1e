package dev.gilspy.interp.subinterp;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Python script in-process through {@link Main#run} and captures its streams. */
record Script(int exit, String out, String err) {
    static Path resource(String name) {
        try {
            return Path.of(Script.class.getResource("/subinterp/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource subinterp/" + name + " is missing", e);
        }
    }

    /** {@code options} go before the script, {@code args} after it. */
    static Script run(Path file, List<String> options, String... args) {
        List<String> argv = new ArrayList<>(options);
        argv.add(file.toString());
        argv.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv.toArray(new String[0]), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Script(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** As {@link #run(Path, List, String...)}, in a child JVM with this test's class path: no state shared with other tests. */
    static Script runInFreshJvm(Path file, List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(options);
        command.add(file.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("gilspy-script", ".out");
        Path err = Files.createTempFile("gilspy-script", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("script " + file + " still running after 120 s in a child JVM");
            }
            return new Script(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Script run(String resourceName, String... options) {
        return run(resource(resourceName), List.of(options));
    }
}
