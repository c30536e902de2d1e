package dev.gilspy.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up waits for a second Python thread, then runs once. */
class GilRecorderWarmUpTest {

    /** A target with one GIL and a settable list of thread states; counts the warm-up's hook rounds. */
    private static final class FakeReader implements TargetReader {
        final Object gil = new Object();
        final List<Object> states = new ArrayList<>();
        int hookRounds;

        @Override public List<Object> gils() { return List.of(gil); }
        @Override public int interpreterId(Object g) { return 0; }
        @Override public String mode(Object g) { return "on"; }
        @Override public long switchIntervalMicros(Object g) { return 5000; }
        @Override public Object holder(Object g) { return null; }
        @Override public List<Object> threadStates() { return new ArrayList<>(states); }
        @Override public long ident(Object ts) { return 1; }
        @Override public String name(Object ts) { return "t"; }
        @Override public Thread thread(Object ts) { return Thread.currentThread(); }
        @Override public int threadInterpreterId(Object ts) { return 0; }
        @Override public int status(Object ts) { return STATUS_IDLE; }
        @Override public boolean dropRequested(Object ts) { return false; }
        @Override public Object frame(Object ts) { return null; }
        @Override public Object back(Object frame) { return null; }
        @Override public Object code(Object frame) { return null; }
        @Override public String codeName(Object frame) { return ""; }
        @Override public String fileName(Object frame) { return ""; }
        @Override public int line(Object frame) { return 0; }
        @Override public boolean canKnock() { return false; }
        @Override public Object knockAttach(Object g, String n) { return null; }
        @Override public void knockTake(Object ts) {}
        @Override public void knockDrop(Object ts) {}
        @Override public void knockDetach(Object ts) {}
        @Override public void warmUpHooks(Object g, int rounds) { hookRounds += rounds; }
    }

    @Test
    void oneThreadDefersTheWarmUpAndASecondThreadRunsItOnce() {
        FakeReader reader = new FakeReader();
        GilRecorder r = new GilRecorder(reader, "fake", s -> { });
        reader.states.add(new Object());

        assertThat(r.warmUpIfThreaded()).isFalse();
        assertThat(r.warmedUp()).isFalse();
        assertThat(reader.hookRounds).isZero();

        reader.states.add(new Object());
        assertThat(r.warmUpIfThreaded()).isTrue();
        assertThat(r.warmedUp()).isTrue();
        assertThat(reader.hookRounds).isEqualTo(GilRecorder.WARM_UP_ROUNDS);

        assertThat(r.warmUpIfThreaded()).isFalse();
        assertThat(reader.hookRounds).isEqualTo(GilRecorder.WARM_UP_ROUNDS);
    }

    @Test
    void noThreadAtAllDefersItToo() {
        FakeReader reader = new FakeReader();
        GilRecorder r = new GilRecorder(reader, "fake", s -> { });
        assertThat(r.warmUpIfThreaded()).isFalse();
        assertThat(reader.hookRounds).isZero();
    }
}
