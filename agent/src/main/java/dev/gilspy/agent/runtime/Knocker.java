package dev.gilspy.agent.runtime;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * gilknocker's probe: every polling interval, take the GIL through the interpreter's real take
 * path with a thread state of our own, measure how long that took, and drop it again. The knock
 * ratio is Σ wait / elapsed time, per sampling window and per statistics window.
 *
 * <p>It perturbs what it measures (a knock behind a CPU-bound holder forces a switch after one
 * switch interval), exactly as gilknocker does; that is why it is off unless {@code knock=} asks
 * for it, and why the agent reports it beside the exact contention instead of it. Its takes and
 * waits, its drop requests and the drops that answer only them are kept out of every figure about
 * the program (see {@code GilStats#probeRequested}).
 */
final class Knocker implements Runnable {
    private final long pollNanos;
    private final long windowNanos;
    private final Map<Object, Probe> probes = new IdentityHashMap<>();
    private volatile boolean stopped;

    Knocker(long pollNanos, long windowNanos) {
        this.pollNanos = pollNanos;
        this.windowNanos = windowNanos;
    }

    private static final class Probe {
        final Object ts;
        long lastEnd;
        long windowStart;
        long windowWait;

        Probe(Object ts, long now) {
            this.ts = ts;
            this.lastEnd = now;
            this.windowStart = now;
        }
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped) {
            LockSupport.parkNanos(pollNanos);
            if (!Clients.present()) {
                pause();
                continue;
            }
            GilRecorder r = RecorderBinding.recorder();
            if (r == null || !r.reader.canKnock()) {
                continue;
            }
            for (GilStats s : r.all()) {
                knock(r, s);
            }
        }
        GilRecorder r = RecorderBinding.recorder();
        if (r != null) {
            probes.values().forEach(p -> {
                r.reader.knockDetach(p.ts);
                r.removeAgentState(p.ts);
            });
        }
    }

    /** Nobody reads the knock ratio: detach the probes and look again in a second. */
    private void pause() {
        GilRecorder r = RecorderBinding.recorder();
        if (r != null && !probes.isEmpty()) {
            probes.values().forEach(p -> {
                r.reader.knockDetach(p.ts);
                r.removeAgentState(p.ts);
            });
            probes.clear();
        }
        LockSupport.parkNanos(1_000_000_000L);
    }

    private void knock(GilRecorder r, GilStats s) {
        TargetReader reader = r.reader;
        if (reader.mode(s.gil).equals("off")) {
            return;
        }
        Probe p = probes.get(s.gil);
        if (p == null) {
            Object ts = reader.knockAttach(s.gil, "gilspy-knocker");
            r.addAgentState(ts);
            p = new Probe(ts, System.nanoTime());
            probes.put(s.gil, p);
        }
        long t0 = System.nanoTime();
        reader.knockTake(p.ts);
        long t1 = System.nanoTime();
        reader.knockDrop(p.ts);
        long wait = t1 - t0;
        s.knockWait += wait;          // single writer: plain read-modify-write of a volatile is fine
        s.knockTime += t1 - p.lastEnd;
        p.lastEnd = t1;
        p.windowWait += wait;
        if (t1 - p.windowStart >= windowNanos) {
            s.knockWindowRatio = Math.min(1, (double) p.windowWait / (t1 - p.windowStart));
            p.windowStart = t1;
            p.windowWait = 0;
        }
    }
}
