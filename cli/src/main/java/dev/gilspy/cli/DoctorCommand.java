package dev.gilspy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.gilspy.cli.attach.AttachedTarget;
import dev.gilspy.doctor.ChildRun;
import dev.gilspy.doctor.Diagnosis;
import dev.gilspy.doctor.DiagnosisPrinter;
import dev.gilspy.doctor.DoctorRecordingReader;
import dev.gilspy.doctor.Measured;
import dev.gilspy.doctor.Thresholds;
import dev.gilspy.report.RecordingException;
import picocli.CommandLine;
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

    @Option(names = {"-d", "--duration"}, paramLabel = "TIME",
            description = "How long to record: 10s, 500ms, 2m (default 10s with -p; until the script ends otherwise)")
    String duration;

    @Option(names = "--json", description = "Print the diagnosis as JSON")
    boolean json;

    @Option(names = "--keep-jfr", paramLabel = "FILE", description = "Keep the recording made by -p or a script here")
    Path keepJfr;

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
        long nanos = duration == null ? 0 : RecordCommand.parseDuration(duration);
        Path work = null;
        try {
            Measured measured;
            if (pid == null && !target.get(0).endsWith(".py")) {
                if (target.size() > 1) throw CliException.usage("one recording at a time: " + String.join(" ", target));
                measured = DoctorRecordingReader.read(Path.of(target.get(0)));
            } else {
                work = Files.createTempDirectory("gilspy-doctor-");
                Path jfr = pid != null ? attach(work, nanos == 0 ? 10_000_000_000L : nanos) : launch(work, nanos);
                measured = DoctorRecordingReader.read(jfr);
                if (keepJfr != null) Files.copy(jfr, keepJfr, StandardCopyOption.REPLACE_EXISTING);
                measured = new Measured(pid != null ? "pid " + pid : Path.of(target.get(0)).getFileName().toString(),
                        measured.events(), measured.forcedHolds(), measured.stats());
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
        } finally {
            deleteQuietly(work);
        }
    }

    private Path launch(Path work, long nanos) throws IOException {
        Path script = Path.of(target.get(0));
        if (!Files.isRegularFile(script)) throw CliException.usage(script + ": no such script");
        Path jfr = work.resolve("doctor.jfr");
        List<String> cmd = ChildRun.gilspyCommand(RecordCommand.gilspyJar(), jfr, List.of(), target);
        // The script's output goes to stderr so that stdout holds only the diagnosis (and stays JSON with --json).
        ChildRun.Result r = ChildRun.run(cmd, Map.of(), true, nanos, work);
        err.print(r.stdout());
        if (!Files.isRegularFile(jfr) || Files.size(jfr) == 0) {
            throw CliException.failure(script + " exited with code " + r.exitCode() + " before the agent wrote any recording");
        }
        if (r.exitCode() != 0 && !r.timedOut()) err.println("gilspy doctor: " + script + " exited with code " + r.exitCode());
        return jfr;
    }

    private Path attach(Path work, long nanos) {
        Path jfr = work.resolve("doctor.jfr");
        // record's progress bar and warnings are useful here; its "wrote <temp file>" line is not
        PrintStream quiet = new PrintStream(err, true) {
            @Override
            public void println(String line) {
                if (line == null || !line.startsWith("wrote ")) super.println(line);
            }
        };
        RecordCommand record = new RecordCommand(p -> AttachedTarget.attach(p, true), quiet);
        new CommandLine(record).parseArgs("-p", Long.toString(pid), "-d", (nanos / 1_000_000) + "ms",
                "-o", work.resolve("doctor.collapsed").toString(), "--keep-jfr", jfr.toString());
        record.call();
        return jfr;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp file left behind is not worth failing a diagnosis for
        }
    }
}
