package dev.gilspy.cli;

import dev.gilspy.attach.AttachException;
import dev.gilspy.report.RecordingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * The one place where failures become exit codes (see {@link ExitCodes}): bad usage prints one line
 * and a pointer to {@code --help} (2); a {@link CliException} prints its message and returns its code;
 * an {@link AttachException} or {@link RecordingException} (the target or the input failed) prints
 * its message (1); anything else is an internal error (1). Stack traces only with {@code --verbose}.
 */
public final class ExitCodeMapper implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Installs the mapper on {@code cmd} and, through picocli's inheritance, on its subcommands. */
    public static CommandLine install(CommandLine cmd) {
        ExitCodeMapper mapper = new ExitCodeMapper();
        cmd.setParameterExceptionHandler(mapper);
        cmd.setExecutionExceptionHandler(mapper);
        return cmd;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        err.println(name + ": " + plain(unknownCommand(ex).orElse(firstLine(ex.getMessage()))));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        boolean verbose = verbose(parseResult);
        int code;
        if (ex instanceof AttachException || ex instanceof RecordingException) {
            // the domain's own failures: the target or the input, said in one line
            err.println(name + ": " + firstLine(ex.getMessage()));
            code = ExitCodes.FAILURE;
            if (verbose) ex.printStackTrace(err);
        } else if (ex instanceof CliException ce) {
            err.println(name + ": " + firstLine(ce.getMessage()));
            code = ce.exitCode();
            if (code == ExitCodes.USAGE) {
                err.println("Try '" + name + " --help' for more information.");
            }
            if (verbose && ce.getCause() != null) {
                ce.getCause().printStackTrace(err);
            }
        } else {
            err.println(name + ": internal error: " + firstLine(String.valueOf(ex))
                    + (verbose ? "" : " (run with --verbose for the stack trace)"));
            code = ExitCodes.FAILURE;
            if (verbose) {
                ex.printStackTrace(err);
            }
        }
        err.flush();
        return code;
    }

    /**
     * {@code gilspy frobnicate}: picocli says "Unmatched argument at index 0"; say what it is, an
     * unknown command, and which there are.
     */
    private static java.util.Optional<String> unknownCommand(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.isUnknownOption()) {
            String word = u.getUnmatched().get(0);
            return java.util.Optional.of("unknown command '" + word + "' (the commands are "
                    + String.join(", ", cmd.getSubcommands().keySet()) + ")");
        }
        return java.util.Optional.empty();
    }

    static boolean verbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption(CommonOptions.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rewords picocli's Java-flavoured parse errors for people who never typed a Java type:
     * "Invalid value for positional parameter at index 0 (PID): 'abc' is not a long" becomes
     * "invalid PID: 'abc' is not a whole number".
     */
    static String plain(String message) {
        return message
                .replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]+)\\):", "invalid $1:")
                .replaceFirst("^Invalid value for option '([^']+)':", "invalid $1:")
                .replaceFirst("' is not an? (long|int|integer|short|byte)\\b.*$", "' is not a whole number")
                .replaceFirst("' is not an? (double|float)\\b.*$", "' is not a number");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "failed";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
