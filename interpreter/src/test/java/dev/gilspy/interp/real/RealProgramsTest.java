package dev.gilspy.interp.real;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gilspy.interp.Main;
import dev.gilspy.interp.golden.LineDiff;
import dev.gilspy.interp.golden.LoadScaledTimeout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real programs nobody here wrote (CPython's own Tools/, from Debian's python3.11-examples), run
 * unchanged: each must give the stdout and exit code that python3 (CPython 3.11) gives in the same
 * run, or, for a known gap, must still differ (a ratchet: when one starts passing, the manifest
 * {@code realprograms/programs.txt} is to be updated, so the count only goes up).
 * <p>
 * {@code -Drealprograms.examples=DIR} points at another copy of the examples folder.
 */
class RealProgramsTest {
    static final Path DEFAULT_EXAMPLES = Path.of("/usr/share/doc/python3.11/examples");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        Path examples = Path.of(System.getProperty("realprograms.examples", DEFAULT_EXAMPLES.toString()));
        Assumptions.assumeTrue(Files.isDirectory(examples.resolve("demo")),
                "CPython's Tools/ not found at " + examples + " (Debian: apt-get install python3.11-examples)");
        String version = cpythonVersion();
        Assumptions.assumeTrue(version.startsWith("3.11"), "python3 is " + version + ", the expectations need CPython 3.11");
        List<String> lines;
        try (InputStream in = RealProgramsTest.class.getResourceAsStream("/realprograms/programs.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<RealProgram> programs = RealProgram.parse(lines, examples);
        assertFalse(programs.isEmpty(), "realprograms/programs.txt lists no program");
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> check(p)));
    }

    private static void check(RealProgram p) throws Exception {
        Result expected = cpython(p);
        // a hang catcher, load-scaled as the golden programs' limits are: 120 s of a core's time
        Result actual;
        try {
            actual = LoadScaledTimeout.call(TIMEOUT, () -> gilspy(p));
        } catch (LoadScaledTimeout.Expired e) {
            throw new AssertionError(p.name() + ": " + e.getMessage() + " on gilspy", e);
        }
        String want = p.masked(expected.stdout);
        String got = p.masked(actual.stdout);
        boolean same = want.equals(got) && expected.exit == actual.exit;
        if (same && !p.expectedToPass()) {
            fail(p.name() + " now gives CPython's result (listed as 'fail: " + p.knownGap()
                    + "'): mark it pass in realprograms/programs.txt");
        }
        if (!same && p.expectedToPass()) {
            fail(p.name() + " differs from CPython: exit " + expected.exit + " vs " + actual.exit + "\n"
                    + LineDiff.unified(want, got) + "\nstderr tail:\n" + tail(actual.stderr, 12));
        }
    }

    record Result(String stdout, String stderr, int exit) {}

    private static Result gilspy(RealProgram p) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(p.script());
        argv.addAll(p.args());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(argv.toArray(String[]::new), new ByteArrayInputStream(p.stdin()), o, e);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }

    private static Result cpython(RealProgram p) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", p.script()));
        cmd.addAll(p.args());
        Path cwd = Files.createTempDirectory("gilspy-real-");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.redirectInput(p.stdinFile() == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
                : ProcessBuilder.Redirect.from(Path.of(p.stdinFile()).toFile()));
        Path err = cwd.resolve(".stderr");
        pb.redirectError(err.toFile());
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        if (!proc.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            fail(p.name() + ": CPython itself did not finish in " + TIMEOUT.toSeconds() + " s");
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        Files.delete(cwd);
        return new Result(new String(out, StandardCharsets.UTF_8), stderr, proc.exitValue());
    }

    private static String cpythonVersion() throws Exception {
        Process proc = new ProcessBuilder("python3", "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])")
                .redirectErrorStream(true).start();
        String v = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        proc.waitFor();
        return v;
    }

    private static String tail(String text, int n) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
