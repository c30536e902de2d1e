package dev.gilspy.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each Python sample under {@code gilspy run} in a child JVM with the agent, checked against what
 * its README line promises. Bounds are wide: CI is a noisy 2-core machine shared with other builds.
 * The timeouts only catch hangs (300 s): a child JVM's start-up and the script's imports take tens of
 * seconds at load 40 on 2 cores, and the native-work test may run three children.
 */
class PythonAppsIT {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void countdownPairContendsAndIsForcedToDropAboutOncePerInterval() {
        Child.Result r = Child.python(tmp, "countdown_pair.py", "6").ok();
        Recording rec = r.recording();
        assertNotNull(rec, "no recording");
        // the median over the windows where Python runs (held >= 50%) once the workers contend: JVM start-up
        // and the main thread's imports, seconds long on a loaded machine, must not dilute it (they made the
        // median over all busy windows 0.27 in CI at load ~40: 6 of 12 busy windows were imports)
        double contention = rec.medianContentionOnceContended();
        assertTrue(contention >= 0.8, "contention " + contention + " " + rec);
        // 1 / 5 ms = 200/s in the windows where they contend; a loaded machine deschedules the
        // waiter (it must run to time out and set the drop request), so the band is broad
        double drops = rec.medianForcedDropsWhenContended();
        assertTrue(drops >= 20 && drops <= 400, "forced drops/s " + drops + " " + rec);
        assertTrue(rec.waits.stream().anyMatch(w -> w.stack() != null && w.stack().contains("countdown")),
            "no GIL wait inside countdown: " + rec.waits.stream().limit(3).toList());
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void heavyComputeThreadsContendAndGiveTheRightSum() {
        long n = 1_000_000;
        Child.Result r = Child.python(tmp, "heavy_compute.py", "threads", Long.toString(n)).ok();
        long expected = (n - 1) * n / 6 * (2 * n - 1); // Σ i² for i < n; (n - 1) n is divisible by 6 here
        assertEquals(Long.toString(expected), r.text("result: (\\d+)"), r.stdout());
        // Σ wait / wall over the pool phase is the average number of waiters: ~3 for 4 workers on one GIL.
        // Computed from the GilWait events, so it does not depend on where the 1 s stats windows fall.
        double pooled = r.number("Threads: ([\\d.]+)s");
        double waited = r.recording().waitSeconds(t -> !t.equals("MainThread"));
        assertTrue(waited / pooled >= 1.0, "waiters " + waited / pooled + " over " + pooled + " s; " + r.recording());
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void ioFetchOverlapsItsWaitsAndStaysOnLoopback() {
        Child.Result r = Child.python(tmp, "io_fetch.py", "0.5").ok();
        double sequential = r.number("Sequential: ([\\d.]+)s");
        double threaded = r.number("Threaded: ([\\d.]+)s");
        assertTrue(threaded < 0.6 * sequential, r.stdout());
        // sampled states of the fetch and server threads (all but MainThread, which also parses at start-up)
        double held = r.recording().holdShare(t -> !t.equals("MainThread"));
        assertTrue(held <= 0.25, "held share " + held + " " + r.recording());
        assertLoopbackOnly(r);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void nativeWorkThatReleasesTheGilRunsInParallel() throws InterruptedException {
        // Timings on 2 shared cores under a recording agent: 1.5-1.9x usually, 1.26x once in CI.
        // 1.2x is far from the hold mode below, which cannot pass 1.0x. The control is plain Java
        // threads measured right after each attempt: when load leaves less than two cores, the
        // threads are held to 80% of what plain Java threads reach then, never skipped.
        String outputs = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            Child.Result r = Child.python(tmp, "native_work.py", "release").ok();
            assertTrue(r.recording().samples.stream().anyMatch(s -> "NATIVE".equals(s.state())),
                "no thread sampled in NATIVE: " + r.recording());
            double speedup = r.number("speedup: ([\\d.]+)x");
            if (speedup > 1.2) {
                return;
            }
            double control = Machine.javaParallelSpeedup();
            if (speedup >= 0.8 * control) {
                return;
            }
            outputs += "attempt " + attempt + " (plain Java threads " + String.format("%.2f", control) + "x):\n" + r.stdout();
        }
        fail("native work that releases the GIL was neither 1.2x faster in threads nor within 80% of plain Java threads:\n" + outputs);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void nativeWorkThatHoldsTheGilHoldsItForAWholeCall() {
        Child.Result r = Child.python(tmp, "native_work.py", "hold").ok();
        // the threaded calls run one at a time, each under one hold: a quarter of the threaded time
        // (the sequential time is no yardstick: it still pays for the JIT's warm-up)
        double perCallMillis = r.number("Threaded: ([\\d.]+)s") * 1000 / 4;
        assertTrue(r.recording().maxHoldMillis() >= 0.6 * perCallMillis,
            "max hold " + r.recording().maxHoldMillis() + " ms, one call " + perCallMillis + " ms");
        assertTrue(r.recording().samples.stream().noneMatch(s -> "NATIVE".equals(s.state())),
            "a thread released the GIL in hold mode: " + r.recording());
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void convoyCollapsesRoundTripsBesideSpinnersAndStaysOnLoopback() {
        Child.Result r = Child.python(tmp, "convoy.py", "0.5").ok();
        double[] at5 = row(r, "5 ms");
        double[] at01 = row(r, "0.1 ms");
        assertTrue(at5[0] > 500, r.stdout());
        // beside spinners each wake-up of the echo threads waits up to an interval for the GIL
        assertTrue(at5[2] < 0.3 * at5[0], r.stdout());
        // and a shorter interval gives the I/O thread the GIL back sooner. (The 1-spinner cells are not
        // asserted: on a loaded machine CPython itself keeps 40-90% of its round trips there, and on a
        // quiet one gilspy's I/O threads still re-take the GIL before the woken spinner runs, so they
        // keep ~10k/s where CPython drops to ~100-500/s: a known fidelity gap, see sample-apps/README.md.)
        assertTrue(at5[2] < at01[2], r.stdout());
        assertLoopbackOnly(r);
    }

    private static double[] row(Child.Result r, String interval) {
        Matcher m = Pattern.compile("\\| " + Pattern.quote(interval) + " \\| ([\\d,]+)/s \\| ([\\d,]+)/s \\| ([\\d,]+)/s \\|")
            .matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        return new double[] {Double.parseDouble(m.group(1).replace(",", "")), Double.parseDouble(m.group(2).replace(",", "")),
            Double.parseDouble(m.group(3).replace(",", ""))};
    }

    static void assertLoopbackOnly(Child.Result r) {
        assertFalse(r.sockets().seen().isEmpty(), "saw no TCP socket of the child at all: the check would be vacuous");
        assertTrue(r.sockets().offenders().isEmpty(), "non-loopback sockets: " + r.sockets().offenders());
    }
}
