package dev.gilspy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.gilspy.doctor.CompareMode;
import dev.gilspy.doctor.Comparison;
import dev.gilspy.record.Recorder;
import dev.gilspy.record.WorkDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gilspy compare script.py [ARGS]}: measure the alternatives the doctor recommends. See {@link Comparison}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a script under each GIL mode and interval and compare them side by side.",
                "Modes: default (5 ms), interval-1ms, interval-20ms, legacy, off; plus processes and subinterpreters "
                        + "when the script reads " + CompareMode.VARIANT_ENV + " (=processes|subinterpreters) and names the variant.",
                "Scripts that print 'rounds: N' or 'work: N' are compared by that throughput, others by wall time.",
                "Every mode runs under the agent except off, which has no GIL to record."})
public final class CompareCommand implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs per mode, interleaved (each round runs every mode once); the table shows medians and the spread, "
                    + "so one bad run cannot decide the verdict (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "120s", converter = DurationConverter.class,
            description = "Limit per run (default ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--only", paramLabel = "MODE[,MODE...]", split = ",", hideParamSyntax = true,
            description = "Only these modes, comma-separated or repeated (default is always run first as the baseline)")
    List<String> only;

    @Option(names = "--no-cpython", description = "Skip the CPython reference run")
    boolean noCpython;

    @Parameters(paramLabel = "SCRIPT [ARGS]", arity = "1..*", description = "The script and its arguments")
    List<String> script = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    public CompareCommand() { this(System.out, System.err); }

    public CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (runs < 1) throw CliException.usage("--runs must be at least 1");
        long timeoutNanos = timeout.toNanos();
        Path file = Path.of(script.get(0));
        if (!Files.isRegularFile(file)) throw CliException.usage(file + ": no such script");
        List<CompareMode> modes = modes(file);
        try (WorkDir work = WorkDir.create("compare")) {
            Comparison c = new Comparison(Recorder.standard(work, err), script, runs, timeoutNanos,
                    line -> err.println("gilspy compare: " + line));
            Comparison.Outcome outcome = c.runInterleaved(modes, !noCpython, work.path());
            List<Comparison.Row> rows = outcome.rows();
            double cpython = outcome.cpythonWall();
            if (rows.get(0).exitCode() != 0 && !rows.get(0).note().equals("timed out")) {
                throw CliException.failure(file + " failed under the default GIL in every run (exit " + rows.get(0).exitCode() + ")");
            }
            out.println("gilspy compare: " + String.join(" ", script));
            Comparison.printTable(out, rows, cpython);
            out.println(Comparison.verdict(rows));
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "compare failed: " + e.getMessage(), e);
        }
    }

    private List<CompareMode> modes(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw CliException.failure(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<CompareMode> all = CompareMode.all();
        Set<String> names = all.stream().map(CompareMode::name).collect(Collectors.toCollection(LinkedHashSet::new));
        if (only != null) {
            for (String o : only) {
                if (!names.contains(o)) throw CliException.usage("unknown mode '" + o + "' (expected one of " + String.join(", ", names) + ")");
            }
        }
        List<CompareMode> modes = new ArrayList<>();
        for (CompareMode m : all) {
            if (m != CompareMode.DEFAULT && only != null && !only.contains(m.name())) continue;
            if (!m.offeredBy(text)) {
                if (only != null) throw CliException.usage(file + " offers no " + m.name() + " variant (it must read " + CompareMode.VARIANT_ENV + ")");
                continue;
            }
            modes.add(m);
        }
        return modes;
    }
}
