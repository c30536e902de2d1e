package dev.gilspy.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Builds MXBean-shaped samples for the view tests: a CPU-bound pair plus an I/O thread. */
public final class Samples {
    public static final TargetInfo TARGET = new TargetInfo(4242, "dev.example.Countdown", "17.0.15");

    private Samples() {}

    public static ThreadSample thread(long ident, String name, ThreadStatus status, double held, double wait,
                                      double heldTotal, double waitTotal, long acqTotal) {
        return new ThreadSample(ident, name, status, held, wait, 100, 5, 6, 5.5,
                "countdown (countdown.py:9)", List.of("countdown (countdown.py:9)", "<module> (countdown.py:14)"),
                heldTotal, waitTotal, acqTotal, 0, WaitHistogram.empty());
    }

    /** A contended pair at second {@code t}: each holds half the time and waits the other half. */
    public static GilSample pairAt(int t) {
        return new GilSample(0, "on", 0.005, t * 1000L, 0.99, 0.97, 1.0, 0.96, 200, 199, 200,
                0.95, 0.6, 0.22, 5, 5.2, 6, 5.1, 5.5, "countdown-0", "countdown (countdown.py:9)",
                0.99 * t, 1.0 * t, 200L * t, 200L * t, 199L * t, 0.97 * t, t,
                List.of(thread(1, "countdown-0", ThreadStatus.HOLD, 0.5, 0.5, 0.5 * t, 0.5 * t, 100L * t),
                        thread(2, "countdown-1", ThreadStatus.WAIT, 0.49, 0.5, 0.49 * t, 0.5 * t, 100L * t),
                        thread(3, "reader", ThreadStatus.IO, 0.0, 0.0, 0.001 * t, 0.0, 2L * t)));
    }

    /** The agent's wait buckets (upper bounds, ms) as its MXBean reports them. */
    public static final double[] AGENT_BOUNDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 7.5, 10, 25, 50, 100, 250, 500,
            1000, 2500, 10000};

    /**
     * {@link #pairAt} from an agent that counts each wait: by second {@code t} each countdown thread
     * waited 2.5-5 ms 60 t times and 5-7.5 ms 40 t times; the reader never waited past 50 us.
     */
    public static GilSample exactPairAt(int t) {
        GilSample s = pairAt(t);
        List<ThreadSample> threads = s.threads().stream().map(th -> {
            long[] counts = new long[AGENT_BOUNDS.length + 1];
            if (th.ident() == 3) {
                counts[0] = th.acquisitionsTotal();
            } else {
                counts[6] = 60L * t;
                counts[7] = 40L * t;
            }
            return new ThreadSample(th.ident(), th.name(), th.status(), th.held(), th.waiting(),
                    th.acquisitionsPerSecond(), th.avgWaitMillis(), th.p99WaitMillis(), th.maxHoldMillis(),
                    th.function(), th.stack(), th.heldSecondsTotal(), th.waitSecondsTotal(), th.acquisitionsTotal(),
                    th.forcedDropsTotal(), WaitHistogram.of(AGENT_BOUNDS, counts));
        }).toList();
        return new GilSample(s.interpreterId(), s.mode(), s.switchIntervalSeconds(), s.uptimeMillis(), s.held(),
                s.contention(), s.waiters(), s.knockRatio(), s.switchesPerSecond(), s.forcedDropsPerSecond(),
                s.dropRequestsPerSecond(), s.contention1m(), s.contention5m(), s.contention15m(), s.waitP50Millis(),
                s.waitP99Millis(), s.waitMaxMillis(), s.holdP99Millis(), s.holdMaxMillis(), s.holderThread(),
                s.holderFunction(), s.heldSecondsTotal(), s.waitSecondsTotal(), s.acquisitionsTotal(),
                s.switchesTotal(), s.forcedDropsTotal(), s.contendedSecondsTotal(), s.wallSecondsTotal(), threads);
    }

    /** The same pair measured on GraalPy: 50 ms release interval, read from GraalPy by the agent. */
    public static GilSample graalPyPairAt(int t) {
        GilSample g = pairAt(t);
        return new GilSample(g.interpreterId(), g.mode(), 0.05, g.uptimeMillis(), g.held(), g.contention(), g.waiters(),
                Double.NaN, 20, 19, 20, g.contention1m(), g.contention5m(), g.contention15m(), 50, 52, 60, 51, 55,
                g.holderThread(), g.holderFunction(), g.heldSecondsTotal(), g.waitSecondsTotal(), g.acquisitionsTotal(),
                g.switchesTotal(), g.forcedDropsTotal(), g.contendedSecondsTotal(), g.wallSecondsTotal(), g.threads(),
                "graalpy", "read from GraalPy: AsyncHandler.GIL_RELEASE_DELAY = 50 ms");
    }

    /** Replays samples, then reports that the target exited. */
    public static final class Replay implements GilSource {
        private final Deque<GilSample> queue = new ArrayDeque<>();
        public int resets;

        public Replay(GilSample... samples) {
            queue.addAll(List.of(samples));
        }

        @Override public TargetInfo target() { return TARGET; }

        @Override
        public Optional<GilSample> sample() throws SourceGoneException {
            if (queue.isEmpty()) {
                throw new SourceGoneException("target PID 4242 exited");
            }
            return Optional.of(queue.removeFirst());
        }

        @Override public void resetWindows() { resets++; }
    }
}
