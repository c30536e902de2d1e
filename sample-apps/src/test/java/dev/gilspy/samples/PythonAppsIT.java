package dev.gilspy.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 */
class PythonAppsIT {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void countdownPairContendsAndIsForcedToDropAboutOncePerInterval() {
        Child.Result r = Child.python(tmp, "countdown_pair.py", "4").ok();
        Recording rec = r.recording();
        assertNotNull(rec, "no recording");
        assertTrue(rec.medianContention() >= 0.8, "contention " + rec);
        // 1 / 5 ms = 200/s; a loaded machine deschedules the waiter, so allow a broad band
        double drops = rec.medianForcedDrops();
        assertTrue(drops >= 40 && drops <= 400, "forced drops/s " + drops + " " + rec);
        assertTrue(rec.waits.stream().anyMatch(w -> w.stack() != null && w.stack().contains("countdown")),
            "no GIL wait inside countdown: " + rec.waits.stream().limit(3).toList());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void heavyComputeThreadsContendAndGiveTheRightSum() {
        long n = 1_000_000;
        Child.Result r = Child.python(tmp, "heavy_compute.py", "threads", Long.toString(n)).ok();
        long expected = (n - 1) * n / 6 * (2 * n - 1); // Σ i² for i < n; (n - 1) n is divisible by 6 here
        assertEquals(Long.toString(expected), r.text("result: (\\d+)"), r.stdout());
        // Σ wait / wall over the pool phase is the average number of waiters: ~3 for 4 workers on one GIL.
        // Computed from the GilWait events, so it does not depend on where the 1 s stats windows fall.
        double pooled = r.number("Threads: ([\\d.]+)s");
        double waited = r.recording().waits.stream().filter(w -> w.thread() != null && !w.thread().equals("MainThread"))
            .mapToDouble(Recording.Span::millis).sum() / 1000;
        assertTrue(waited / pooled >= 1.0, "waiters " + waited / pooled + " over " + pooled + " s; " + r.recording());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ioFetchOverlapsItsWaitsAndStaysOnLoopback() {
        Child.Result r = Child.python(tmp, "io_fetch.py", "0.5").ok();
        double sequential = r.number("Sequential: ([\\d.]+)s");
        double threaded = r.number("Threaded: ([\\d.]+)s");
        assertTrue(threaded < 0.6 * sequential, r.stdout());
        assertTrue(r.recording().medianHeldAfterStartup() <= 0.25, "held " + r.recording());
        assertLoopbackOnly(r);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nativeWorkThatReleasesTheGilRunsInParallel() {
        Child.Result r = Child.python(tmp, "native_work.py", "release").ok();
        assertTrue(r.number("speedup: ([\\d.]+)x") > 1.3, r.stdout());
        assertTrue(r.recording().samples.stream().anyMatch(s -> "NATIVE".equals(s.state())),
            "no thread sampled in NATIVE: " + r.recording());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void nativeWorkThatHoldsTheGilHoldsItForAWholeCall() {
        Child.Result r = Child.python(tmp, "native_work.py", "hold").ok();
        double perCallMillis = r.number("Sequential: ([\\d.]+)s") * 1000 / 4;
        assertTrue(r.number("speedup: ([\\d.]+)x") < 1.3, r.stdout());
        assertTrue(r.recording().maxHoldMillis() >= 0.6 * perCallMillis,
            "max hold " + r.recording().maxHoldMillis() + " ms, one call " + perCallMillis + " ms");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void convoyCollapsesRoundTripsBesideSpinnersAndStaysOnLoopback() {
        Child.Result r = Child.python(tmp, "convoy.py", "0.5").ok();
        Matcher m = Pattern.compile("\\| 5 ms \\| ([\\d,]+)/s \\| ([\\d,]+)/s \\| ([\\d,]+)/s \\|").matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        double zero = Double.parseDouble(m.group(1).replace(",", ""));
        double one = Double.parseDouble(m.group(2).replace(",", ""));
        double two = Double.parseDouble(m.group(3).replace(",", ""));
        assertTrue(zero > 500, r.stdout());
        assertTrue(one < 0.75 * zero, r.stdout());
        assertTrue(two < 0.3 * zero, r.stdout());
        assertLoopbackOnly(r);
    }

    static void assertLoopbackOnly(Child.Result r) {
        assertFalse(r.sockets().seen().isEmpty(), "saw no TCP socket of the child at all: the check would be vacuous");
        assertTrue(r.sockets().offenders().isEmpty(), "non-loopback sockets: " + r.sockets().offenders());
    }
}
