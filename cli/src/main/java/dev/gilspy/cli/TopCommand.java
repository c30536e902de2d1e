package dev.gilspy.cli;

import dev.gilspy.attach.AttachedTarget;
import dev.gilspy.attach.JmxGilSource;
import dev.gilspy.attach.TargetConnection;
import dev.gilspy.attach.WorkerJvms;
import dev.gilspy.record.Recorder;
import dev.gilspy.record.WorkDir;
import dev.gilspy.report.FlameOptions;
import dev.gilspy.report.Outputs;
import dev.gilspy.report.RecordingReader;
import dev.gilspy.ui.TopView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gilspy top PID}: the live GIL view of a running JVM, interactive or as batch snapshots. */
@Command(name = "top", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Watch the GIL of a running JVM live: who holds it, who waits, and why threads don't scale.",
                "Attaches by PID and loads gilspy's agent if the target does not have it yet."},
        footer = {"", "Keys: 1-9 or < > sort, Enter a thread's stack and waits, f record 5 s and write a wait flame graph "
                + "(gilspy-top-PID-wait-TIME.svg here), p pause, r reset, ? help, q quit.",
                "Batch mode (-b, automatic when stdout is not a terminal) prints one plain-text snapshot per refresh, "
                        + "each starting with 'gilspy top #N'.",
                "Examples:",
                "  gilspy list                      find the PID",
                "  gilspy top 4242                  the live screen",
                "  gilspy top -b -n 3 -i 2s 4242    three snapshots, 2 s apart, for a log or CI",
                "  gilspy top --workers 4242        its multiprocessing workers (each a JVM with its own GIL);",
                "  gilspy top 4250                  then watch one by its PID",
                "Exit codes: 0 ok, 1 the target failed or exited, 2 bad usage, 130 Ctrl-C."})
public final class TopCommand implements Callable<Integer> {
    static final int FLAME_SECONDS = 5;

    @Mixin CommonOptions common;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PID", description = "The JVM to watch (see 'gilspy list').")
    long pid;

    @Option(names = {"-i", "--interval"}, paramLabel = "DURATION", defaultValue = "1s",
            converter = DurationConverter.RefreshInterval.class,
            description = "Refresh interval: seconds (0.5) or with a unit (500ms, 2s). Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N",
            description = "Stop after N refreshes (default: until q, or until the target exits).")
    int iterations;

    @Option(names = {"-b", "--batch"}, description = "Print plain-text snapshots instead of the live screen.")
    boolean batch;

    @Option(names = "--workers",
            description = "List the PID's multiprocessing workers (PID, pool name, parent) and exit; watch one with gilspy top WORKER_PID.")
    boolean workers;

    @Option(names = "--interpreter", paramLabel = "ID",
            description = "Which interpreter's GIL to watch when the target runs several (default: the first).")
    Integer interpreter;

    @Override
    public Integer call() throws Exception {
        if (pid <= 0) {
            throw new ParameterException(spec.commandLine(), "PID must be a positive number, not " + pid);
        }
        if (iterations < 0) {
            throw new ParameterException(spec.commandLine(), "-n must be 0 or more, not " + iterations);
        }
        List<WorkerJvms.Worker> found = WorkerJvms.of(pid);
        if (workers) {
            if (ProcessHandle.of(pid).isEmpty()) throw CliException.failure("no process " + pid);
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) out.println("PID " + pid + " has no multiprocessing workers now");
            else {
                out.println(String.format(java.util.Locale.ROOT, "%8s  %8s  %s", "PID", "PARENT", "WORKER"));
                for (WorkerJvms.Worker w : found) {
                    out.println(String.format(java.util.Locale.ROOT, "%8d  %8d  %s", w.pid(), w.parentPid(), w.name() == null ? "?" : w.name()));
                }
                out.println("Watch one: gilspy top WORKER_PID");
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (!found.isEmpty()) {
            // before the screen starts: a batch log keeps it, and the screen's help (?) says the same
            spec.commandLine().getErr().println("gilspy top: PID " + pid + " has " + found.size() + " multiprocessing worker"
                    + (found.size() == 1 ? "" : "s") + ", each with its own GIL: "
                    + found.stream().map(WorkerJvms.Worker::describe).collect(java.util.stream.Collectors.joining(", "))
                    + "; watch one with gilspy top " + found.get(0).pid());
            spec.commandLine().getErr().flush();
        }
        try (AttachedTarget target = AttachedTarget.attach(pid, true)) {
            if (target.warnedAboutDynamicAgent()) {
                spec.commandLine().getErr().println("gilspy top: note: PID " + pid + " runs JDK " + target.jvmVersion()
                        + ", which warns on its stderr about the agent gilspy just loaded; start it with"
                        + " -javaagent:gilspy.jar to avoid that");
                spec.commandLine().getErr().flush();
            }
            TopView.Outcome outcome = TopView.watch(new JmxGilSource(target, interpreter), interval, iterations,
                    batch || !TopView.interactive(), spec.commandLine().getOut(), () -> waitFlameGraph(target));
            if (outcome.gone().isPresent()) throw CliException.failure(outcome.gone().get());
            return outcome.interrupted() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
        }
    }

    /** Key f: records the next {@value #FLAME_SECONDS} s over the same connection and writes a wait flame graph here. */
    private String waitFlameGraph(AttachedTarget target) throws Exception {
        Path out = Path.of("gilspy-top-" + pid + "-wait-"
                + java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace(":", "") + ".svg");
        String why = Outputs.whyUnwritable(out);
        if (why != null) return "cannot write " + out + ": " + why;
        try (WorkDir work = WorkDir.create("record")) {
            Recorder.Attacher same = p -> new TargetConnection() { // top keeps its connection open
                public long pid() { return target.pid(); }
                public String mainClass() { return target.mainClass(); }
                public String jvmVersion() { return target.jvmVersion(); }
                public javax.management.MBeanServerConnection mbeans() { return target.mbeans(); }
                public boolean isAlive() { return target.isAlive(); }
                public void close() {}
            };
            Recorder recorder = new Recorder(work, same, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false);
            Recorder.Recording r = recorder.attach(pid, Recorder.Request.of(FLAME_SECONDS * 1_000_000_000L));
            FlameOptions options = new FlameOptions();
            options.mode = "wait";
            options.minwidth = "0.1";
            options.output = out;
            options.title = "GIL wait: PID " + pid + ", " + FLAME_SECONDS + " s from gilspy top";
            // the status line is narrow: the file name first, in the directory top was started in
            return Outputs.write(RecordingReader.standard().read(r.jfr()), options, out, "PID " + pid)
                    .replaceFirst("\\(svg, --mode wait, ", "(wait flame graph, ");
        }
    }
}
