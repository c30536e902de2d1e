package dev.gilspy.record;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gilspy.report.GilRecording;
import dev.gilspy.report.ProcessMerge;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;

/**
 * {@code record --follow-children}: the script's recording and its workers' as one recording with a
 * process each ({@link ProcessMerge}), and one line that names the processes. A worker whose file holds
 * no GIL events (killed before it wrote, or a JVM that never ran Python) is left out and counted.
 */
public final class WorkerRecordings {
    private WorkerRecordings() {}

    /**
     * @param keepJfr when not null, each worker's file is also kept beside it as {@code NAME-PID.jfr}
     */
    public static GilRecording merge(GilRecording script, Recorder.Recording r, String scriptLabel, Path keepJfr,
                                     PrintStream err) throws IOException {
        List<ProcessMerge.Part> parts = new ArrayList<>();
        parts.add(new ProcessMerge.Part(script, r.scriptPid(), scriptLabel));
        List<String> names = new ArrayList<>();
        int empty = 0;
        for (Recorder.Worker w : r.workers()) {
            GilRecording rec;
            try {
                rec = Files.size(w.jfr()) == 0 ? null : RecordingReader.standard().read(w.jfr());
            } catch (RecordingException e) {
                rec = null;
            }
            if (rec == null || rec.events().isEmpty()) {
                empty++;
                continue;
            }
            if (keepJfr != null) WorkDir.copyPrivately(w.jfr(), sibling(keepJfr, w.pid()));
            String label = label(w, r.scriptPid());
            parts.add(new ProcessMerge.Part(rec, w.pid(), label));
            names.add(w.pid() + " (" + label + ")");
        }
        err.println("gilspy: " + (names.isEmpty() ? "no worker recorded GIL events" : "recorded " + names.size()
                + (names.size() == 1 ? " worker: " : " workers: ") + String.join(", ", names))
                + (empty > 0 ? "; " + empty + " other JVM" + (empty == 1 ? "" : "s") + " left no GIL events" : ""));
        return ProcessMerge.merge(parts);
    }

    /** {@code SpawnPoolWorker-1, worker of 1200}. */
    static String label(Recorder.Worker w, long scriptPid) {
        long parent = w.parentPid() > 0 ? w.parentPid() : scriptPid;
        String of = parent > 0 ? "worker of " + parent : "worker";
        return w.name() == null || w.name().isBlank() ? of : w.name() + ", " + of;
    }

    /** {@code out.jfr} and 1234: {@code out-1234.jfr}. */
    static Path sibling(Path keepJfr, long pid) {
        String name = keepJfr.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return keepJfr.resolveSibling(stem + "-" + pid + ext);
    }
}
