package dev.gilspy.interp.golden;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/**
 * A hang detector whose limit is in seconds of a core's time rather than of the wall clock.
 *
 * <p>A golden program's time limit exists only to catch a hang, yet on a machine where the load
 * average is many times the core count a program gets a small share of a core, and a fixed wall
 * limit failed programs that were merely slow there (stdlib/185_bz2_lzma_streams, mp/005_manager,
 * codecs_cjk/001 at load 100 on 2 cores). Here each wall second counts as
 * {@code min(1, cores / load)} of a second (at least {@link #MIN_SHARE}), sampled every poll, so
 * the limit is unchanged on a quiet machine and stretches while the machine is oversubscribed; a
 * real hang is still caught, later. The call runs on another thread, interrupted when it runs out,
 * as {@code assertTimeoutPreemptively} does. Public for the other hang catchers of the tests
 * (RealProgramsTest).
 */
public final class LoadScaledTimeout {
    private LoadScaledTimeout() {}

    /** The least share of a core a wall second counts for: a limit stretches at most 20 times. */
    static final double MIN_SHARE = 0.05;
    private static final long POLL_MILLIS = 250;

    /** The share of a core one thread gets now: {@code cores / load}, clamped to [MIN_SHARE, 1]. */
    static double shareNow() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return share(os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    static double share(double load, int cores) {
        if (!(load > cores)) {
            return 1.0; // unknown (negative) or not oversubscribed
        }
        return Math.max(MIN_SHARE, cores / load);
    }

    /** Thrown when the limit ran out; carries the wall time waited. */
    public static final class Expired extends RuntimeException {
        Expired(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code task} on a new thread and returns its result, or throws {@link Expired} once
     * {@code limit} of load-scaled time (see the class comment) has gone by.
     */
    public static <T> T call(Duration limit, Callable<T> task) throws Exception {
        return call(limit, task, LoadScaledTimeout::shareNow);
    }

    static <T> T call(Duration limit, Callable<T> task, DoubleSupplier share) throws Exception {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "golden-run");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> f = ex.submit(task);
            double credited = 0;
            double budget = limit.toNanos() / 1e9;
            long start = System.nanoTime();
            long last = start;
            while (true) {
                try {
                    return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    credited += (now - last) / 1e9 * share.getAsDouble();
                    last = now;
                    if (credited >= budget) {
                        f.cancel(true);
                        throw new Expired(String.format("still running after %.0f s (%d s of load-scaled time; load %.1f)",
                                (now - start) / 1e9, limit.toSeconds(),
                                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception x) {
                        throw x;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw e;
                }
            }
        } finally {
            ex.shutdownNow();
        }
    }
}
