package dev.gilspy.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.agent.it.workload.TestFrame;
import dev.gilspy.agent.targets.gilspy.GilspyTarget;
import dev.gilspy.interp.gil.FrameInfo;
import dev.gilspy.interp.gil.Gil;
import org.junit.jupiter.api.Test;

class StackInternerTest {
    private final StackInterner interner = new StackInterner(GilspyTarget.DESCRIPTOR.readerFactory().apply(Gil.class));
    private final Object module = new Object();
    private final Object countdown = new Object();

    @Test
    void textIsInnermostFirstOneFunctionFileLinePerLine() {
        FrameInfo main = new TestFrame(null, module, "<module>", "app.py", 9);
        StackNode s = interner.intern(new TestFrame(main, countdown, "countdown", "app.py", 3));
        assertThat(s.text).isEqualTo("countdown (app.py:3)\n<module> (app.py:9)");
        assertThat(s.top).isEqualTo("countdown (app.py:3)");
        assertThat(s.frames()).containsExactly("countdown (app.py:3)", "<module> (app.py:9)");
    }

    @Test
    void theSameCodeAndLinesGiveTheSameNodeWhateverTheFrameObjects() {
        StackNode a = interner.intern(new TestFrame(new TestFrame(null, module, "<module>", "app.py", 9), countdown, "countdown", "app.py", 3));
        StackNode b = interner.intern(new TestFrame(new TestFrame(null, module, "<module>", "app.py", 9), countdown, "countdown", "app.py", 3));
        StackNode otherLine = interner.intern(new TestFrame(new TestFrame(null, module, "<module>", "app.py", 9), countdown, "countdown", "app.py", 4));
        StackNode otherCode = interner.intern(new TestFrame(new TestFrame(null, module, "<module>", "app.py", 9), new Object(), "countdown", "app.py", 3));
        assertThat(b).isSameAs(a);
        assertThat(b.text).isSameAs(a.text);
        assertThat(otherLine).isNotSameAs(a);
        assertThat(otherCode).isNotSameAs(a);
        assertThat(interner.size()).isEqualTo(6);
    }

    @Test
    void noFrameIsTheEmptyStackAndDeepStacksAreCut() {
        assertThat(interner.intern(null).text).isEmpty();
        FrameInfo f = null;
        for (int i = 0; i < 500; i++) {
            f = new TestFrame(f, countdown, "recurse", "deep.py", 1);
        }
        assertThat(interner.intern(f).frames()).hasSize(StackInterner.MAX_DEPTH);
    }
}
