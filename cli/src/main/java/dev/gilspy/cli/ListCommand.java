package dev.gilspy.cli;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import dev.gilspy.attach.InterpreterProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code gilspy list}: the local JVMs, like {@code jps -l}, with what gilspy needs to know about each.
 * It reads each target's system properties over the attach API without loading anything into it.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List local JVMs: PID, gilspy interpreter and agent present?, GIL mode, main class or jar.",
        footer = {"", "'?' marks a JVM that could not be inspected; '-' a JVM without gilspy's interpreter;",
                "graalpy-VERSION a JVM that runs GraalPy (from its class path, or the agent).",
                "A multiprocessing worker shows the PID of the JVM whose worker it is.",
                "Then: gilspy top PID, or gilspy record -p PID -o out.svg.",
                "Exit codes: 0 ok (also when there is no JVM to list), 1 failure, 2 bad usage."})
public final class ListCommand implements Callable<Integer> {
    private static final long INSPECT_TIMEOUT_SECONDS = 5;

    /** Past this, a command line is cut (with {@code ~}) unless {@code --long}. */
    static final int COMMAND_WIDTH = 90;

    @Mixin CommonOptions common;

    @picocli.CommandLine.Option(names = {"-l", "--long"}, description = "Show whole command lines, never cut.")
    boolean longLines;

    @Spec CommandSpec spec;

    /** One line of the listing. {@code null} fields were not readable. */
    record JvmEntry(long pid, String command, Boolean interpreter, Boolean agent, String gilMode, String graalPy) {
        JvmEntry(long pid, String command, Boolean interpreter, Boolean agent, String gilMode) {
            this(pid, command, interpreter, agent, gilMode, null);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<JvmEntry> entries = inspectAll();
        out.println(String.format(Locale.ROOT, "%8s  %-6s  %-5s  %-6s  %s", "PID", "INTERP", "AGENT", "GIL", "MAIN"));
        for (JvmEntry e : entries) {
            out.println(format(e, longLines ? Integer.MAX_VALUE : COMMAND_WIDTH));
        }
        if (entries.isEmpty()) {
            out.println("(no other JVMs of user " + System.getProperty("user.name") + " are running)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String format(JvmEntry e, int commandWidth) {
        String command = e.command().isEmpty() ? "?" : e.command();
        if (command.length() > commandWidth) {
            command = command.substring(0, commandWidth - 1) + "~";
        }
        String interp = e.graalPy() != null ? "graalpy-" + e.graalPy() : yesNo(e.interpreter());
        return String.format(Locale.ROOT, "%8d  %-6s  %-5s  %-6s  %s", e.pid(), interp, yesNo(e.agent()),
                e.gilMode() == null ? "?" : e.gilMode(), command);
    }

    private static String yesNo(Boolean b) {
        return b == null ? "?" : b ? "yes" : "no";
    }

    static List<JvmEntry> inspectAll() throws InterruptedException {
        String self = Long.toString(ProcessHandle.current().pid());
        List<VirtualMachineDescriptor> vms = new ArrayList<>(VirtualMachine.list());
        vms.removeIf(d -> d.id().equals(self));
        vms.sort(Comparator.comparingLong(d -> parsePid(d.id())));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, vms.size())), r -> {
            Thread t = new Thread(r, "gilspy-list");
            t.setDaemon(true); // a JVM that never answers must not keep gilspy alive
            return t;
        });
        try {
            List<Future<JvmEntry>> futures = new ArrayList<>();
            for (VirtualMachineDescriptor d : vms) {
                futures.add(pool.submit(() -> inspect(d)));
            }
            List<JvmEntry> entries = new ArrayList<>();
            for (int i = 0; i < vms.size(); i++) {
                JvmEntry e;
                try {
                    e = futures.get(i).get(INSPECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (Exception ex) {
                    e = entry(vms.get(i), null, null);
                }
                entries.add(e);
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param runsInterpreter what a thread dump said (see {@link InterpreterProbe}), or null when the
     *                        target's properties already answer or no dump could be taken
     */
    static JvmEntry entry(VirtualMachineDescriptor d, Properties p, Boolean runsInterpreter) {
        String command = d.displayName() == null ? "" : d.displayName().strip();
        if (p == null) {
            return new JvmEntry(parsePid(d.id()), command, null, null, null);
        }
        if (command.isEmpty() || command.equals("Unknown")) { // no perf data: ask the JVM itself
            command = p.getProperty("sun.java.command", "").strip();
        }
        long pid = parsePid(d.id());
        command = workerOf(jarByName(command), ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L));
        Boolean interp = p.getProperty(InterpreterProbe.VERSION_PROPERTY) != null ? Boolean.TRUE : runsInterpreter;
        boolean agent = p.getProperty("gilspy.agent.version") != null;
        String graalPy = InterpreterProbe.graalPyVersion(p);
        String mode = p.getProperty(InterpreterProbe.MODE_PROPERTY, graalPy != null ? "on" : Boolean.FALSE.equals(interp) ? "-" : "?");
        return new JvmEntry(pid, command, interp, agent, mode, graalPy);
    }

    /** The main class of a multiprocessing worker JVM (the interpreter's {@code MultiprocessingChild}). */
    static final String WORKER_MAIN = dev.gilspy.attach.WorkerJvms.WORKER_MAIN;

    /** A multiprocessing worker says whose it is: {@code multiprocessing worker of PID 1234 (--gil=on)}. */
    static String workerOf(String command, long parentPid) {
        if (!command.startsWith(WORKER_MAIN)) {
            return command;
        }
        String args = command.substring(WORKER_MAIN.length()).strip();
        String parent = parentPid > 0 ? Long.toString(parentPid) : "?";
        if (args.equals("--cds-train")) {
            return "multiprocessing class-data archive training for PID " + parent;
        }
        return "multiprocessing worker of PID " + parent + (args.isEmpty() ? "" : " (" + args + ")");
    }

    /** {@code /long/path/gilspy.jar run app.py} as {@code gilspy.jar run app.py}: the script is what matters. */
    static String jarByName(String command) {
        int space = command.indexOf(' ');
        String first = space < 0 ? command : command.substring(0, space);
        int slash = first.lastIndexOf('/');
        return first.endsWith(".jar") && slash >= 0 ? command.substring(slash + 1) : command;
    }

    private static JvmEntry inspect(VirtualMachineDescriptor d) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(d);
        try {
            Properties p = vm.getSystemProperties();
            Boolean runs = p.getProperty(InterpreterProbe.VERSION_PROPERTY) != null || InterpreterProbe.graalPyVersion(p) != null
                    ? null : InterpreterProbe.runsInterpreter(vm);
            return entry(d, p, runs);
        } finally {
            vm.detach();
        }
    }

    private static long parsePid(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
