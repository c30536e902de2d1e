package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilStatsEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;

/** Registers the {@code gilspy.*} event types and runs the {@code jfr=FILE} recording. */
public final class JfrSupport {
    private JfrSupport() {}

    /**
     * Registers the events at agent start, so that a recording started later (by
     * {@code jcmd JFR.start} or {@code FlightRecorderMXBean}) knows and can enable them.
     */
    public static void register() {
        FlightRecorder.register(GilWaitEvent.class);
        FlightRecorder.register(GilHoldEvent.class);
        FlightRecorder.register(GilDropRequestEvent.class);
        FlightRecorder.register(GilSampleEvent.class);
        FlightRecorder.register(GilStatsEvent.class);
        FlightRecorder.addPeriodicEvent(GilStatsEvent.class, JfrSupport::emitStats);
    }

    private static void emitStats() {
        GilRecorder r = RecorderBinding.recorder();
        if (r == null) {
            return;
        }
        for (GilStats s : r.all()) {
            GilStatsEvent e = new GilStatsEvent();
            if (!e.shouldCommit()) {
                return;
            }
            GilWindow w = s.window;
            e.interpreterId = s.interpreterId;
            e.mode = r.reader.mode(s.gil);
            e.switchInterval = r.reader.switchIntervalMicros(s.gil);
            e.held = w.held();
            e.contention = w.contention();
            e.waiters = w.waiters();
            e.knockRatio = w.knockRatio();
            e.switchesPerSecond = w.switchesPerSecond();
            e.forcedDropsPerSecond = w.forcedDropsPerSecond();
            e.acquisitionsTotal = s.counters(System.nanoTime()).acquisitions();
            e.commit();
        }
    }

    /** Starts the {@code jfr=FILE} recording: the JDK's default settings plus every gilspy event. */
    public static Recording startRecording(Path file, long waitThresholdNanos, long holdThresholdNanos)
            throws IOException, ParseException {
        Recording rec = new Recording(Configuration.getConfiguration("default"));
        rec.setName("gilspy");
        rec.enable(GilWaitEvent.NAME).withThreshold(Duration.ofNanos(waitThresholdNanos));
        rec.enable(GilHoldEvent.NAME).withThreshold(Duration.ofNanos(holdThresholdNanos));
        rec.enable(GilDropRequestEvent.NAME);
        rec.enable(GilSampleEvent.NAME);
        rec.enable(GilStatsEvent.NAME).withPeriod(Duration.ofSeconds(1));
        rec.setToDisk(true);
        rec.setDumpOnExit(true);
        rec.setDestination(file);
        rec.start();
        return rec;
    }
}
