package dev.gilspy.interp.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The host API around a thread state: allow-threads blocks, signals, misuse. */
class ThreadStateTest {
    private Gil gil = new Gil(6, GilMode.ON);

    @AfterEach
    void close() {
        gil.close();
        ThreadState ts = ThreadState.current();
        while (ts != null) {
            ts.detach();
            ts = ThreadState.current();
        }
    }

    @Test
    @Timeout(10)
    void allowThreadsLetsAnotherThreadRunAndTakesTheGilBack() throws Exception {
        ThreadState ts = ThreadState.attach(gil, "main");
        gil.take(ts);
        AtomicBoolean otherRan = new AtomicBoolean();

        ThreadState.allowThreads(ThreadState.RELEASED_NATIVE, () -> {
            assertThat(ts.status()).isEqualTo(ThreadState.RELEASED_NATIVE);
            Thread other = new Thread(() -> {
                ThreadState o = ThreadState.attach(gil, "other");
                gil.take(o);
                otherRan.set(true);
                gil.drop(o);
                o.detach();
            });
            other.start();
            other.join(5000);
        });

        assertThat(otherRan).isTrue();
        assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
        assertThat(ts.holdsGil()).isTrue();
    }

    @Test
    @Timeout(10)
    void allowThreadsTakesTheGilBackWhenTheBodyThrowsAndPropagatesCheckedExceptions() {
        ThreadState ts = ThreadState.attach(gil, "main");
        gil.take(ts);
        assertThatThrownBy(() -> ThreadState.allowThreads(ThreadState.RELEASED_IO, () -> {
            throw new IOException("connection reset");
        })).isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThat(ts.holdsGil()).isTrue();
        assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
    }

    @Test
    @Timeout(10)
    void nestedAllowThreadsBlocksReleaseOnceAndAnUnattachedThreadJustRunsTheBody() throws Exception {
        ThreadState ts = ThreadState.attach(gil, "main");
        gil.take(ts);
        ts.beginAllowThreads(ThreadState.RELEASED_IO);
        ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        assertThat(ts.status()).isEqualTo(ThreadState.RELEASED_IO);
        ts.endAllowThreads();
        assertThat(ts.holdsGil()).isFalse();
        ts.endAllowThreads();
        assertThat(ts.holdsGil()).isTrue();

        int[] result = new int[1];
        Thread plain = new Thread(() -> result[0] = ThreadState.allowThreads(ThreadState.RELEASED_IO, () -> 42));
        plain.start();
        plain.join();
        assertThat(result[0]).isEqualTo(42);
    }

    @ParameterizedTest
    @EnumSource(GilMode.class)
    @Timeout(10)
    void ctrlCIsDeliveredOnceToTheMainThreadAtItsNextCheckSite(GilMode mode) throws Exception {
        gil.close();
        gil = new Gil(7, mode);
        gil.setMainThread(Thread.currentThread());
        ThreadState main = ThreadState.attach(gil, "MainThread");
        gil.take(main);
        int idle = mode == GilMode.LEGACY ? 1 : 0;
        assertThat(main.evalBreaker).isEqualTo(idle);
        AtomicInteger workerBreaker = new AtomicInteger(-1);
        Thread signalThread = new Thread(() -> {
            ThreadState worker = ThreadState.attach(gil, "worker");
            worker.requestInterrupt(); // as from a signal handler thread: still goes to the main thread
            workerBreaker.set(worker.evalBreaker);
            worker.detach();
        });
        signalThread.start();
        signalThread.join();
        assertThat(workerBreaker.get()).isEqualTo(mode == GilMode.LEGACY ? 1 : 0);

        assertThat(main.evalBreaker).isEqualTo(1);
        gil.drop(main); // the main thread was asleep in time.sleep, say
        gil.take(main);
        assertThat(main.handleEvalBreaker()).isEqualTo(ThreadState.SIGINT);
        assertThat(main.evalBreaker).as("recomputed after serving").isEqualTo(idle);
        assertThat(main.handleEvalBreaker()).isEqualTo(ThreadState.NO_EVENT);
        assertThat(gil.interruptPending()).isFalse();
    }

