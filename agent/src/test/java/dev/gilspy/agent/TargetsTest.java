package dev.gilspy.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilspy.agent.runtime.TargetReader;
import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import org.junit.jupiter.api.Test;

/** The gilspy descriptor binds to the real interpreter classes by name. */
class TargetsTest {
    @Test
    void autoSelectsEveryTargetAndANameSelectsOne() {
        assertThat(Targets.select("auto")).containsExactly(Targets.GILSPY, Targets.GRAALPY);
        assertThat(Targets.select("GILSPY")).containsExactly(Targets.GILSPY);
        assertThat(Targets.select("graalpy")).containsExactly(Targets.GRAALPY);
        assertThat(Targets.GILSPY.gilClass()).isEqualTo(Gil.class.getName());
        assertThatThrownBy(() -> Targets.select("pypy")).hasMessageContaining("unknown target 'pypy'");
    }

    @Test
    void readerSeesGilsThreadsAndTheKnockPath() {
        Gil gil = new Gil(7, GilMode.ON);
        try {
            TargetReader reader = Targets.GILSPY.readerFactory().apply(Gil.class);
            assertThat(reader.gils()).contains(gil);
            assertThat(reader.interpreterId(gil)).isEqualTo(7);
            assertThat(reader.mode(gil)).isEqualTo("on");
            assertThat(reader.switchIntervalMicros(gil)).isEqualTo(gil.switchIntervalMicros());
            Object ts = reader.knockAttach(gil, "probe");
            assertThat(reader.threadStates()).contains(ts);
            assertThat(reader.name(ts)).isEqualTo("probe");
            assertThat(reader.thread(ts)).isSameAs(Thread.currentThread());
            assertThat(reader.threadInterpreterId(ts)).isEqualTo(7);
            reader.knockTake(ts);
            assertThat(reader.holder(gil)).isSameAs(ts);
            assertThat(reader.status(ts)).isEqualTo(ThreadState.HOLDING);
            assertThat(reader.dropRequested(ts)).isFalse();
            reader.knockDrop(ts);
            assertThat(reader.holder(gil)).isNull();
            reader.knockDetach(ts);
            assertThat(reader.threadStates()).doesNotContain(ts);
        } finally {
            gil.close();
        }
    }

    @Test
    void bindingAClassThatIsNotTheGilFailsWithOneLine() {
        assertThatThrownBy(() -> Targets.GILSPY.readerFactory().apply(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot bind to java.lang.String");
    }
}
