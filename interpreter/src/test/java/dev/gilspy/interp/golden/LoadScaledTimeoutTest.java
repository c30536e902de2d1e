package dev.gilspy.interp.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class LoadScaledTimeoutTest {
    @Test
    void shareIsCoresOverLoadClamped() {
        assertEquals(1.0, LoadScaledTimeout.share(-1, 2));
        assertEquals(1.0, LoadScaledTimeout.share(1.5, 2));
        assertEquals(0.5, LoadScaledTimeout.share(4, 2), 1e-9);
        assertEquals(LoadScaledTimeout.MIN_SHARE, LoadScaledTimeout.share(100, 2), 1e-9);
    }

    @Test
    void aHangIsCaughtAndInterrupted() {
        CountDownLatch interrupted = new CountDownLatch(1);
        long t0 = System.nanoTime();
        assertThrows(LoadScaledTimeout.Expired.class, () -> LoadScaledTimeout.call(Duration.ofSeconds(1), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }, () -> 1.0));
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "a 1 s limit at full share ends the wait");
        assertTrue(await(interrupted), "the runner thread is interrupted");
    }

    @Test
    void anOversubscribedMachineStretchesTheLimit() throws Exception {
        // 1.5 s of wall at a quarter of a core counts as ~0.4 s: within a 1 s limit
        assertEquals("done", LoadScaledTimeout.call(Duration.ofSeconds(1), () -> {
            Thread.sleep(1500);
            return "done";
        }, () -> 0.25));
    }

    @Test
    void theTasksOwnExceptionComesThrough() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LoadScaledTimeout.call(Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("boom");
        }, () -> 1.0));
        assertEquals("boom", e.getMessage());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }
}