    @Test
    @Timeout(10)
    void aPendingInterruptIsNotServedOnOtherThreads() throws Exception {
        gil.setMainThread(Thread.currentThread());
        gil.requestInterrupt();
        AtomicInteger event = new AtomicInteger(-1);
        AtomicInteger breaker = new AtomicInteger(-1);
        Thread worker = new Thread(() -> {
            ThreadState ts = ThreadState.attach(gil, "worker");
            gil.take(ts);
            breaker.set(ts.evalBreaker);
            event.set(ts.handleEvalBreaker());
            ts.detach();
        });
        worker.start();
        worker.join();
        assertThat(breaker.get()).isZero();
        assertThat(event.get()).isEqualTo(ThreadState.NO_EVENT);
        assertThat(gil.interruptPending()).isTrue();

        ThreadState main = ThreadState.attach(gil, "MainThread");
        assertThat(main.evalBreaker).as("a signal that arrived before the main thread attached").isEqualTo(1);
        gil.take(main);
        assertThat(main.handleEvalBreaker()).isEqualTo(ThreadState.SIGINT);
    }

    @Test
    @Timeout(10)
    void currentFollowsAttachAndDetach() {
        assertThat(ThreadState.current()).isNull();
        ThreadState a = ThreadState.attach(gil, "a");
        assertThat(ThreadState.current()).isSameAs(a);
        assertThat(ThreadState.current(gil)).isSameAs(a);
        assertThat(ThreadState.all()).contains(a);
        a.detach();
        assertThat(ThreadState.current()).isNull();
        assertThat(ThreadState.all()).doesNotContain(a);
        assertThat(a.status()).isEqualTo(ThreadState.IDLE);
    }

    @ParameterizedTest
    @EnumSource(value = GilMode.class, names = {"ON", "LEGACY"})
    @Timeout(10)
    void misuseOfTakeAndDropGivesAClearErrorInsteadOfAHang(GilMode mode) {
        gil.close();
        gil = new Gil(8, mode);
        ThreadState ts = ThreadState.attach(gil, "t");
        assertThatThrownBy(() -> gil.drop(ts)).isInstanceOf(IllegalStateException.class)
                .hasMessage("drop: " + ts + " does not hold the GIL");
        gil.take(ts);
        assertThatThrownBy(() -> gil.take(ts)).isInstanceOf(IllegalStateException.class)
                .hasMessage("take: " + ts + " already holds the GIL");
        assertThat(ts.holdsGil()).isTrue();

        Gil other = new Gil(10, mode);
        assertThatThrownBy(() -> other.take(ts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("take: " + ts + " belongs to another interpreter's GIL, not Gil[interp=10, mode=" + mode + "]");
        other.close();
    }

    @Test
    void badArgumentsGiveAClearError() {
        ThreadState ts = ThreadState.attach(gil, "t");
        assertThatThrownBy(() -> ts.beginAllowThreads(ThreadState.HOLDING)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("beginAllowThreads: why must be RELEASED_IO or RELEASED_NATIVE, not 1");
        assertThatThrownBy(ts::endAllowThreads).isInstanceOf(IllegalStateException.class)
                .hasMessage("endAllowThreads without beginAllowThreads on " + ts);
        assertThatThrownBy(() -> ThreadState.attach(null, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attach: gil must not be null");
        assertThatThrownBy(() -> new Gil(9, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GIL mode must not be null");
        assertThatThrownBy(() -> GilMode.parse("maybe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid GIL mode 'maybe' (expected on, legacy or off)");
        assertThat(GilMode.parse(" OFF ")).isEqualTo(GilMode.OFF);
    }

    @Test
    void switchAndCheckIntervalsAreKeptPositive() {
        assertThat(gil.switchIntervalMicros()).isEqualTo(5000);
        gil.setSwitchIntervalMicros(1);
        assertThat(gil.switchIntervalMicros()).isEqualTo(1);
        gil.setSwitchIntervalMicros(0);
        assertThat(gil.switchIntervalMicros()).isEqualTo(1);
        assertThat(gil.checkInterval()).isEqualTo(100);
        gil.setCheckInterval(-5);
        assertThat(gil.checkInterval()).isEqualTo(1);
        assertThat(Gil.all()).contains(gil);
    }
}
