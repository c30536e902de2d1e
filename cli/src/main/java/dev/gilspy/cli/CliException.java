package dev.gilspy.cli;

/**
 * A failure the user caused or can fix, reported as one line and an exit code from {@link ExitCodes},
 * never as a stack trace (unless {@code --verbose}).
 */
public class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }

    public static CliException usage(String message) { return new CliException(ExitCodes.USAGE, message); }
    public static CliException failure(String message) { return new CliException(ExitCodes.FAILURE, message); }

    /** Fails (exit 1) before any slow work when {@code out} cannot be written, saying why. */
    public static void requireWritable(java.nio.file.Path out) {
        String why = dev.gilspy.report.Outputs.whyUnwritable(out);
        if (why != null) throw failure("cannot write " + out + ": " + why);
    }
}
