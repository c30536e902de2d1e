package dev.gilspy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * {@code gilspy}: the top-level picocli command. Start reading here (the jar's entry point,
 * {@link GilspyCli}, only adds a fast path for {@code run}).
 *
 * <ul>
 *   <li>One picocli {@code Callable<Integer>} per command: {@link RunCommand}, {@link TopCommand},
 *       {@link ListCommand}, {@link DemoCommand}, {@link RecordCommand} and {@link ReportCommand}.</li>
 *   <li>Shared options live in the {@link CommonOptions} mixin; failures become exit codes in one
 *       place, {@link ExitCodeMapper}, with the codes in {@link ExitCodes}.</li>
 *   <li>Attaching to a PID: {@link dev.gilspy.attach.AttachedTarget}; reading the GIL MXBean:
 *       {@link dev.gilspy.attach.JmxGilSource}; the view itself is the {@code ui-terminal} module.</li>
 * </ul>
 *
 * <p>{@code gilspy run} alone builds only its own command, never the whole tree.
 */
@Command(name = "gilspy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A GIL contention profiler: run Python on a GIL like CPython's, and watch that GIL.",
        subcommands = {
            RunCommand.class,
            TopCommand.class,
            ListCommand.class,
            DemoCommand.class,
            RecordCommand.class,
            ReportCommand.class,
            DoctorCommand.class,
            CompareCommand.class,
        },
        footer = {"", "Exit codes: 0 ok, 1 the target or input failed, 2 bad usage."})
public final class GilspyCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Spec CommandSpec spec;

    /** Runs one gilspy command line through picocli and returns its exit code. */
    static int execute(String... args) {
        if (args.length > 0 && args[0].equals("run")) {
            return runCommandLine().execute(Arrays.copyOfRange(args, 1, args.length));
        }
        return commandLine().execute(args);
    }

    /** The full command tree with the exit-code mapper installed; tests parse with it. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new GilspyCommand());
        CommandLine run = cmd.getSubcommands().get("run");
        run.setStopAtPositional(true); // the script's options are the script's
        run.setUnmatchedOptionsArePositionalParams(true); // RunCommandOptions parses them
        return ExitCodeMapper.install(cmd);
    }

    /** {@code gilspy run} alone, named as in the full tree so messages and help read the same. */
    static CommandLine runCommandLine() {
        CommandLine run = new CommandLine(new RunCommand());
        run.setCommandName("gilspy run");
        run.setStopAtPositional(true);
        run.setUnmatchedOptionsArePositionalParams(true);
        return ExitCodeMapper.install(run);
    }

    /** {@code gilspy} with no command: usage on stderr, and exit 2 as for any bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
