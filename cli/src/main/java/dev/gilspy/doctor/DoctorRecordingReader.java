package dev.gilspy.doctor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

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
        List<Measured.CpuPoint> cpu = new java.util.ArrayList<>();
        int cpus = readCpu(file, cpu);
        return new Measured(String.valueOf(file.getFileName()), recording.events(), forced, stats, List.copyOf(cpu), cpus);
    }

    /**
     * The JDK's {@code jdk.CPULoad} points (a launched script records them with the JDK's default
     * settings) and the machine's hardware threads: what tells a starved program from a slow one.
     * Best effort: the file already passed the report readers, and without these the doctor judges as before.
     */
    private static int readCpu(Path file, List<Measured.CpuPoint> out) {
        int cpus = 0;
        try (RecordingFile f = new RecordingFile(file)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                String name = e.getEventType().getName();
                if (name.equals("jdk.CPULoad")) {
                    Instant t = e.getStartTime();
                    out.add(new Measured.CpuPoint(t.getEpochSecond() * 1_000_000_000L + t.getNano(),
                            e.getFloat("jvmUser") + e.getFloat("jvmSystem"), e.getFloat("machineTotal")));
                } else if (name.equals("jdk.CPUInformation") && e.hasField("hwThreads")) {
                    cpus = e.getInt("hwThreads");
                }
            }
        } catch (IOException | RuntimeException e) {
            out.clear();
            return 0;
        }
        out.sort(java.util.Comparator.comparingLong(Measured.CpuPoint::time));
        return cpus;
    }
}
