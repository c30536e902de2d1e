package dev.gilspy.cli;

/** Every exit code gilspy's commands return, in one place (documented in the README). */
public final class ExitCodes {
    private ExitCodes() {}

    /** Success. */
    public static final int OK = 0;
    /** The target or the input failed: a dead PID, a truncated .jfr, a script error. */
    public static final int FAILURE = 1;
    /** Bad usage: an unknown option, a bad value. */
    public static final int USAGE = 2;
    /** Stopped by Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;
}
