package dev.gilspy.cli;

import java.util.Arrays;

/**
 * {@code java -jar gilspy.jar COMMAND}: the jar's entry point. The commands themselves start at
 * {@link GilspyCommand}.
 *
 * <p>{@code gilspy run FILE.py} should start like {@code python3}, so this class references no
 * picocli type: a plain {@code run [--gil=M] [--switch-interval=S] FILE ARGS} goes straight to the
 * interpreter, and loading (and verifying) picocli's 170-odd classes is left to every other command
 * line, {@code --help} and bad values included.
 */
public final class GilspyCli {
    private GilspyCli() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one gilspy command line and returns its exit code. */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("run")) {
            String[] direct = RunCommand.directArgv(Arrays.copyOfRange(args, 1, args.length));
            if (direct != null) {
                return dev.gilspy.interp.Main.run(direct, System.in, System.out, System.err);
            }
        }
        return GilspyCommand.execute(args);
    }
}
