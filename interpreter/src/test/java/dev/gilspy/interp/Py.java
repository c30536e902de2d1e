package dev.gilspy.interp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: runs a Python program in-process through {@link Main#run} and captures its streams. */
final class Py {
    record Result(int exit, String out, String err) {
        String lastErrLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Py() {}

    static Result run(String source, String... options) {
        try {
            Path file = Files.createTempFile("gilspy-test", ".py");
            try {
                Files.writeString(file, source);
                return runFile(file, options);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result runFile(Path file, String... options) {
        String[] argv = new String[options.length + 1];
        System.arraycopy(options, 0, argv, 0, options.length);
        argv[options.length] = file.toString();
        return runArgs(argv);
    }

    static Result runArgs(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
