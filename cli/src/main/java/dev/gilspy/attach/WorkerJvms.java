package dev.gilspy.attach;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code multiprocessing} workers of a JVM: its descendants that run the interpreter's worker main
 * class, each a JVM with its own GIL that {@code gilspy top WORKER_PID} watches. Read from the process
 * table, without attaching to anything.
 */
public final class WorkerJvms {
    private WorkerJvms() {}

    /** The interpreter's worker main class (named, not referenced: the CLI does not compile against it). */
    public static final String WORKER_MAIN = "dev.gilspy.interp.MultiprocessingChild";

    /**
     * One worker.
     *
     * @param name its {@code multiprocessing} name ({@code SpawnPoolWorker-1}), null when unknown
     */
    public record Worker(long pid, long parentPid, String name) {
        /** {@code 1234 (SpawnPoolWorker-1, worker of 1200)}. */
        public String describe() {
            return pid + " (" + (name == null ? "" : name + ", ") + "worker of " + parentPid + ")";
        }
    }

    /** The workers under {@code pid}, children and grandchildren, by pid. */
    public static List<Worker> of(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .filter(WorkerJvms::isWorker)
                .map(h -> new Worker(h.pid(), h.parent().map(ProcessHandle::pid).orElse(-1L), mpName(h.pid())))
                .sorted(Comparator.comparingLong(Worker::pid))
                .toList();
    }

    private static boolean isWorker(ProcessHandle h) {
        return h.info().arguments().map(args -> {
            for (int i = 0; i < args.length; i++) {
                // the class-data training run is no worker: it runs no task and exits in seconds
                if (args[i].equals(WORKER_MAIN)) return !(i + 1 < args.length && args[i + 1].equals("--cds-train"));
            }
            return false;
        }).orElse(false);
    }

    /** {@code GILSPY_MP_NAME} from the process's environment (the interpreter sets it for each worker), or null. */
    public static String mpName(long pid) {
        try {
            String env = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")), StandardCharsets.UTF_8);
            for (String var : env.split("\0")) {
                if (var.startsWith("GILSPY_MP_NAME=")) return var.substring("GILSPY_MP_NAME=".length());
            }
        } catch (IOException | RuntimeException e) {
            // gone already, another user's, or not Linux
        }
        return null;
    }
}
