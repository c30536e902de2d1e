package dev.gilspy.interp;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Command-line entry of the interpreter: {@code java -cp gilspy.jar dev.gilspy.interp.Main FILE.py [ARGS]}.
 * {@code gilspy run} calls {@link #run} in-process.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs {@code argv[0]} (a .py file) with {@code argv[1..]} as {@code sys.argv[1:]}, like {@code python3}.
     *
     * @return the process exit code CPython would give
     */
    public static int run(String[] argv, InputStream in, PrintStream out, PrintStream err) {
        err.println("gilspy: the interpreter is not built yet");
        return 1;
    }
}
