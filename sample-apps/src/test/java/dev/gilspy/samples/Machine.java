package dev.gilspy.samples;

/**
 * Whether this machine can run two threads in parallel right now. A parallel-speedup assertion
 * means nothing on a machine whose cores are busy with other work (a shared CI box with a load
 * average of many times its core count): such tests measure it first and are skipped, with the
 * figure, when two threads of plain Java do not get near 2x either.
 */
final class Machine {
    private Machine() {}

    /** Wall time of two spins run one after the other, divided by the same two spins run in two threads. */
    static double javaParallelSpeedup() throws InterruptedException {
        spin(50_000_000); // warm up the JIT so that both measurements run compiled code
        long t0 = System.nanoTime();
        spin(100_000_000);
        spin(100_000_000);
        long sequential = System.nanoTime() - t0;
        Thread a = new Thread(() -> spin(100_000_000));
        Thread b = new Thread(() -> spin(100_000_000));
        t0 = System.nanoTime();
        a.start();
        b.start();
        a.join();
        b.join();
        long parallel = System.nanoTime() - t0;
        return (double) sequential / parallel;
    }

    /**
     * The share of a core one thread gets now: cores over the load average, at most 1 and at least
     * {@code floor}. A run that must reach a count of CPU-bound requests runs longer by its inverse.
     */
    static double shareOfACore(double floor) {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        int cores = os.getAvailableProcessors();
        return load > cores ? Math.max(floor, cores / load) : 1.0;
    }

    static volatile long sink;

    private static void spin(long n) {
        long x = 0;
        for (long i = 0; i < n; i++) {
            x += i ^ (x >>> 3);
        }
        sink = x;
    }
}
