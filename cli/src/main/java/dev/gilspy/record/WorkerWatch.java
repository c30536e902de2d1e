package dev.gilspy.record;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Who is whose worker, for {@code record --follow-children}: the script's descendants, looked at while it
 * runs (a worker's recording is read after it has exited, when its parent can no longer be asked), with
 * each one's parent and {@code multiprocessing} name ({@code GILSPY_MP_NAME}, which the interpreter puts in
 * a worker's environment: {@code SpawnPoolWorker-1}). A worker that starts and ends between two looks is
 * named by its recording only.
 */
final class WorkerWatch {
    /** What was seen of one descendant. */
    record Seen(long parentPid, String name) {}

    private final ProcessHandle script;
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    WorkerWatch(ProcessHandle script) { this.script = script; }

    /** Looks at the script's descendants now. Cheap: a walk of /proc. */
    void look() {
        // a name not found yet is looked for again: the JDK starts a process through jspawnhelper, which has
        // the parent's environment until it execs the worker's java
        script.descendants().forEach(d -> seen.compute(d.pid(), (pid, was) -> was != null && was.name() != null ? was
                : new Seen(was != null ? was.parentPid() : d.parent().map(ProcessHandle::pid).orElse(-1L), mpName(pid))));
    }

    Seen seen(long pid) { return seen.get(pid); }

    /**
     * Stops the script's workers before the script itself, so each writes its recording (a worker halts
     * on SIGTERM after writing it; the script, stopped first, would SIGKILL them on its way out).
     */
    void stopWorkers(Duration patience) {
        List<ProcessHandle> workers = script.descendants().toList();
        workers.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + patience.toNanos();
        for (ProcessHandle w : workers) {
            try {
                w.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // still writing, or not ours to wait for: the script's own stop deals with it
            }
        }
    }

    static String mpName(long pid) { return dev.gilspy.attach.WorkerJvms.mpName(pid); }
}
