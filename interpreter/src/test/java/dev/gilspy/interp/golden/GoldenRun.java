package dev.gilspy.interp.golden;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What one in-process run of {@link Main#run} produced for a golden program. */
record GoldenRun(String stdout, String stderr, int exit) {

    /**
     * Runs the program as {@code python3 /abs/path/X.py ARGS < X.stdin} would: the script path is
     * absolute, so nothing depends on the JVM's working directory.
     */
    static GoldenRun of(GoldenProgram program) {
        List<String> argv = new ArrayList<>();
        argv.add(program.script().toAbsolutePath().toString());
        argv.addAll(program.args());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(argv.toArray(String[]::new), new ByteArrayInputStream(program.stdin()), o, e);
        }
        return new GoldenRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }

    String stderrLast() {
        List<String> lines = stderrLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** The last {@code n} non-empty stderr lines: the traceback's tail, for failure messages. */
    String stderrTail(int n) {
        List<String> lines = stderrLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private List<String> stderrLines() {
        return stderr.lines().filter(l -> !l.isBlank()).toList();
    }
}
