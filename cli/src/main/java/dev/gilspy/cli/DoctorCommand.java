package dev.gilspy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.gilspy.doctor.Diagnosis;
import dev.gilspy.doctor.DiagnosisPrinter;
import dev.gilspy.doctor.DoctorRecordingReader;
import dev.gilspy.doctor.Measured;
import dev.gilspy.record.Recorder;
import dev.gilspy.record.WorkDir;
import dev.gilspy.report.RecordingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gilspy doctor}: measure a program's GIL, classify the workload and say what to do, with the
 * numbers behind each finding. The classifier is {@link Diagnosis}; its thresholds are {@link Thresholds}.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnose GIL trouble and recommend the right tool for the job.",
                "A recording:  gilspy doctor FILE.jfr",
                "Attach:       gilspy doctor -p PID [-d 10s]",
                "Launch:       gilspy doctor [-d TIME] -- script.py [ARGS]",
                "Finds CPU-bound threads fighting, I/O-bound work, native code holding or releasing the GIL, "
                        + "a convoy, a switch interval set too small and a single hot function."})
public final class DoctorCommand implements Callable<Integer> {

    @Mixin CommonOptions common;

    @Option(names = {"-p", "--pid"}, paramLabel = "PID", description = "Attach to this running JVM and record")
    Long pid;

    @Option(names = {"-d", "--duration"}, paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long to record: 10s, 500ms, 2m (default 10s with -p; until the script ends otherwise)")
    Duration duration;

    @Option(names = "--json", description = "Print the diagnosis as JSON")
    boolean json;

    @Option(names = "--keep-jfr", paramLabel = "FILE", description = "Keep the recording made by -p or a script here (mode 0600)")
    Path keepJfr;

    @Option(names = "--include-env",
            description = "Also record the environment variables and system properties (left out by default: they hold secrets)")
    boolean includeEnv;

    @Parameters(paramLabel = "FILE.jfr | SCRIPT [ARGS]", arity = "0..*",
            description = "A recording, or (after --) a script to launch and its arguments")
    List<String> target = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    public DoctorCommand() { this(System.out, System.err); }

    public DoctorCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if ((pid == null) == target.isEmpty()) {
            throw CliException.usage(pid == null ? "give a recording (doctor FILE.jfr), -p PID or a script (doctor -- script.py)"
                    : "give either -p PID or a recording/script, not both");
        }
        long nanos = duration == null ? 0 : duration.toNanos();
        if (keepJfr != null) CliException.requireWritable(keepJfr);
        try {
            Measured measured;
            if (pid == null && !target.get(0).endsWith(".py")) {
                if (target.size() > 1) throw CliException.usage("one recording at a time: " + String.join(" ", target));
                measured = DoctorRecordingReader.read(Path.of(target.get(0)));
            } else {
                if (pid == null && !Files.isRegularFile(Path.of(target.get(0)))) {
                    throw CliException.usage(target.get(0) + ": no such script");
                }
                try (WorkDir work = WorkDir.create("doctor")) {
                    Recorder recorder = Recorder.standard(work, err);
                    Recorder.Request request = new Recorder.Request(pid != null && nanos == 0 ? 10_000_000_000L : nanos,
                            null, includeEnv, () -> false);
                    // The script's output goes to stderr so that stdout holds only the diagnosis (and stays JSON with --json).
                    Recorder.Recording r = pid != null ? recorder.attach(pid, request) : recorder.launch(List.of(), target, request, err);
                    if (r.targetEnded() != null) err.println("gilspy doctor: " + r.targetEnded());
                    measured = DoctorRecordingReader.read(r.jfr());
                    if (keepJfr != null) WorkDir.copyPrivately(r.jfr(), keepJfr);
                }
                measured = new Measured(pid != null ? "pid " + pid : Path.of(target.get(0)).getFileName().toString(),
                        measured.events(), measured.forcedHolds(), measured.stats(), measured.cpu(), measured.cpus());
            }
            Diagnosis d = Diagnosis.of(measured);
            if (json) out.println(DiagnosisPrinter.json(d));
            else DiagnosisPrinter.text(d, out);
            out.flush();
            return ExitCodes.OK;
        } catch (RecordingException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "doctor failed: " + e.getMessage(), e);
        }
    }
}
