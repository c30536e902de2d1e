package dev.gilspy.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.gilspy.cli.CliException;
import dev.gilspy.cli.ReportCommand;
import picocli.CommandLine;

/** Runs a command as the CLI does: CliException to its exit code and one line on stderr, bad options exit 2. */
final class Commands {
    private Commands() {}

    record Result(int exit, String out, String err) {}

    static Result report(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new ReportCommand(o, e));
        cl.setOut(new java.io.PrintWriter(o, true));
        cl.setErr(new java.io.PrintWriter(e, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof CliException c) {
                e.println("gilspy: " + c.getMessage());
                return c.exitCode();
            }
            throw ex;
        });
        int exit = cl.execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
