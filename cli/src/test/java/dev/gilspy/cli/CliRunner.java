package dev.gilspy.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a gilspy command line in-process and captures what it printed. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        return run(new StringWriter(), args);
    }

    /** As {@link #run(String...)}, with stdout going to {@code out} so a test can watch it while it runs. */
    static CliRunner run(StringWriter out, String... args) {
        CommandLine cmd = args.length > 0 && args[0].equals("run")
                ? GilspyCommand.runCommandLine() : GilspyCommand.commandLine();
        String[] rest = args.length > 0 && args[0].equals("run") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(rest);
        return new CliRunner(code, out.toString(), err.toString());
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
