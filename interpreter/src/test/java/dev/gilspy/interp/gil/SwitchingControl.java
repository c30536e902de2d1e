package dev.gilspy.interp.gil;

import java.util.Arrays;

/**
 * The control for the GIL's switching tests: the same two-thread hand-off as the GIL's, built from
 * a plain Java monitor, with none of the GIL's code. The holder computes until a drop request; the
 * other thread waits on the monitor with a timeout of one interval (as {@code take_gil}'s timed
 * condition wait), raises the request when the interval passes, and blocks until it is handed the
 * turn; the one that dropped then waits, blocked, until the new holder has taken (as
 * {@code FORCE_SWITCHING} does) before its own interval starts.
 *
 * <p>Because both threads block and are woken as a GIL's are, load stretches the control's runs
 * the way it stretches the GIL's: on an idle machine a run is the interval plus ~0.1 ms; when
 * more threads are runnable than there are cores, every wake-up waits for a scheduler slot. A
 * control whose waiter spins instead of blocking (the earlier one) stays runnable and is woken by
 * no one, so under load it measured neither the GIL's path nor the OS's, and could report runs
 * of 0 ms when the new holder was descheduled past the waiter's whole interval.
 */
final class SwitchingControl {
    private final Object monitor = new Object();
    private final long intervalNanos;
    private int turn;
    private long handoffs;
    private long takenHandoff;
    private volatile boolean dropRequest;
    private volatile boolean stop;
    private final double[][] runs;
    private final int[] counts = new int[2];
    private static volatile long blackhole;

    private SwitchingControl(long intervalMicros, long millis) {
        intervalNanos = intervalMicros * 1000L;
        int capacity = (int) Math.min(100_000, 10 + millis * 1000 / Math.max(1, intervalMicros));
        runs = new double[2][capacity];
    }

    /** Median run length in milliseconds of two threads switching for {@code millis}, first run of each left out. */
    static double medianRunMillis(long intervalMicros, long millis) throws InterruptedException {
        return SimulatedPythonThread.percentile(runsMillis(intervalMicros, millis, millis, 0), 0.5);
    }

    /**
     * The runs of two threads switching, in milliseconds, sorted, first run of each left out: for
     * {@code millis}, then on (up to {@code maxMillis}) until {@code minHandoffs} hand-offs happened,
     * the stopping rule of the GIL's own measurement ({@link SimulatedPythonThread#runSpinners}), so
     * that under load, when every run stretches, both sides are judged on as many runs. At load
     * 40-45 (1 ms, 18 attempts) the GIL's median over a fixed 400 ms window's control read
     * 0.47-6.13 (a 9 ms control once: few runs, one of them cut short by the stop), over this
     * one's 0.63-1.60.
     */
    static double[] runsMillis(long intervalMicros, long millis, long maxMillis, int minHandoffs) throws InterruptedException {
        SwitchingControl c = new SwitchingControl(intervalMicros, maxMillis);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int me = t;
            threads[t] = new Thread(() -> c.run(me), "switching-control-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        long t0 = System.nanoTime();
        Thread.sleep(millis);
        while (c.handoffs() < minHandoffs && System.nanoTime() - t0 < maxMillis * 1_000_000L) {
            Thread.sleep(20);
        }
        c.stop = true;
        synchronized (c.monitor) {
            c.monitor.notifyAll();
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        int n0 = Math.max(0, c.counts[0] - 1);
        int n1 = Math.max(0, c.counts[1] - 1);
        double[] all = new double[n0 + n1];
        System.arraycopy(c.runs[0], Math.min(1, c.counts[0]), all, 0, n0);
        System.arraycopy(c.runs[1], Math.min(1, c.counts[1]), all, n0, n1);
        Arrays.sort(all);
        return all;
    }

    private void run(int me) {
        long x = me + 1;
        try {
            while (!stop) {
                boolean holding;
                synchronized (monitor) {
                    holding = turn == me;
                }
                if (holding) {
                    long start = System.nanoTime();
                    while (!dropRequest && !stop) {
                        for (int i = 0; i < 64; i++) {
                            x ^= x << 13;
                            x ^= x >>> 7;
                            x ^= x << 17;
                        }
                    }
                    // a run ended by stop, not by a drop request, is unfinished: the GIL's side does not count its last run either
                    if (!stop && counts[me] < runs[me].length) {
                        runs[me][counts[me]++] = (System.nanoTime() - start) / 1e6;
                    }
                    synchronized (monitor) {
                        dropRequest = false;
                        turn = 1 - me;
                        long mine = ++handoffs;
                        monitor.notifyAll();
                        while (takenHandoff < mine && !stop) {
                            monitor.wait();
                        }
                    }
                } else {
                    waitForTurn(me);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        blackhole = x;
    }

    private long handoffs() {
        synchronized (monitor) {
            return handoffs;
        }
    }

    private void waitForTurn(int me) throws InterruptedException {
        synchronized (monitor) {
            long deadline = System.nanoTime() + intervalNanos;
            long left;
            while (turn != me && !stop && (left = deadline - System.nanoTime()) > 0) {
                monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
            if (turn != me && !stop) {
                dropRequest = true;
            }
            while (turn != me && !stop) {
                monitor.wait();
            }
            takenHandoff = handoffs;
            monitor.notifyAll();
        }
    }
}
