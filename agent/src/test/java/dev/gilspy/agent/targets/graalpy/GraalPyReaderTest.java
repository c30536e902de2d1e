package dev.gilspy.agent.targets.graalpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilspy.agent.runtime.TargetReader;
import org.junit.jupiter.api.Test;

/**
 * The GraalPy reader without GraalPy: binding checks the GIL methods by name, the per-thread
 * bookkeeping the hooks drive, and the marked Java stacks when Truffle cannot be reached.
 */
class GraalPyReaderTest {
    /** Has GraalPy 25's GIL method names, but no Truffle next to it. */
    static final class FakeContext {
        void acquireGil() {}
        boolean tryAcquireGil() { return true; }
        void releaseGil() {}
    }

    /** A GraalPy whose GIL methods were renamed. */
    static final class FutureContext {
        void takeGil() {}
        void releaseGil() {}
    }

    @Test
    void aContextWithoutTheKnownGilMethodsIsRefusedInOneLine() {
        assertThatThrownBy(() -> GraalPyReader.bind(FutureContext.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GraalPy unknown is not supported (PythonContext has no acquireGil(), tryAcquireGil(); "
                        + "tested: 25.0.1): the application runs unmeasured");
    }

    @Test
    void tracksHolderAndStatesPerContextAndCannotKnock() {
        GraalPyReader reader = (GraalPyReader) GraalPyReader.bind(FakeContext.class);
        Object ctx = new FakeContext();
        GraalPyThread me = reader.currentThread(ctx);
        assertThat(reader.currentThread(ctx)).isSameAs(me);
        assertThat(reader.gils()).containsExactly(ctx);
        assertThat(reader.interpreterId(ctx)).isZero();

        reader.waiting(me);
        assertThat(reader.status(me)).isEqualTo(TargetReader.STATUS_WAITING);
        reader.taken(me);
        assertThat(reader.holder(ctx)).isSameAs(me);
        assertThat(reader.name(me)).isEqualTo(Thread.currentThread().getName());
        reader.released(me, false);
        assertThat(reader.holder(ctx)).isNull();
        assertThat(reader.status(me)).isEqualTo(TargetReader.STATUS_RELEASED_IO);

        Object other = new FakeContext();
        assertThat(reader.threadInterpreterId(reader.currentThread(other))).isEqualTo(1);
        assertThat(reader.threadStates()).hasSize(2);

        assertThat(reader.canKnock()).isFalse();
        assertThat(reader.knockerUnavailableReason()).contains("polyglot context");
        assertThat(reader.mode(ctx)).isEqualTo("on");
        assertThat(reader.switchIntervalMicros(ctx)).isEqualTo(50_000);
    }

    @Test
    void withoutTruffleTheStackIsTheJavaCallerUnderAMarker() {
        GraalPyReader reader = (GraalPyReader) GraalPyReader.bind(FakeContext.class);
        assertThat(reader.stackNote()).contains("cannot reach Truffle frames");
        GraalPyThread me = reader.currentThread(new FakeContext());
        reader.capture(me, System.nanoTime(), 0);
        Object f = reader.frame(me);
        // The agent's own frames (this test shares its package) are left out; the callers' remain.
        assertThat(reader.codeName(f)).doesNotStartWith("[").contains(".");
        Object outermost = f;
        while (reader.back(outermost) != null) {
            outermost = reader.back(outermost);
        }
        assertThat(reader.codeName(outermost)).isEqualTo(TruffleStacks.JAVA_MARKER);

        // Captures are rate-limited per thread: a second one within the interval keeps the first.
        long now = System.nanoTime();
        reader.capture(me, now, 0);
        Object first = reader.frame(me);
        reader.capture(me, now + 1, 1_000_000);
        assertThat(reader.frame(me)).isSameAs(first);
    }
}
