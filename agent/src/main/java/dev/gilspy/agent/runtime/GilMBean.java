package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.ThreadGilStats;
import dev.gilspy.agent.metrics.GilMetricsSource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GilMXBean} over one {@link GilStats}. Window figures come from the last closed window;
 * {@code ...Total} counters are read fresh, so a scraper always sees the current monotonic value.
 */
final class GilMBean implements GilMXBean, GilMetricsSource {
    private final GilRecorder recorder;
    private final GilStats stats;

    GilMBean(GilRecorder recorder, GilStats stats) {
        this.recorder = recorder;
        this.stats = stats;
    }

    /**
     * The last closed window; before the first one closes (the agent measures from when it
     * started, which may be a moment ago), the figures since then, so that a client reading at once
     * sees the GIL as it is and not a window of zeros.
     */
    private GilWindow w() {
        GilWindow w = stats.window;
        if (w != GilWindow.EMPTY) {
            return w;
        }
        Counters c = c();
        if (c.wall() <= 0) {
            return w;
        }
        double wall = c.wall() / 1e9;
        double held = c.held() / 1e9 / wall;
        double contention = c.contended() / 1e9 / wall;
        double waiters = c.waitArea() / 1e9 / wall;
        return new GilWindow(wall, held, contention, waiters, GilWindow.NO_KNOCK, c.switches() / wall,
                c.forcedDrops() / wall, c.dropRequests() / wall, held, held, held, contention, contention, contention,
                waiters, waiters, waiters, 0, 0, 0, 0, 0, 0);
    }
    private Counters c() { return stats.counters(System.nanoTime()); }
    private TargetReader reader() { return recorder.reader; }

    @Override public int getInterpreterId() { return stats.interpreterId; }
    @Override public String getMode() { return reader().mode(stats.gil); }
    @Override public double getSwitchIntervalSeconds() { return reader().switchIntervalMicros(stats.gil) / 1e6; }
    @Override public String getSwitchIntervalSource() { return reader().switchIntervalSource(stats.gil); }
    @Override public String getTarget() { return recorder.targetName; }
    @Override public long getUptimeMillis() { return (System.nanoTime() - stats.startNanos) / 1_000_000; }

    @Override public double getHeld() { return w().held(); }
    @Override public double getContention() { return w().contention(); }
    @Override public double getWaiters() { return w().waiters(); }
    @Override public double getKnockRatio() { return w().knockRatio(); }
    @Override public double getSwitchesPerSecond() { return w().switchesPerSecond(); }
    @Override public double getForcedDropsPerSecond() { return w().forcedDropsPerSecond(); }
    @Override public double getDropRequestsPerSecond() { return w().dropRequestsPerSecond(); }

    @Override public double getHeld1m() { return w().held1m(); }
    @Override public double getHeld5m() { return w().held5m(); }
    @Override public double getHeld15m() { return w().held15m(); }
    @Override public double getContention1m() { return w().contention1m(); }
    @Override public double getContention5m() { return w().contention5m(); }
    @Override public double getContention15m() { return w().contention15m(); }
    @Override public double getWaiters1m() { return w().waiters1m(); }
    @Override public double getWaiters5m() { return w().waiters5m(); }
    @Override public double getWaiters15m() { return w().waiters15m(); }

    @Override public double getWaitP50Millis() { return w().waitP50Millis(); }
    @Override public double getWaitP99Millis() { return w().waitP99Millis(); }
    @Override public double getWaitMaxMillis() { return w().waitMaxMillis(); }
    @Override public double getHoldP50Millis() { return w().holdP50Millis(); }
    @Override public double getHoldP99Millis() { return w().holdP99Millis(); }
    @Override public double getHoldMaxMillis() { return w().holdMaxMillis(); }

    @Override public String getHolderThread() {
        Object h = reader().holder(stats.gil);
        return h == null ? "" : reader().name(h);
    }

    @Override public String getHolderFunction() {
        Object h = reader().holder(stats.gil);
        return h == null ? "" : recorder.stacks.intern(reader().frame(h)).top;
    }

    @Override public double getHeldSecondsTotal() { return c().held() / 1e9; }
    @Override public double getWaitSecondsTotal() { return c().waitArea() / 1e9; }
    @Override public long getAcquisitionsTotal() { return c().acquisitions(); }
    @Override public long getSwitchesTotal() { return c().switches(); }
    @Override public long getForcedDropsTotal() { return c().forcedDrops(); }
    @Override public long getDropRequestsTotal() { return c().dropRequests(); }
    @Override public double getContendedSecondsTotal() { return c().contended() / 1e9; }
    @Override public double getWallSecondsTotal() { return c().wall() / 1e9; }
    @Override public double getKnockWaitSecondsTotal() { return stats.knockWait / 1e9; }
    @Override public double getKnockSecondsTotal() { return stats.knockTime / 1e9; }
    @Override public double getKnockRatioLastWindow() { return stats.knockWindowRatio; }

    @Override
    public ThreadGilStats[] getThreads() {
        List<ThreadGilStats> out = new ArrayList<>();
        TargetReader reader = reader();
        long now = System.nanoTime();
        for (Object ts : reader.threadStates()) {
            if (recorder.isAgentState(ts) || reader.threadInterpreterId(ts) != stats.interpreterId) {
                continue;
            }
            ThreadRecord r = stats.threads.get(ts);
            ThreadRecord.ThreadWindow win = r == null ? ThreadRecord.ThreadWindow.EMPTY : r.window;
            ThreadRecord.Totals t = r == null ? new ThreadRecord.Totals(0, 0, 0, 0) : stats.totals(r, now);
            StackNode stack = recorder.stacks.intern(reader.frame(ts));
            out.add(new ThreadGilStats(reader.ident(ts), reader.name(ts), TargetReader.stateName(reader.status(ts)),
                    win.held(), win.waiting(), win.acquisitionsPerSecond(), win.avgWaitMillis(), win.p99WaitMillis(),
                    win.maxHoldMillis(), stack.top, stack.frames(), t.heldNanos() / 1e9, t.waitNanos() / 1e9,
                    t.acquisitions(), t.forcedDrops(), BOUNDS_MILLIS,
                    r == null ? new long[BOUNDS_MILLIS.length + 1] : stats.waitCounts(r)));
        }
        return out.toArray(new ThreadGilStats[0]);
    }

    @Override public void resetWindows() { stats.resetWindows(); }

    // ------------------------------------------------------------------ GilMetricsSource

    @Override public GilMXBean bean() { return this; }
    @Override public Histogram waits() {
        GilStats.Histograms h = stats.histograms();
        return new Histogram(BOUNDS, h.waitCounts(), h.waitSumNanos() / 1e9);
    }
    @Override public Histogram holds() {
        GilStats.Histograms h = stats.histograms();
        return new Histogram(BOUNDS, h.holdCounts(), h.holdSumNanos() / 1e9);
    }

    private static final double[] BOUNDS = bounds();
    private static final double[] BOUNDS_MILLIS = boundsMillis();

    private static double[] boundsMillis() {
        double[] b = new double[GilStats.BUCKET_NANOS.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = GilStats.BUCKET_NANOS[i] / 1e6;
        }
        return b;
    }

    private static double[] bounds() {
        double[] b = new double[GilStats.BUCKET_NANOS.length + 1];
        for (int i = 0; i < GilStats.BUCKET_NANOS.length; i++) {
            b[i] = GilStats.BUCKET_NANOS[i] / 1e9;
        }
        b[b.length - 1] = Double.POSITIVE_INFINITY;
        return b;
    }
}
