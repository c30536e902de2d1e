package dev.gilspy.interp.gil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PyGILState_Ensure / Release for Java threads that call into Python. */
class GilStateTest {
    private final List<Gil> gils = new ArrayList<>();

    private Gil gil(GilMode mode) {
        Gil gil = new Gil(5, mode);
        gil.setSwitchIntervalMicros(500);
        gils.add(gil);
        return gil;
    }

    @AfterEach
    void close() {
        gils.forEach(Gil::close);
    }

    @ParameterizedTest
    @EnumSource(value = GilMode.class, names = {"ON", "LEGACY"})
    @Timeout(20)
    void requestThreadsOfAJavaServiceCallIntoPythonOneAtATime(GilMode mode) throws Exception {
        Gil gil = gil(mode);
        long[] counter = {0};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int task = 0; task < 40; task++) {
                done.add(pool.submit(() -> {
                    try (GilState.Token token = GilState.ensure(gil)) {
                        ThreadState ts = token.threadState();
                        assertThat(GilState.check(gil)).isTrue();
                        assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
                        for (int i = 0; i < 5_000; i++) {
                            counter[0]++; // Python code: exact only under the GIL
                            if (ts.evalBreaker != 0) {
                                ts.handleEvalBreaker();
                            }
                        }
                    }
                    return ThreadState.current() == null && !GilState.check(gil);
                }));
            }
            for (Future<Boolean> f : done) {
                assertThat(f.get(10, TimeUnit.SECONDS)).as("state detached after release").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(counter[0]).isEqualTo(40 * 5_000);
        assertThat(ThreadState.all()).noneMatch(ts -> ts.gil() == gil);
        assertThat(gil.isLocked()).isFalse();
    }

    @Test
    @Timeout(10)
    void ensureIsReentrantAndOnlyTheOutermostReleaseDropsAndDetaches() {
        Gil gil = gil(GilMode.ON);
        GilState.Token outer = GilState.ensure(gil);
        GilState.Token inner = GilState.ensure(gil);
        assertThat(inner.threadState()).isSameAs(outer.threadState());

        GilState.release(inner);
        assertThat(GilState.check(gil)).isTrue();
        GilState.release(outer);
        assertThat(GilState.check(gil)).isFalse();
        assertThat(ThreadState.current(gil)).isNull();
        assertThat(gil.isLocked()).isFalse();
    }

    @Test
    @Timeout(10)
    void javaCodeThatReleasedTheGilCanCallBackIntoPython() {
        Gil gil = gil(GilMode.ON);
        ThreadState ts = ThreadState.attach(gil, "python-main");
        gil.take(ts);
        int statusInside = ThreadState.allowThreads(ThreadState.RELEASED_IO, () -> {
            assertThat(ts.holdsGil()).isFalse();
            try (GilState.Token token = GilState.ensure(gil)) {
                assertThat(token.threadState()).isSameAs(ts);
                assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
            }
            return ts.status();
        });
        assertThat(statusInside).isEqualTo(ThreadState.RELEASED_IO);
        assertThat(ts.status()).isEqualTo(ThreadState.HOLDING);
        assertThat(ts.holdsGil()).isTrue();
        ts.detach();
    }

    @Test
    @Timeout(10)
    void ensureOnAThreadAttachedToAnotherInterpreterGetsItsOwnStateForThisOne() {
        Gil first = gil(GilMode.ON);
        Gil second = gil(GilMode.ON);
        ThreadState a = ThreadState.attach(first, "a");
        try (GilState.Token token = GilState.ensure(second)) {
            assertThat(token.threadState().gil()).isSameAs(second);
            assertThat(ThreadState.current()).isSameAs(token.threadState());
        }
        assertThat(ThreadState.current()).isSameAs(a);
        a.detach();
        assertThat(ThreadState.current()).isNull();
    }

    @Test
    @Timeout(10)
    void misuseGivesAClearError() throws Exception {
        Gil gil = gil(GilMode.ON);
        assertThatThrownBy(() -> GilState.ensure(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("GilState.ensure: gil must not be null");

        GilState.Token token = GilState.ensure(gil);
        Throwable[] fromOtherThread = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                token.close();
            } catch (Throwable t) {
                fromOtherThread[0] = t;
            }
        }, "other");
        other.start();
        other.join();
        assertThat(fromOtherThread[0]).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("GilState token must be released by ");

        token.close();
        assertThatThrownBy(token::close).isInstanceOf(IllegalStateException.class).hasMessage("GilState token released twice");
    }
}
