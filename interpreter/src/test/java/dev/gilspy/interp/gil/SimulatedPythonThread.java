package dev.gilspy.interp.gil;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * A CPU-bound Python thread without the interpreter: it takes the GIL, then runs a "bytecode loop"
 * that does a little work and polls the eval breaker at every iteration, as the eval loop does at
 * its check sites. It records every holder run: from taking the GIL to the check site where it
 * had to let another thread run.
 */
final class SimulatedPythonThread extends Thread {
    private final Gil gil;
    private final CountDownLatch start;
    private final long[] runNanos = new long[200_000];
    private int runs;
    private int selfHandoffs;
    private long iterations;
    private long checkSitesServed;
    private long releases;
    private long retakes;
    private volatile boolean stopRequested;
    private volatile long sink;
    private long cpuNanos;

    SimulatedPythonThread(Gil gil, String name, CountDownLatch start) {
        super(name);
        setDaemon(true);
        this.gil = gil;
        this.start = start;
    }

    @Override
    public void run() {
        ThreadState ts = ThreadState.attach(gil, getName());
        try {
            start.await();
            gil.take(ts);
            try {
                loop(ts);
            } finally {
                gil.drop(ts);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ts.detach();
        }
    }

    private void loop(ThreadState ts) {
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long x = getId();
        long runStart = System.nanoTime();
        while (!stopRequested) {
            for (int i = 0; i < 64; i++) { // one "bytecode": a few hundred nanoseconds of arithmetic
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            iterations++;
            if (ts.evalBreaker != 0) {
                long now = System.nanoTime();
                long before = gil.switchNumber();
                boolean dropRequested = ts.dropRequested();
                ts.handleEvalBreaker();
                checkSitesServed++;
                long switches = gil.switchNumber() - before;
                if (switches > 0) {
                    record(now - runStart);
                    runStart = System.nanoTime();
                }
                if (ts.ticks == 0 && gil.mode() == GilMode.LEGACY) {
                    releases++;
                    if (switches == 0) {
                        retakes++;
                    }
                }
                if (dropRequested && switches == 0) {
                    // a forced drop, and nobody else took the GIL before we took it back: must never happen
                    selfHandoffs++;
                }
            }
        }
        sink = x;
        cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    }

    private void record(long nanos) {
        if (runs < runNanos.length) {
            runNanos[runs++] = nanos;
        }
    }

    void requestStop() { stopRequested = true; }

    /** Holder runs ended by a switch, in milliseconds; the first run (start-up) is left out. */
    double[] runMillis() {
        return Arrays.stream(runNanos, Math.min(1, runs), runs).mapToDouble(n -> n / 1e6).toArray();
    }

    /** Times the thread took the GIL straight back after a forced drop (must stay 0 in the new GIL). */
    int selfHandoffs() { return selfHandoffs; }

    long iterations() { return iterations; }

    /** CPU time the thread spent in its loop (read after join). */
    long cpuNanos() { return cpuNanos; }

    long checkSitesServed() { return checkSitesServed; }

    /** Legacy mode: how often this thread released the GIL at a check interval. */
    long releases() { return releases; }

    /** Legacy mode: releases after which this same thread got the GIL back first. */
    long retakes() { return retakes; }

    /** Runs {@code threads} spinners on {@code gil} for {@code millis}, then stops and joins them. */
    static SimulatedPythonThread[] runSpinners(Gil gil, int threads, long millis) throws InterruptedException {
        return runSpinners(gil, threads, millis, millis, () -> true);
    }

    /**
     * Runs spinners for {@code millis}, then on until {@code enough} holds or {@code maxMillis} went by: a
     * count that a quiet machine reaches in {@code millis} takes ten times as long at load 40 on 2 cores.
     */
    static SimulatedPythonThread[] runSpinners(Gil gil, int threads, long millis, long maxMillis, java.util.function.BooleanSupplier enough)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        SimulatedPythonThread[] spinners = new SimulatedPythonThread[threads];
        for (int i = 0; i < threads; i++) {
            spinners[i] = new SimulatedPythonThread(gil, "spinner-" + i, start);
            spinners[i].start();
        }
        start.countDown();
        long t0 = System.nanoTime();
        Thread.sleep(millis);
        while (!enough.getAsBoolean() && System.nanoTime() - t0 < maxMillis * 1_000_000L) {
            Thread.sleep(20);
        }
        for (SimulatedPythonThread s : spinners) {
            s.requestStop();
        }
        for (SimulatedPythonThread s : spinners) {
            s.join(10_000);
        }
        return spinners;
    }


    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double[] allRunsSorted(SimulatedPythonThread[] spinners) {
        return Arrays.stream(spinners).flatMapToDouble(s -> Arrays.stream(s.runMillis())).sorted().toArray();
    }
}
