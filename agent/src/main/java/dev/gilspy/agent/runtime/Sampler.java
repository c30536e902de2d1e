package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilSampleEvent;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples every Python thread's state and stack at a fixed rate, as py-spy does, without ever
 * taking the GIL: it reads the thread states and frame chains racily. Unless a recording enables
 * {@code gilspy.GilSample}, it only wakes once a second to look.
 */
final class Sampler implements Runnable {
    static final long IDLE_CHECK_NANOS = 1_000_000_000L;
    private final long periodNanos;
    private volatile boolean stopped;

    Sampler(int hz) {
        this.periodNanos = 1_000_000_000L / hz;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long next = System.nanoTime();
        while (!stopped) {
            next += periodNanos;
            long delay = next - System.nanoTime();
            if (delay > 0) {
                LockSupport.parkNanos(delay);
            } else {
                next = System.nanoTime(); // fell behind: skip samples rather than burst
            }
            if (!JfrProbes.sampleEnabled()) {
                // No recording wants samples: wake once a second to look, not at the sampling rate.
                LockSupport.parkNanos(IDLE_CHECK_NANOS);
                next = System.nanoTime();
                continue;
            }
            GilRecorder r = RecorderBinding.recorder();
            if (r != null) {
                sample(r);
            }
        }
    }

    private static void sample(GilRecorder r) {
        TargetReader reader = r.reader;
        for (Object ts : reader.threadStates()) {
            if (r.isAgentState(ts)) {
                continue;
            }
            GilSampleEvent e = new GilSampleEvent();
            if (!e.shouldCommit()) {
                return;
            }
            e.interpreterId = reader.threadInterpreterId(ts);
            e.sampledThread = reader.thread(ts);
            e.pythonThread = reader.name(ts);
            e.state = TargetReader.stateName(reader.status(ts));
            e.pythonStack = r.stacks.intern(reader.frame(ts)).text;
            e.commit();
        }
    }
}
