package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gilspy compare}: free-threading against the default GIL, as whole child processes.
 *
 * <p>Tolerance: on 2 idle cores the countdown pair does ~2x the work with --gil=off (2.00x and 2.12x at
 * 2 and 4 seconds, 2026-11-25); a loaded CI machine shares those cores, so the test asks for more than
 * 1.4x, the median of 3 runs. When a Java probe run just before and just after finds fewer than two
 * free cores, the free-threaded row is held to 75% of the probe's speedup instead: no worse than plain
 * Java threads on the cores there are. When the machine gives the child under one core in every row of
 * both attempts (a CI beside another CI), no parallel gain can show, and the test asks what can: off's work
 * per CPU second at least half the default's. The I/O app gains nothing from free-threading: its wall time
 * stays within a broad 0.6x-1.6x band, or on a loaded machine its CPU in cores does.
 */
@Timeout(value = 400, unit = TimeUnit.SECONDS)
class CompareIT {

    private static double speedupOf(String table, String mode) {
        Matcher m = Pattern.compile("(?m)^" + mode + "\\s.*?\\s([0-9.]+)x\\s").matcher(table);
        assertThat(m.find()).as(table).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** The CPU column (CPU time / wall time, in cores) of {@code mode}'s row. */
    private static double coresOf(String table, String mode) {
        Matcher m = Pattern.compile("(?m)^" + mode + "\\s.*?\\s[0-9.]+s\\s+([0-9.]+)\\s").matcher(table);
        assertThat(m.find()).as(table).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** Two Java threads spinning against the same work done twice in one thread: ~2 on 2 idle cores. */
    static double machineParallelism() throws InterruptedException {
        long work = 150_000_000L;
        Runnable spin = () -> {
            long x = 0;
            for (long i = 0; i < work; i++) x += i ^ (x >>> 3);
            if (x == 42) System.out.print("");
        };
        spin.run(); // warm up the JIT
        long t0 = System.nanoTime();
        spin.run();
        spin.run();
        long sequential = System.nanoTime() - t0;
        Thread a = new Thread(spin);
        Thread b = new Thread(spin);
        t0 = System.nanoTime();
        a.start();
        b.start();
        a.join();
        b.join();
        return (double) sequential / (System.nanoTime() - t0);
    }

    @Test
    void freeThreadingDoublesTheCountdownPair() throws Exception {
        // Two attempts: the free-threaded row of one attempt can meet a moment of load that the
        // controls before and after it miss (issue 20 also saw a slow mode of --gil=off itself);
        // a build where free-threading never wins fails both.
        StringBuilder log = new StringBuilder();
        int starved = 0;
        for (int attempt = 1; attempt <= 2; attempt++) {
            double before = machineParallelism();
            Jar.Result r = Jar.run(390, "compare", "--only", "off", "--runs", "3", "--no-cpython", Jar.sample("countdown_pair.py"), "3");
            double after = machineParallelism();
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("MODE").contains("WAIT p99").contains("SPEEDUP*");
            assertThat(speedupOf(r.out(), "default")).isEqualTo(1.0);
            assertThat(r.out()).containsPattern("(?m)^off\\s.*\\s-\\s+-\\s+-\\s").contains("run without the agent");
            // 1.4x on two free cores; on a loaded machine, no worse than 75% of plain Java threads then
            double bound = Math.min(1.4, 0.75 * Math.min(before, after));
            log.append(String.format("attempt %d: plain Java threads %.2fx before, %.2fx after, bound %.2fx%n%s%n",
                attempt, before, after, bound, r.out()));
            if (speedupOf(r.out(), "off") <= bound) {
                if (starvedButEfficient(r.out())) {
                    starved++;
                }
                continue; // too slow
            }
            if (r.out().contains("No verdict:")) {
                // runs that disagree more than twofold: compare withholds its verdict. On two free cores that is a
                // moment of load, so try again; on a loaded machine (CI at load 30 gave the child 0.25-0.34 cores,
                // with default runs spread 109%) it is compare's honest answer, and off beat the bound
                if (bound >= 1.2) {
                    continue;
                }
                return;
            }
            if (bound >= 1.2) {
                // two cores were free: compare must say that free-threading wins
                assertThat(r.out()).as(log.toString()).contains("Verdict: off is");
            } else {
                // fewer than two free cores: no program can show a parallel win, but compare still judges
                assertThat(r.out()).containsPattern("(Verdict|No verdict): ");
            }
            return;
        }
        if (starved == 2) {
            // Both attempts gave the child less than one core in every row (CI at load ~33 with a second CI
            // beside it: 0.29-0.48 cores, the test JVM's warm Java control still read 0.9-1.44x), so no
            // parallel gain could show; what could, did: off's work per CPU second was no worse than the
            // free-threaded mode's known single-thread cost against the default's
            return;
        }
        fail("--gil=off did not beat the bound in two attempts:%n%s", log);
    }

    /**
     * Whether a run the machine starved (the child got under one core in both rows, CPU time / wall time,
     * so two threads could never have run at once) still shows free-threading's work per CPU second at
     * least half the default's (its single-thread cost is 1.25-1.6x: 0.62-0.8 measured), and a verdict.
     * A build whose free-threaded mode were broken (serialised, or spinning) fails this too.
     */
    private static boolean starvedButEfficient(String table) {
        double off = coresOf(table, "off");
        double def = coresOf(table, "default");
        return off < 1.0 && def < 1.0 && off > 0 && speedupOf(table, "off") * def / off >= 0.5
            && Pattern.compile("(Verdict|No verdict): ").matcher(table).find();
    }

    @Test
    void variantsGetTheirEnvironmentVariable() throws Exception {
        String script = Path.of(CompareIT.class.getResource("/doctor/variant.py").toURI()).toString();
        Jar.Result r = Jar.run(200, "compare", "--only", "subinterpreters", "--no-cpython", script);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(speedupOf(r.out(), "subinterpreters")).as(r.out()).isEqualTo(2.0);
        assertThat(r.out()).doesNotContainPattern("(?m)^processes "); // the script names only the subinterpreters variant
    }

    @Test
    void ioFetchGainsNothing() throws Exception {
        Jar.Result r = Jar.run(390, "compare", "--only", "off", Jar.sample("io_fetch.py"), "0.3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // On a quiet machine the wall times say it: within a broad 0.6x-1.6x band. On a loaded one each run's wall
        // time is its CPU time stretched by the machine (the default row also carries the agent's start-up), and
        // CI at load ~40 measured 2.33x with CPU in cores 0.20 and 0.19. The CPU in cores (CPU time / wall time)
        // is what parallelism shows as on any machine, as each thread gets its share: so the gain of nothing is
        // also shown by off using about the default's cores. A program that gains from free-threading fails both.
        double speedup = speedupOf(r.out(), "off");
        double cores = coresOf(r.out(), "off") / coresOf(r.out(), "default");
        assertThat(speedup >= 0.6 && speedup <= 1.6 || cores >= 0.6 && cores <= 1.6)
                .as("off's speedup %.2fx or its CPU in cores over the default's %.2fx within 0.6-1.6:%n%s", speedup, cores, r.out())
                .isTrue();
        assertThat(r.out()).contains("cpython").contains("(reference");
    }
}
