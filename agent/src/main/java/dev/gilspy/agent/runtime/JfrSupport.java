package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilStatsAtChunkEndEvent;
import dev.gilspy.agent.jfr.GilStatsEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * Registers the {@code gilspy.*} event types and runs the {@code jfr=FILE} recording.
 *
 * <p>Volume: a recording whose settings do not name gilspy's events (the JDK's {@code default})
 * gets the events' own defaults, which are cheap: waits and holds of 10 ms or more, no samples,
 * no drop requests, statistics every second. A recording started with the JDK's {@code profile}
 * settings is made rich (1 ms thresholds, samples, drop requests) when it starts; one whose
 * settings name any {@code gilspy.} event is left as its settings say ({@code gilspy.jfc}).
 */
public final class JfrSupport {
    /** JDK events that would copy the environment and the system properties into our recordings. */
    static final String[] SECRETS = {"jdk.InitialEnvironmentVariable", "jdk.InitialSystemProperty"};

    private JfrSupport() {}

    /**
     * Registers the events now if the JVM's flight recorder is up, else as soon as something starts
     * it (a recording by {@code jcmd JFR.start}, {@code FlightRecorderMXBean}, JMC): JFR's own
     * start-up costs a few hundred milliseconds of CPU that a JVM nobody records should not pay.
     */
    public static void registerWhenRecorderStarts() {
        if (FlightRecorder.isInitialized()) {
            register();
            return;
        }
        FlightRecorder.addListener(new FlightRecorderListener() {
            private boolean done;

            @Override
            public synchronized void recorderInitialized(FlightRecorder recorder) {
                if (!done) {
                    done = true;
                    register();
                }
            }
        });
    }

    /**
     * Registers the events, so that a recording started later (by {@code jcmd JFR.start} or
     * {@code FlightRecorderMXBean}) knows and can enable them.
     */
    public static void register() {
        FlightRecorder.register(GilWaitEvent.class);
        FlightRecorder.register(GilHoldEvent.class);
        FlightRecorder.register(GilDropRequestEvent.class);
        FlightRecorder.register(GilSampleEvent.class);
        FlightRecorder.register(GilStatsEvent.class);
        FlightRecorder.register(GilStatsAtChunkEndEvent.class);
        JfrProbes.registered();
        FlightRecorder.addPeriodicEvent(GilStatsEvent.class, () -> emitStats(false));
        FlightRecorder.addPeriodicEvent(GilStatsAtChunkEndEvent.class, () -> emitStats(true));
        FlightRecorder.addListener(new FlightRecorderListener() {
            @Override
            public void recordingStateChanged(Recording recording) {
                if (recording.getState() == RecordingState.RUNNING) {
                    richWhenProfile(recording);
                }
            }
        });
    }

    /** The JDK's profile.jfc sets this; default.jfc says 20 ms. */
    private static boolean isProfile(Map<String, String> settings) {
        return "10 ms".equals(settings.get("jdk.JavaMonitorEnter#threshold"));
    }

    private static void richWhenProfile(Recording recording) {
        Map<String, String> settings = recording.getSettings();
        if (!isProfile(settings) || settings.keySet().stream().anyMatch(k -> k.startsWith("gilspy."))) {
            return;
        }
        enableAll(recording, Duration.ofMillis(1), Duration.ofMillis(1));
    }

    private static void enableAll(Recording rec, Duration waitThreshold, Duration holdThreshold) {
        rec.enable(GilWaitEvent.NAME).withThreshold(waitThreshold);
        rec.enable(GilHoldEvent.NAME).withThreshold(holdThreshold);
        rec.enable(GilDropRequestEvent.NAME);
        rec.enable(GilSampleEvent.NAME);
        rec.enable(GilStatsEvent.NAME).withPeriod(Duration.ofSeconds(1));
        rec.enable(GilStatsAtChunkEndEvent.NAME);
    }

    private static void emitStats(boolean atChunkEnd) {
        GilRecorder r = RecorderBinding.recorder();
        if (r == null) {
            return;
        }
        long now = System.nanoTime();
        for (GilStats s : r.all()) {
            GilStatsEvent e = new GilStatsEvent();
            if (!e.shouldCommit()) {
                return;
            }
            GilWindow w = s.window;
            Counters c = s.counters(now);
            e.interpreterId = s.interpreterId;
            e.mode = r.reader.mode(s.gil);
            e.switchInterval = r.reader.switchIntervalMicros(s.gil) * 1000;
            e.switchIntervalSource = r.reader.switchIntervalSource(s.gil);
            e.target = r.targetName;
            e.held = w.held();
            e.contention = w.contention();
            e.waiters = w.waiters();
            e.knockRatio = w.knockRatio();
            e.switchesPerSecond = w.switchesPerSecond();
            e.forcedDropsPerSecond = w.forcedDropsPerSecond();
            e.dropRequestsPerSecond = w.dropRequestsPerSecond();
            e.acquisitionsTotal = c.acquisitions();
            e.switchesTotal = c.switches();
            e.forcedDropsTotal = c.forcedDrops();
            e.dropRequestsTotal = c.dropRequests();
            e.heldTotal = c.held();
            e.waitTotal = c.waitArea();
            e.contendedTotal = c.contended();
            e.wallTotal = c.wall();
            e.atChunkEnd = atChunkEnd;
            e.commit();
        }
    }

    /**
     * Starts the {@code jfr=FILE} recording: the JDK's default settings without the environment
     * and the system properties, plus every gilspy event. The file is created first with mode
     * 0600, so the recording is the user's alone, and its chunks go to a private repository
     * ({@link PrivateJfrRepository}) (issue 16).
     */
    static Recording startRecording(Path file, long waitThresholdNanos, long holdThresholdNanos)
            throws IOException, ParseException {
        createPrivate(file);
        PrivateJfrRepository.configure();
        Recording rec = new Recording(Configuration.getConfiguration("default"));
        rec.setName("gilspy");
        for (String secret : SECRETS) {
            rec.disable(secret);
        }
        enableAll(rec, Duration.ofNanos(waitThresholdNanos), Duration.ofNanos(holdThresholdNanos));
        rec.setToDisk(true);
        rec.setDumpOnExit(true);
        rec.setDestination(file);
        rec.start();
        return rec;
    }

    /** Creates {@code file} readable and writable by its owner only, or narrows an existing one to that. */
    static void createPrivate(Path file) throws IOException {
        var owner = PosixFilePermissions.fromString("rw-------");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, owner);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }
}
