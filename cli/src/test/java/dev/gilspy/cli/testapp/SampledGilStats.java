package dev.gilspy.cli.testapp;

import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.ThreadGilStats;
import dev.gilspy.interp.gil.FrameInfo;
import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.ThreadState;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test stand-in for the agent's MXBean: samples every thread state of one {@link Gil} each
 * millisecond and turns the samples into the {@link GilMXBean} figures. Coarse (acquisitions are
 * state transitions seen by the sampler), but measured from the real lock, so {@code top}'s
 * contention and waiters are real numbers.
 */
public final class SampledGilStats implements GilMXBean {
    private static final double ALPHA_1M = Math.exp(-1 / 60.0);
    private static final double ALPHA_5M = Math.exp(-1 / 300.0);
    private static final double ALPHA_15M = Math.exp(-1 / 900.0);

    private final Gil gil;
    private final long started = System.nanoTime();
    private final Map<ThreadState, long[]> perThread = new HashMap<>(); // held, wait, acquisitions, lastStatus
    private long samples;
    private long heldSamples;
    private long waitSamples;
    private long contendedSamples;
    private long acquisitions;
    private long lastSwitchNumber;
    private long switches;
    private long forced;
    // the last one-second window
    private double held;
    private double contention;
    private double waiters;
    private double switchesPerSecond;
    private double c1 = 0;
    private double c5 = 0;
    private double c15 = 0;
    private double h1 = 0;
    private double h5 = 0;
    private double h15 = 0;

    private SampledGilStats(Gil gil) {
        this.gil = gil;
    }

    public static void register(Gil gil) throws Exception {
        SampledGilStats stats = new SampledGilStats(gil);
        ManagementFactory.getPlatformMBeanServer().registerMBean(stats, new ObjectName(GilMXBean.objectName(gil.interpreterId())));
        System.setProperty("gilspy.agent.version", "test-sampled");
        System.setProperty("gilspy.interpreter.version", "test");
        System.setProperty("gilspy.gil.mode", "on");
        Thread t = new Thread(stats::sampleForever, "gilspy-test-sampler");
        t.setDaemon(true);
        t.start();
    }

