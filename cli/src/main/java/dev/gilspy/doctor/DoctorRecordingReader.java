package dev.gilspy.doctor;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import dev.gilspy.report.GilEvent;
import dev.gilspy.report.GilRecording;
import dev.gilspy.report.RecordingException;
import dev.gilspy.report.RecordingReader;

/**
 * Reads a recording for the doctor, in the report readers' one pass: a truncated, foreign or empty
 * file fails with exactly their one-line message.
 */
public final class DoctorRecordingReader {
    private DoctorRecordingReader() {}

    public static Measured read(Path file) throws RecordingException {
        GilRecording recording = RecordingReader.standard().read(file);
        BitSet forced = new BitSet();
        int hold = 0;
        for (GilEvent e : recording.events()) {
            if (e.kind() != GilEvent.Kind.HOLD) continue;
            if (e.forced()) forced.set(hold);
            hold++;
        }
        List<Measured.StatsPoint> stats = recording.stats().stream()
                .map(s -> new Measured.StatsPoint(s.time(), s.mode(), s.intervalNanos(), s.held(), s.contention(),
                        s.switchesPerSecond(), s.forcedDropsPerSecond(), s.target(), s.intervalSource(),
                        s.acquisitionsTotal(), s.waitTotalNanos(), s.wallTotalNanos()))
                .toList();
        return new Measured(String.valueOf(file.getFileName()), recording.events(), forced, stats);
    }
}
