package dev.gilspy.interp.gil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** CPython 3.1's tick-based GIL: release and re-take every check interval, no hand-off. */
class LegacyGilTest {
    private final Gil gil = new Gil(2, GilMode.LEGACY);

    @AfterEach
    void close() {
        gil.close();
    }

    @Test
    @Timeout(60) // a hang catcher: the spinners alone may run 6 s (below); 7.8 s in all at load ~35 beside two busy loops
    void twoSpinnersShowTheConvoyEffectTheReleaserTakesTheGilStraightBack() throws Exception {
        gil.setCheckInterval(100);
        // The hold is measured in the spinners' CPU time, not the wall's: at load 40 on 2 cores they get
        // about a twentieth of a core each, 400 ms of wall is then some 40 ms of CPU, too few releases,
        // and a wall-clock hold 10 times too long. They run 400 ms, then longer (to 3.2 s, 6 s in all)
        // until they reach 2,000 releases.
        SimulatedPythonThread[] two = null;
        long releases = 0;
        long retakes = 0;
        long cpuNanos = 0;
        double wallMs = 0;
        for (long millis = 400; millis <= 3200 && releases < 2000; millis *= 2) {
            long t0 = System.nanoTime();
            two = SimulatedPythonThread.runSpinners(gil, 2, millis);
            wallMs = (System.nanoTime() - t0) / 1e6;
            releases = two[0].releases() + two[1].releases();
            retakes = two[0].retakes() + two[1].retakes();
            cpuNanos = two[0].cpuNanos() + two[1].cpuNanos();
        }
        double meanHoldMs = cpuNanos / 1e6 / releases;
        double[] runs = SimulatedPythonThread.allRunsSorted(two);
        double medianStreakMs = runs.length == 0 ? wallMs : SimulatedPythonThread.percentile(runs, 0.5);
        System.out.printf("legacy: %d releases in %.0f ms, retake ratio %.3f, mean hold %.4f ms of CPU, median run between switches %.2f ms%n",
                releases, wallMs, (double) retakes / releases, meanHoldMs, medianStreakMs);

        assertThat(releases).isGreaterThan(1000);
        assertThat((double) retakes / releases).as("releases re-taken by the releaser").isGreaterThan(0.5);
        assertThat(meanHoldMs).as("a hold lasts only 100 ticks (CPU time)").isLessThan(0.5);
        assertThat(medianStreakMs).as("yet a thread keeps the GIL across many releases").isGreaterThan(10 * meanHoldMs);
        assertThat(two[0].selfHandoffs() + two[1].selfHandoffs()).as("no drop requests in the legacy mode").isZero();
    }

    @Test
    @Timeout(10)
    void everyCheckIntervalTicksTheHolderReleasesAndRetakesWithoutARequest() {
        gil.setCheckInterval(10);
        ThreadState ts = ThreadState.attach(gil, "alone");
        gil.take(ts);
        assertThat(ts.evalBreaker).as("every check site counts a tick").isEqualTo(1);
        int releases = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(ts.handleEvalBreaker()).isEqualTo(ThreadState.NO_EVENT);
            if (ts.ticks == 0) {
                releases++;
            }
        }
        assertThat(releases).isEqualTo(10);
        assertThat(ts.evalBreaker).isEqualTo(1);
        assertThat(ts.dropRequested()).isFalse();
        assertThat(gil.switchNumber()).isEqualTo(1);
        assertThat(ts.holdsGil()).isTrue();
        assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
        ts.detach();
        assertThat(gil.isLocked()).isFalse();
    }

    @Test
    @Timeout(10)
    void onlyOneThreadHoldsTheLegacyGilAtATime() throws Exception {
        gil.setCheckInterval(5);
        long[] counter = {0};
        Runnable body = () -> {
            ThreadState ts = ThreadState.attach(gil, Thread.currentThread().getName());
            gil.take(ts);
            try {
                for (int i = 0; i < 200_000; i++) {
                    counter[0]++; // not atomic: exact only if the GIL excludes the other thread
                    if (ts.evalBreaker != 0) {
                        ts.handleEvalBreaker();
                    }
                }
            } finally {
                ts.detach();
            }
        };
        Thread[] threads = {new Thread(body), new Thread(body)};
        Arrays.stream(threads).forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(counter[0]).isEqualTo(400_000);
    }
}
