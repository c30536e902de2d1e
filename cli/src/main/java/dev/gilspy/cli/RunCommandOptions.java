package dev.gilspy.cli;

import dev.gilspy.interp.RunOptions;
import dev.gilspy.interp.RunOptions.Program;
import dev.gilspy.interp.gil.GilMode;
import java.util.List;

/**
 * {@code gilspy run}'s command line, parsed in one place into the interpreter's own
 * {@link RunOptions} record, which {@code Main.run(RunOptions, ...)} runs: by the jar's fast path
 * ({@link GilspyCli}, without loading picocli) and by {@link RunCommand} (for {@code --help} and
 * errors), which both call {@link #parse}. Options come before FILE; everything from FILE on is the
 * script's. {@code --gil MODE} and {@code --switch-interval SECONDS} may also be written with '=',
 * {@code --} ends the options (what follows is FILE), {@code -v} is {@code --verbose}; python3's
 * {@code -X importtime}, {@code -E}, {@code -u}, {@code -B} and {@code -s} are accepted.
 */
public final class RunCommandOptions {
    private RunCommandOptions() {}

    /** A bad command line, said in one line. */
    public static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) { super(message, null, false, false); }
    }

    /** True for the flags picocli answers itself: help and version. */
    static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
    }

    public static RunOptions parse(List<String> args) throws UsageError {
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                return file(flags, args.subList(i + 1, args.size()));
            }
            if (!a.startsWith("-") || a.equals("-")) {
                return file(flags, args.subList(i, args.size()));
            }
            if (a.equals("-m") || a.equals("-c")) {
                // as python3 -m MODULE / -c CODE: the rest is the program's (sys.argv[1:])
                if (i + 1 >= args.size()) throw new UsageError("Argument expected for the " + a + " option");
                return flags.options(a.equals("-m") ? Program.MODULE : Program.COMMAND, args.get(i + 1), args.subList(i + 2, args.size()));
            }
            if (a.startsWith("-X")) {
                if (a.length() == 2 && i + 1 >= args.size()) throw new UsageError("Argument expected for the -X option");
                String x = a.length() > 2 ? a.substring(2) : args.get(++i);
                if (x.equals("importtime") || x.startsWith("importtime=")) flags.importTime = x; // other -X options: ignored, as the interpreter does
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (name) {
                case "--gil" -> {
                    String v = value(a, args, i, "--gil", "MODE");
                    if (!a.contains("=")) i++;
                    flags.gil = gilMode(v);
                }
                case "--switch-interval" -> {
                    String v = value(a, args, i, "--switch-interval", "SECONDS");
                    if (!a.contains("=")) i++;
                    flags.switchInterval = switchInterval(v);
                }
                case "-v", "--verbose" -> flags.verbose = true;
                case "-E", "-I" -> flags.ignoreEnvironment = true; // -I (isolated) is -E and -s here
                case "-u", "-B", "-s", "-S", "-q" -> { } // accepted, as python3's; nothing to do

                default -> throw new UsageError("unknown option '" + a + "'");
            }
        }
        throw new UsageError("Missing required parameter: 'FILE.py'");
    }

    /** The options seen so far, before the program. */
    private static final class Flags {
        GilMode gil;
        Double switchInterval;
        boolean verbose;
        String importTime;
        boolean ignoreEnvironment;

        RunOptions options(Program program, String target, List<String> args) {
            return new RunOptions(gil, switchInterval, verbose, importTime, ignoreEnvironment, program, target, args);
        }
    }

    /** FILE (or {@code -}, the program on stdin) and its arguments. */
    private static RunOptions file(Flags flags, List<String> script) throws UsageError {
        if (script.isEmpty()) throw new UsageError("Missing required parameter: 'FILE.py'");
        List<String> args = script.subList(1, script.size());
        return script.get(0).equals("-") ? flags.options(Program.STDIN, null, args) : flags.options(Program.FILE, script.get(0), args);
    }

    private static String value(String a, List<String> args, int i, String option, String label) throws UsageError {
        if (a.contains("=")) return a.substring(a.indexOf('=') + 1);
        if (i + 1 >= args.size()) throw new UsageError("missing " + label + " after " + option);
        return args.get(i + 1);
    }

    static GilMode gilMode(String value) throws UsageError {
        try {
            return GilMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError("invalid --gil: '" + value + "' is not a GIL mode (expected on, legacy or off)");
        }
    }

    static double switchInterval(String value) throws UsageError {
        double seconds;
        try {
            seconds = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageError("invalid --switch-interval: '" + value + "' is not a number of seconds (e.g. 0.005)");
        }
        if (!Double.isFinite(seconds) || seconds <= 0) {
            throw new UsageError("invalid --switch-interval: '" + value + "': switch interval must be positive (e.g. 0.005)");
        }
        return seconds;
    }
}
