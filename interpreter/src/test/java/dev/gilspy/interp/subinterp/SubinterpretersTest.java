package dev.gilspy.interp.subinterp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code _interpreters}, {@code _interpqueues} and {@code interpreters} (PEP 684 and PEP 734). */
class SubinterpretersTest {

    /**
     * Golden programs: {@code NAME.py} must print {@code NAME.out}. Where CPython 3.13 has the API
     * ({@code isolation}, {@code destroy}, the {@code _interpreters} half of {@code exceptions}) the
     * expected output is CPython's; the rest exercises PEP 734's module, which 3.13 only ships as a
     * test helper.
     */
    @ParameterizedTest(name = "{0}.py {1}")
    @CsvSource({
        "isolation, --gil=on", "isolation, --gil=legacy", "isolation, --gil=off",
        "exceptions, --gil=on",
        "destroy, --gil=on",
        "queues, --gil=on", "queues, --gil=legacy", "queues, --gil=off",
        "shareable, --gil=on",
        "alias, --gil=on",
        "badinput, --gil=on",
    })
    void goldenProgram(String name, String mode) throws IOException {
        String expected = Files.readString(Script.resource(name + ".out"));
        Script r = Script.run(name + ".py", mode);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(expected);
    }

    /**
     * While a thread runs code in a subinterpreter, a profiler sees two thread states for that one
     * Java thread: the caller's, released, and the subinterpreter's, holding a GIL of its own.
     */
    @Test
    void subinterpreterGilIsVisibleToProfilersAndGoneAfterTheRun() throws Exception {
        Set<Gil> before = new HashSet<>(Gil.all());
        AtomicReference<Script> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(Script.run("profiled.py")), "profiled-run");
        runner.start();
        ThreadState inSub = null;
        ThreadState caller = null;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (inSub == null && System.nanoTime() < deadline && runner.isAlive()) {
            for (ThreadState ts : ThreadState.all()) {
                if ("in-subinterpreter".equals(ts.name()) && ts.status() == ThreadState.HOLDING) {
                    for (ThreadState other : ThreadState.all()) {
                        if (other != ts && other.thread() == ts.thread() && other.status() == ThreadState.RELEASED_NATIVE) {
                            caller = other;
                            inSub = ts;
                        }
                    }
                }
            }
            Thread.sleep(5);
        }
        runner.join(30_000);
        assertThat(result.get()).isNotNull();
        assertThat(result.get().err()).isEmpty();
        assertThat(result.get().out()).isEqualTo("done\n");
        assertThat(inSub).as("a thread state named in-subinterpreter holding its GIL").isNotNull();
        assertThat(inSub.interpreterId()).isNotEqualTo(caller.interpreterId());
        assertThat(inSub.gil()).isNotSameAs(caller.gil());
        assertThat(before).doesNotContain(inSub.gil(), caller.gil());
        // Finalization: neither interpreter's GIL is left behind for profilers.
        assertThat(Gil.all()).doesNotContain(inSub.gil(), caller.gil());
    }
}
