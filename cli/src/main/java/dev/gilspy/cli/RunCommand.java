package dev.gilspy.cli;

import dev.gilspy.interp.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.gilspy.interp.gil.GilMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gilspy run FILE.py [ARGS]}: runs a script on gilspy's interpreter in this JVM, like
 * {@code python3 FILE.py [ARGS]}, and exits with the script's exit code. Everything after FILE
 * belongs to the script, options included.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a Python script on gilspy's interpreter, like python3 FILE.py [ARGS].",
        footer = {"", "Example: gilspy run --switch-interval=0.001 app.py 3",
                "To watch its GIL: gilspy record -o wait.svg -- app.py 3, or gilspy top PID from another terminal.",
                "Exit code: the script's (0, 1 for an uncaught exception, sys.exit(N)); 2 for bad usage."})
public final class RunCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--gil", paramLabel = "MODE", converter = GilModeConverter.class,
            description = "on (CPython 3.2+, the default), legacy (<= 3.1 check interval) or off (free-threaded).")
    String gil;

    @Option(names = "--switch-interval", paramLabel = "SECONDS", converter = SwitchIntervalConverter.class,
            description = "The GIL switch interval, as sys.setswitchinterval (default 0.005).")
    Double switchInterval;

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The script to run.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script (its sys.argv[1:]).")
    List<String> args = new ArrayList<>();

    /** The interpreter's argv: options first, then the script and its arguments untouched. */
    List<String> interpreterArgv() {
        List<String> argv = new ArrayList<>();
        if (gil != null) {
            argv.add("--gil=" + gil);
        }
        if (switchInterval != null) {
            argv.add("--switch-interval=" + switchInterval);
        }
        argv.add(file);
        argv.addAll(args);
        return argv;
    }

    /**
     * The interpreter's argv for the common case, parsed without picocli: only {@code --gil=M} and
     * {@code --switch-interval=S} with valid values before FILE. Returns null for anything else
     * (help, other options, bad values) so that picocli parses it and reports errors the usual way.
     */
    static String[] directArgv(String[] args) {
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                argv.addAll(Arrays.asList(args).subList(i, args.length));
                return argv.toArray(String[]::new);
            }
            try {
                if (a.startsWith("--gil=")) {
                    argv.add("--gil=" + GilMode.parse(a.substring(6)).name().toLowerCase(Locale.ROOT));
                } else if (a.startsWith("--switch-interval=")) {
                    double seconds = Double.parseDouble(a.substring(18).trim());
                    if (!(seconds > 0) || Double.isInfinite(seconds)) {
                        return null;
                    }
                    argv.add("--switch-interval=" + seconds);
                } else {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null; // no FILE: picocli says so
    }

    @Override
    public Integer call() {
        System.out.flush();
        return Main.run(interpreterArgv().toArray(String[]::new), System.in, System.out, System.err);
    }
}
