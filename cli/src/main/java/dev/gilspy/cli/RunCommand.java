package dev.gilspy.cli;

import dev.gilspy.interp.Main;
import dev.gilspy.interp.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gilspy run FILE.py [ARGS]}: runs a script on gilspy's interpreter in this JVM, like
 * {@code python3 FILE.py [ARGS]}, and exits with the script's exit code. Everything after FILE
 * belongs to the script, options included.
 *
 * <p>picocli answers {@code --help} and {@code --version} only; the options themselves are parsed
 * by {@link RunCommandOptions#parse}, the same parser the jar's fast path uses, so the two cannot disagree;
 * it builds the interpreter's {@link RunOptions}, which {@link Main#run(RunOptions, java.io.InputStream,
 * java.io.PrintStream, java.io.PrintStream)} runs without parsing anything again.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        customSynopsis = "gilspy run [-hvV] [--gil=MODE] [--switch-interval=SECONDS] [-X importtime] (FILE.py | -m MODULE | -c CODE | -) [ARGS...]",
        description = {"Run a Python script on gilspy's interpreter, like python3 FILE.py [ARGS].", "",
                "      --gil=MODE      on (CPython 3.2+, the default), legacy (<= 3.1 check",
                "                      interval) or off (free-threaded); env PYTHON_GIL=0|1",
                "      --switch-interval=SECONDS",
                "                      The switch interval, as sys.setswitchinterval (0.005)",
                "  -v, --verbose       Print Java stack traces of internal errors.",
                "  -X importtime       Print each import's time on stderr, as python3 does.",
                "      FILE.py         The script to run; ARGS are its sys.argv[1:]. As python3:",
                "                      -m MODULE runs a module as __main__, -c CODE a string,",
                "                      - the program on stdin. Accepted: -E -I -u -B -s -S -q."},
        footer = {"", "Example: gilspy run --switch-interval=0.001 app.py 3",
                "To watch its GIL: gilspy record -o wait.svg -- app.py 3, or gilspy top PID from another terminal.",
                "Exit code: the script's (0, 1 for an uncaught exception, sys.exit(N)); 2 for bad usage."})
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /** Everything after {@code run}: picocli leaves it whole (unmatched options are positional here). */
    @Parameters(arity = "0..*", hidden = true)
    List<String> argv = new ArrayList<>();

    /** @throws ParameterException (exit 2, one line) for a bad command line */
    RunOptions options() {
        try {
            return RunCommandOptions.parse(argv);
        } catch (RunCommandOptions.UsageError e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        RunOptions options = options();
        System.out.flush();
        return Main.run(options, System.in, GilspyCli.scriptStdout(), GilspyCli.scriptStderr());
    }
}
