package dev.gilspy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.gilspy.interp.gil.GilMode;

/**
 * {@code gilspy run}'s options, parsed in one place: by the jar's fast path ({@link GilspyCli},
 * without loading picocli) and by {@link RunCommand} (for {@code --help} and errors), which both
 * call {@link #parse}. Options come before FILE; everything from FILE on is the script's.
 *
 * @param gil            on, legacy or off; null for the default (or {@code PYTHON_GIL})
 * @param switchInterval seconds, or null for the default
 * @param verbose        print Java stack traces of internal errors
 * @param pythonFlags    python3's own options the interpreter takes ({@code -X importtime}, {@code -E},
 *                       {@code -u}, {@code -B}, {@code -s}), passed through in order
 * @param script         FILE and its arguments, or {@code -m MODULE ...} / {@code -c CODE ...}
 */
public record RunOptions(String gil, Double switchInterval, boolean verbose, List<String> pythonFlags, List<String> script) {

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
        String gil = null;
        Double interval = null;
        boolean verbose = false;
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                return done(gil, interval, verbose, flags, args.subList(i + 1, args.size()));
            }
            if (!a.startsWith("-") || a.equals("-")) {
                return done(gil, interval, verbose, flags, args.subList(i, args.size()));
            }
            if (a.equals("-m") || a.equals("-c")) {
                // as python3 -m MODULE / -c CODE: the rest is the program's (sys.argv[1:])
                if (i + 1 >= args.size()) throw new UsageError("Argument expected for the " + a + " option");
                return done(gil, interval, verbose, flags, args.subList(i, args.size()));
            }
            if (a.startsWith("-X")) {
                if (a.length() == 2 && i + 1 >= args.size()) throw new UsageError("Argument expected for the -X option");
                flags.add("-X" + (a.length() > 2 ? a.substring(2) : args.get(++i)));
                continue;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (name) {
                case "--gil" -> {
                    String v = value(a, args, i, "--gil", "MODE");
                    if (!a.contains("=")) i++;
                    gil = gilMode(v);
                }
                case "--switch-interval" -> {
                    String v = value(a, args, i, "--switch-interval", "SECONDS");
                    if (!a.contains("=")) i++;
                    interval = switchInterval(v);
                }
                case "-v", "--verbose" -> verbose = true;
                case "-E", "-u", "-B", "-s" -> flags.add(a);
                default -> throw new UsageError("unknown option '" + a + "'");
            }
        }
        throw new UsageError("Missing required parameter: 'FILE.py'");
    }

    private static RunOptions done(String gil, Double interval, boolean verbose, List<String> flags, List<String> script)
            throws UsageError {
        if (script.isEmpty()) throw new UsageError("Missing required parameter: 'FILE.py'");
        return new RunOptions(gil, interval, verbose, List.copyOf(flags), List.copyOf(script));
    }

    private static String value(String a, List<String> args, int i, String option, String label) throws UsageError {
        if (a.contains("=")) return a.substring(a.indexOf('=') + 1);
        if (i + 1 >= args.size()) throw new UsageError("missing " + label + " after " + option);
        return args.get(i + 1);
    }

    static String gilMode(String value) throws UsageError {
        try {
            return GilMode.parse(value).name().toLowerCase(Locale.ROOT);
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

    /** The interpreter's argv: options first, then the script and its arguments untouched. */
    public String[] interpreterArgv() {
        List<String> argv = new ArrayList<>();
        if (gil != null) argv.add("--gil=" + gil);
        if (switchInterval != null) argv.add("--switch-interval=" + switchInterval);
        if (verbose) argv.add("--verbose");
        argv.addAll(pythonFlags);
        argv.addAll(script);
        return argv.toArray(String[]::new);
    }
}
