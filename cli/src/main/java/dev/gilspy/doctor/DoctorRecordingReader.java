package dev.gilspy.doctor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.gilspy.report.GilRecording;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a recording for the doctor. The report readers check the file and parse the events, so a
 * truncated, foreign or empty file fails with exactly their one-line message; a second pass picks
 * up the forced flag of each hold and the periodic statistics, which the report model leaves out.
 */
public final class DoctorRecordingReader {
    private static final String GIL_STATS = "gilspy.GilStats";

    private DoctorRecordingReader() {}

    public static Measured read(Path file) throws RecordingException {
        GilRecording recording = RecordingReader.standard().read(file);
        BitSet forced = new BitSet();
        List<Measured.StatsPoint> stats = new ArrayList<>();
        int hold = 0;
        try (RecordingFile in = new RecordingFile(file)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                String name = e.getEventType().getName();
                if (name.equals(RecordingReader.GIL_HOLD)) {
                    if (e.hasField("forced") && e.getBoolean("forced")) forced.set(hold);
                    hold++;
                } else if (name.equals(GIL_STATS)) {
                    stats.add(new Measured.StatsPoint(nanos(e.getStartTime()), e.getString("mode"),
                            e.getDuration("switchInterval").toNanos(), e.getDouble("held"), e.getDouble("contention"),
                            e.getDouble("switchesPerSecond"), e.getDouble("forcedDropsPerSecond")));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RecordingException(file + ": truncated or corrupt JFR recording (" + RecordingReader.oneLine(e) + ")", e);
        }
        return new Measured(String.valueOf(file.getFileName()), recording.events(), forced, stats);
    }

    private static long nanos(Instant t) { return t.getEpochSecond() * 1_000_000_000L + t.getNano(); }
}
