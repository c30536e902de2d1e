package dev.gilspy.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a sample in a child JVM under the real agent ({@code -javaagent:../cli/target/gilspy.jar=jfr=FILE}),
 * watching its sockets while it runs, and hands back its output and the agent's recording.
 */
final class Child {
    static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    static final Path JAR = MODULE.resolveSibling("cli").resolve("target/gilspy.jar");
    static final Path PYTHON = MODULE.resolve("python");
    static final Path CLASSES = MODULE.resolve("target/classes");

    /** What the child did: exit code, output, the agent's recording and the sockets it used. */
    record Result(int exit, String stdout, String stderr, Recording recording, LoopbackWatch sockets) {
        /** The first group of {@code regex} in stdout, as a double. */
        double number(String regex) {
            return Double.parseDouble(text(regex).replace(",", ""));
        }

        /** The first group of {@code regex} in stdout. */
        String text(String regex) {
            Matcher m = Pattern.compile(regex).matcher(stdout);
            if (!m.find()) {
                fail("no match for /" + regex + "/ in output:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return m.group(1);
        }

        Result ok() {
            assertTrue(exit == 0, "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            return this;
        }
    }

    private Child() {}

    /** {@code gilspy run SCRIPT ARGS} (a program of sample-apps/python) in a child JVM under the agent. */
    static Result python(Path tmp, String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("-jar", JAR.toString(), "run", PYTHON.resolve(script).toString()));
        cmd.addAll(List.of(args));
        return java(tmp, cmd);
    }

    /** A Java sample's main in a child JVM under the agent. */
    static Result main(Path tmp, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of("-cp", JAR + java.io.File.pathSeparator + CLASSES, mainClass));
        cmd.addAll(List.of(args));
        return java(tmp, cmd);
    }

    private static Result java(Path tmp, List<String> rest) {
        if (!Files.isRegularFile(JAR)) {
            fail("missing " + JAR + ": build the cli module first (mvn -q -B -o -Dmaven.test.skip=true package)");
        }
        Path jfr = tmp.resolve("child-" + System.nanoTime() + ".jfr");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss16m");
        cmd.add("-javaagent:" + JAR + "=jfr=" + jfr);
        cmd.addAll(rest);
        try {
            Process p = new ProcessBuilder(cmd).start();
            Drain outDrain = drain(p.getInputStream());
            Drain errDrain = drain(p.getErrorStream());
            ByteArrayOutputStream out = outDrain.buf();
            ByteArrayOutputStream err = errDrain.buf();
            LoopbackWatch sockets = new LoopbackWatch(p.pid());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                sockets.poll();
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    fail("child did not finish in 90 s: " + String.join(" ", cmd) + "\n" + out);
                }
            }
            int exit = p.exitValue();
            // the drainers read to the end of both pipes; a fixed 50 ms nap did not wait for a drainer
            // that a loaded machine had not yet scheduled (bounded: a grandchild could keep a pipe open)
            outDrain.thread().join(30_000);
            errDrain.thread().join(30_000);
            String stdout;
            String stderr;
            synchronized (out) {
                stdout = out.toString(StandardCharsets.UTF_8);
            }
            synchronized (err) {
                stderr = err.toString(StandardCharsets.UTF_8);
            }
            Recording rec = Files.isRegularFile(jfr) && Files.size(jfr) > 0 ? Recording.read(jfr) : null;
            return new Result(exit, stdout, stderr, rec, sockets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A daemon thread that copies a stream into {@code buf} to its end. */
    private record Drain(Thread thread, ByteArrayOutputStream buf) {}

    private static Drain drain(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            byte[] b = new byte[8192];
            try {
                for (int n; (n = in.read(b)) > 0; ) {
                    synchronized (buf) {
                        buf.write(b, 0, n);
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "drain");
        t.setDaemon(true);
        t.start();
        return new Drain(t, buf);
    }
}
