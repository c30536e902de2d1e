package dev.gilspy.cli;

import dev.gilspy.attach.CdsAgentClasses;
import dev.gilspy.interp.Main;
import dev.gilspy.interp.RunOptions;
import java.util.Arrays;

/**
 * {@code java -jar gilspy.jar COMMAND}: the jar's entry point. The commands themselves start at
 * {@link GilspyCommand}.
 *
 * <p>{@code gilspy run FILE.py} should start like {@code python3}, so this class references no
 * picocli type: a valid {@code run [OPTIONS] FILE ARGS} is parsed by {@link RunCommandOptions} into the
 * interpreter's {@code RunOptions} and goes straight to {@code Main.run(RunOptions, ...)}, and loading (and verifying) picocli's 170-odd classes is left to
 * every other command line, {@code --help} and bad values included.
 */
public final class GilspyCli {
    private GilspyCli() {}

    public static void main(String[] args) {
        processStreams = true;
        System.exit(execute(dev.gilspy.interp.runtime.FsNames.recoverArgs(args)));
    }

    /** Set when this is the process's own entry: scripts then write to stdout without PrintStream hiding errors. */
    private static volatile boolean processStreams;

    /** The stream `run` gives the interpreter as stdout: the process's, error-reporting, or a test's System.out. */
    static java.io.PrintStream scriptStdout() {
        return processStreams ? dev.gilspy.interp.Main.processStdout() : System.out;
    }

    /** The stream `run` gives the interpreter as stderr: the process's, error-reporting, or a test's System.err. */
    static java.io.PrintStream scriptStderr() {
        return processStreams ? dev.gilspy.interp.Main.processStderr() : System.err;
    }

    /** Runs one gilspy command line and returns its exit code. */
    public static int execute(String... args) {
        if (args.length > 1 && args[0].equals("run") && !RunCommandOptions.isHelp(args[1])) {
            try {
                RunOptions options = RunCommandOptions.parse(Arrays.asList(args).subList(1, args.length));
                CdsAgentClasses.loadIfTraining();
                return Main.run(options, System.in, scriptStdout(), scriptStderr());
            } catch (RunCommandOptions.UsageError e) {
                // picocli reports it, in the same words and format as every other usage error
            }
        }
        return GilspyCommand.execute(args);
    }
}
