package dev.gilspy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.gilspy.report.DiffReport;
import dev.gilspy.report.FlameOptions;
import dev.gilspy.report.Format;
import dev.gilspy.report.GilRecording;
import dev.gilspy.report.Outputs;
import dev.gilspy.report.Profile;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;
import dev.gilspy.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gilspy report FILE.jfr [-o out.svg]}: summarise a recording (per-thread wait and hold,
 * top functions, blame) and write a flame graph; {@code --diff A.jfr B.jfr} compares two.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Summarise a gilspy recording and write a flame graph.",
                "Prints per-thread held/wait with p50/p99/max, the top functions by wait and hold, and the "
                        + "blame table: which holder stacks ran while other threads waited.",
                "With --diff A.jfr B.jfr: a differential flame graph of B against A (red grew, blue shrank) and a table."},
        footer = {"", "Examples:",
                "  gilspy report app.jfr                       the summary",
                "  gilspy report app.jfr -o wait.svg           and a flame graph of GIL waits",
                "  gilspy report app.jfr --mode blame -o blame.svg",
                "  gilspy report --diff before.jfr after.jfr -o diff.svg",
                "Exit codes: 0 ok, 1 the recording could not be read or holds nothing to draw, 2 bad usage."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RECORDING", arity = "1..2", description = "The .jfr recording (two with --diff: before and after)")
    List<Path> files;

    @Option(names = "--diff", description = "Compare two recordings: the first is the baseline, the second the new run")
    boolean diff;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Rows per table (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--parser", paramLabel = "jdk|jmc", defaultValue = "jdk",
            description = "Read with jdk.jfr.consumer.RecordingFile (jdk, faster) or the JMC parser (jmc)")
    String parser;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary")
    boolean quiet;

    @Mixin
    FlameOptions flame = new FlameOptions();

    @Mixin
    CommonOptions common;

    private final PrintStream out;
    private final PrintStream err;

    public ReportCommand() { this(System.out, System.err); }

    public ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        RecordingReader reader;
        try {
            flame.validate();
            reader = RecordingReader.named(parser);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (top < 1) throw CliException.usage("--top must be at least 1");
        if (diff != (files.size() == 2)) {
            throw CliException.usage(diff ? "--diff needs two recordings: A.jfr B.jfr" : "one recording at a time (or --diff A.jfr B.jfr)");
        }
        if (flame.output != null) CliException.requireWritable(flame.output);
        try {
            if (diff) return diff(reader);
            GilRecording recording = reader.read(files.get(0));
            if (!quiet) new Summary(recording).print(out, top);
            out.flush();
            if (flame.output != null) err.println(Outputs.write(recording, flame, flame.output));
            return ExitCodes.OK;
        } catch (RecordingException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write " + flame.output + ": " + e.getMessage(), e);
        }
    }

    private int diff(RecordingReader reader) throws RecordingException, IOException {
        Format format = flame.parsedFormat();
        if (flame.output != null && format != Format.SVG && format != Format.COLLAPSED) {
            throw CliException.usage("--diff writes .svg or .collapsed, not ." + format.extension());
        }
        GilRecording a = reader.read(files.get(0));
        GilRecording b = reader.read(files.get(1));
        Profile before = Profile.build(a, flame.profileOptions());
        Profile after = Profile.build(b, flame.profileOptions());
        DiffReport report = new DiffReport(before, after);
        if (!quiet) report.printTable(out, top);
        out.flush();
        if (flame.output != null) {
            String subtitle = files.get(0).getFileName() + " -> " + files.get(1).getFileName()
                    + ": red grew, blue shrank (share of the total)";
            report.write(format, flame.renderOptions(subtitle), flame.output);
            err.println("wrote " + flame.output + " (differential " + format.extension() + ")");
        }
        return ExitCodes.OK;
    }
}
