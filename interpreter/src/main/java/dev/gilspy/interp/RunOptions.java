package dev.gilspy.interp;

import dev.gilspy.interp.gil.GilMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to run one program, as {@code python3}'s command line says it: what {@link Main#run(RunOptions,
 * java.io.InputStream, java.io.PrintStream, java.io.PrintStream)} takes. {@link Main} parses it from
 * argv ({@code java -cp ... dev.gilspy.interp.Main}); {@code gilspy run} builds it directly from its
 * own command line, so the options are parsed once on each side.
 *
 * @param gil               on, legacy or off; null for the default ({@code PYTHON_GIL=0|1}, else on)
 * @param switchInterval    seconds ({@code sys.setswitchinterval}), or null for the default
 * @param verbose           print Java stack traces of internal errors
 * @param importTime        {@code importtime} or {@code importtime=compile} from {@code -X}, or null
 *                          (then {@code PYTHONPROFILEIMPORTTIME} decides, unless {@code -E})
 * @param ignoreEnvironment {@code -E}: {@code PYTHONPROFILEIMPORTTIME} is ignored
 * @param program           what runs: a file, stdin, a {@code -c} string or a {@code -m} module
 * @param target            the file's path, the code, or the module's name; null for stdin
 * @param args              the program's arguments, {@code sys.argv[1:]}
 */
public record RunOptions(GilMode gil, Double switchInterval, boolean verbose, String importTime, boolean ignoreEnvironment,
                         Program program, String target, List<String> args) {

    /** What {@code python3} runs: {@code FILE}, {@code -}, {@code -c CODE} or {@code -m MODULE}. */
    public enum Program { FILE, STDIN, COMMAND, MODULE }

    public RunOptions {
        Objects.requireNonNull(program, "program");
        if ((target == null) != (program == Program.STDIN)) {
            throw new IllegalArgumentException(program + (target == null ? " needs a target" : " takes no target"));
        }
        if (switchInterval != null && !(switchInterval > 0)) {
            throw new IllegalArgumentException("switch interval must be strictly positive: " + switchInterval);
        }
        args = List.copyOf(args);
    }

    /** {@code sys.argv}: as python3 gives it for each kind of program. */
    public List<String> sysArgv() {
        List<String> argv = new ArrayList<>();
        argv.add(switch (program) {
            case FILE, MODULE -> target;
            case STDIN -> "-";
            case COMMAND -> "-c";
        });
        argv.addAll(args);
        return argv;
    }

    /** These options as {@link Main} parses them back ({@code sys.orig_argv} after the program's name). */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        if (gil != null) {
            argv.add("--gil=" + gil.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (switchInterval != null) {
            argv.add("--switch-interval=" + switchInterval);
        }
        if (verbose) {
            argv.add("--verbose");
        }
        if (importTime != null) {
            argv.add("-X" + importTime);
        }
        if (ignoreEnvironment) {
            argv.add("-E");
        }
        switch (program) {
            case FILE -> argv.add(target);
            case STDIN -> argv.add("-");
            case COMMAND -> {
                argv.add("-c");
                argv.add(target);
            }
            case MODULE -> {
                argv.add("-m");
                argv.add(target);
            }
        }
        argv.addAll(args);
        return argv;
    }
}