    private void sampleForever() {
        long windowStart = System.nanoTime();
        long wSamples = 0;
        long wHeld = 0;
        long wContended = 0;
        long wWait = 0;
        long wSwitches = switches;
        while (true) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                int holding = 0;
                int waiting = 0;
                for (ThreadState ts : ThreadState.all()) {
                    if (ts.gil() != gil) {
                        continue;
                    }
                    long[] t = perThread.computeIfAbsent(ts, k -> new long[4]);
                    int status = ts.status();
                    if (status == ThreadState.HOLDING) {
                        holding++;
                        t[0]++;
                        if (t[3] != ThreadState.HOLDING) {
                            t[2]++;
                            acquisitions++;
                        }
                    } else if (status == ThreadState.WAITING) {
                        waiting++;
                        t[1]++;
                    }
                    if (ts.dropRequested() && t[3] == ThreadState.HOLDING && status != ThreadState.HOLDING) {
                        forced++;
                    }
                    t[3] = status;
                }
                long sn = gil.switchNumber();
                switches += sn - lastSwitchNumber;
                lastSwitchNumber = sn;
                samples++;
                wSamples++;
                if (holding > 0) {
                    heldSamples++;
                    wHeld++;
                }
                if (waiting > 0) {
                    contendedSamples++;
                    wContended++;
                }
                waitSamples += waiting;
                wWait += waiting;
                long now = System.nanoTime();
                if (now - windowStart >= 1_000_000_000L) {
                    held = (double) wHeld / wSamples;
                    contention = (double) wContended / wSamples;
                    waiters = (double) wWait / wSamples;
                    switchesPerSecond = (switches - wSwitches) / ((now - windowStart) / 1e9);
                    c1 = c1 * ALPHA_1M + contention * (1 - ALPHA_1M);
                    c5 = c5 * ALPHA_5M + contention * (1 - ALPHA_5M);
                    c15 = c15 * ALPHA_15M + contention * (1 - ALPHA_15M);
                    h1 = h1 * ALPHA_1M + held * (1 - ALPHA_1M);
                    h5 = h5 * ALPHA_5M + held * (1 - ALPHA_5M);
                    h15 = h15 * ALPHA_15M + held * (1 - ALPHA_15M);
                    windowStart = now;
                    wSamples = wHeld = wContended = wWait = 0;
                    wSwitches = switches;
                }
            }
        }
    }

    private double secondsPerSample() {
        return samples == 0 ? 0 : (System.nanoTime() - started) / 1e9 / samples;
    }

    @Override public int getInterpreterId() { return gil.interpreterId(); }
    @Override public String getMode() { return gil.mode().name().toLowerCase(); }
    @Override public double getSwitchIntervalSeconds() { return gil.switchIntervalMicros() / 1e6; }
    @Override public String getTarget() { return "gilspy"; }
    @Override public long getUptimeMillis() { return (System.nanoTime() - started) / 1_000_000; }
    @Override public synchronized double getHeld() { return held; }
    @Override public synchronized double getContention() { return contention; }
    @Override public synchronized double getWaiters() { return waiters; }
    @Override public double getKnockRatio() { return Double.NaN; }
    @Override public synchronized double getSwitchesPerSecond() { return switchesPerSecond; }
    @Override public synchronized double getForcedDropsPerSecond() { return switchesPerSecond; }
    @Override public synchronized double getDropRequestsPerSecond() { return switchesPerSecond; }
    @Override public synchronized double getHeld1m() { return h1; }
    @Override public synchronized double getHeld5m() { return h5; }
    @Override public synchronized double getHeld15m() { return h15; }
    @Override public synchronized double getContention1m() { return c1; }
    @Override public synchronized double getContention5m() { return c5; }
    @Override public synchronized double getContention15m() { return c15; }
    @Override public double getWaitP50Millis() { return gil.switchIntervalMicros() / 1000.0; }
    @Override public double getWaitP99Millis() { return gil.switchIntervalMicros() / 1000.0 * 1.2; }
    @Override public double getWaitMaxMillis() { return gil.switchIntervalMicros() / 1000.0 * 2; }
    @Override public double getHoldP50Millis() { return gil.switchIntervalMicros() / 1000.0; }
    @Override public double getHoldP99Millis() { return gil.switchIntervalMicros() / 1000.0 * 1.1; }
    @Override public double getHoldMaxMillis() { return gil.switchIntervalMicros() / 1000.0 * 1.5; }

    @Override
    public String getHolderThread() {
        ThreadState h = gil.holder();
        return h == null ? "" : h.name();
    }

    @Override
    public String getHolderFunction() {
        ThreadState h = gil.holder();
        return h == null || h.frame() == null ? "" : describe(h.frame());
    }

    @Override public synchronized double getHeldSecondsTotal() { return heldSamples * secondsPerSample(); }
    @Override public synchronized double getWaitSecondsTotal() { return waitSamples * secondsPerSample(); }
    @Override public synchronized long getAcquisitionsTotal() { return acquisitions; }
    @Override public synchronized long getSwitchesTotal() { return switches; }
    @Override public synchronized long getForcedDropsTotal() { return forced; }
    @Override public synchronized long getDropRequestsTotal() { return forced; }

    @Override
    public synchronized ThreadGilStats[] getThreads() {
        double sps = secondsPerSample();
        double uptime = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        List<ThreadGilStats> out = new ArrayList<>();
        for (ThreadState ts : ThreadState.all()) {
            long[] t = perThread.get(ts);
            if (t == null) {
                continue;
            }
            List<String> stack = new ArrayList<>();
            for (FrameInfo f = ts.frame(); f != null; f = f.back()) {
                stack.add(describe(f));
            }
            double waitSeconds = t[1] * sps;
            out.add(new ThreadGilStats(ts.ident(), ts.name(), state(ts.status()), t[0] * sps / uptime,
                    waitSeconds / uptime, t[2] / uptime, t[2] == 0 ? 0 : waitSeconds * 1000 / t[2],
                    getWaitP99Millis(), getHoldMaxMillis(), stack.isEmpty() ? "" : stack.get(0),
                    stack.toArray(String[]::new), t[0] * sps, waitSeconds, t[2], 0));
        }
        return out.toArray(ThreadGilStats[]::new);
    }

    private static String state(int status) {
        return switch (status) {
            case ThreadState.HOLDING -> "HOLD";
            case ThreadState.WAITING -> "WAIT";
            case ThreadState.RELEASED_IO -> "IO";
            case ThreadState.RELEASED_NATIVE -> "NATIVE";
            default -> "IDLE";
        };
    }

    private static String describe(FrameInfo f) {
        return f.codeName() + " (" + f.fileName() + ":" + f.line() + ")";
    }

    @Override
    public synchronized void resetWindows() {
        c1 = c5 = c15 = h1 = h5 = h15 = 0;
    }
}
