package dev.gilspy.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recordings of several processes (a script and its {@code multiprocessing} workers, each a JVM
 * with its own GIL: {@code record --follow-children}) as one recording in which every process stays
 * apart:
 * <ul>
 *   <li>each process's GILs get interpreter ids of their own ({@code 1000 x process + id}, the parent
 *       keeping its ids), named after the process: a trace has one process per GIL, and the
 *       statistics per GIL never mix two processes;</li>
 *   <li>every stack gets the process as its outermost frame, so a flame graph has one tower per process
 *       ({@code [process 1234: SpawnPoolWorker-1, worker of 1200]});</li>
 *   <li>every thread name starts with the process's pid ({@code [1234] MainThread}), so the per-thread
 *       tables and the timeline's lanes say whose thread it is.</li>
 * </ul>
 * Events stay in file order, the parent's first, then each worker's (readers that want time order sort, as
 * for one file). The periodic statistics ({@code gilspy.GilStats}) are the parent's.
 */
public final class ProcessMerge {
    private ProcessMerge() {}

    /** Interpreter ids of process {@code i} start at {@code i * ID_STRIDE}. */
    static final int ID_STRIDE = 1000;

    /**
     * One process's recording.
     *
     * @param pid   its pid
     * @param label what it was: {@code parent}, or {@code SpawnPoolWorker-1, worker of 1200}
     */
    public record Part(GilRecording recording, long pid, String label) {
        String frame() { return "[process " + pid + ": " + label + "]"; }
    }

    /** Merges {@code parts}, the first being the parent (the process {@code record} launched). */
    public static GilRecording merge(List<Part> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("no recordings to merge");
        List<GilEvent> events = new ArrayList<>();
        List<GilRecording.JavaSample> javaSamples = new ArrayList<>();
        Map<Integer, String> gilNames = new LinkedHashMap<>();
        long other = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            int base = i * ID_STRIDE;
            String frame = p.frame();
            String prefix = "[" + p.pid() + "] ";
            Map<PyStack, PyStack> stacks = new IdentityHashMap<>(); // the reader shares stacks: so do we
            for (GilEvent e : p.recording().events()) {
                int id = base + e.interpreterId();
                gilNames.computeIfAbsent(id, k -> "GIL of process " + p.pid() + " (" + p.label() + ")"
                        + (e.interpreterId() != 0 ? ", interpreter " + e.interpreterId() : ""));
                events.add(new GilEvent(e.kind(), id, e.start(), e.duration(), prefix + e.thread(),
                        stacks.computeIfAbsent(e.stack(), s -> s.under(frame)), e.state(),
                        e.other() == null ? null : prefix + e.other(), e.javaThread() == null ? null : prefix + e.javaThread(),
                        e.threadId(), e.forced()));
            }
            for (GilRecording.JavaSample s : p.recording().javaSamples()) {
                javaSamples.add(new GilRecording.JavaSample(s.start(), prefix + s.thread(), s.innermostFirst(), s.weight()));
            }
            other += p.recording().otherEvents();
        }
        GilRecording parent = parts.get(0).recording();
        return new GilRecording(parent.source(), events, other, javaSamples, parent.stats(), parent.thresholds(), gilNames);
    }
}
