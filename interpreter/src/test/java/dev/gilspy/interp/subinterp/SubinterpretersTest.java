package dev.gilspy.interp.subinterp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.ThreadState;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code _interpreters} and {@code interpreters}: outputs checked against CPython 3.13 where it has the API. */
class SubinterpretersTest {

    @Test
    void modulesGlobalsAndSwitchIntervalsArePerInterpreter() {
        Script r = Script.run("isolation.py");
        assertThat(r.err()).isEmpty();
        // Same output as CPython 3.13.
        assertThat(r.out()).isEqualTo("""
            False False 0.005
            0.001
            None
            0.02 False
            False
            sub 0.001
            """);
    }

    @Test
    void exceptionsCrossAsSnapshotsOrExecutionFailed() {
        Script r = Script.run("exceptions.py");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
            KeyError builtins "'k'" KeyError: 'k'
            Traceback (most recent call last): KeyError: 'k'
            SyntaxError
            SystemExit: 3
            Custom: c
            still usable
            None
            ExecutionFailed True ZeroDivisionError: division by zero ZeroDivisionError
            TypeError _interpreters.run_string() argument 2 must be str, not int
            """);
    }

    @Test
    void destroyRefusesTheCurrentTheMainAndARunningInterpreter() {
        Script r = Script.run("destroy.py");
        assertThat(r.err()).isEmpty();
        // Same output as CPython 3.13.
        assertThat(r.out()).isEqualTo("""
            InterpreterError: cannot destroy the current interpreter
            InterpreterNotFoundError: unrecognized interpreter ID 12345
            TypeError: interpreter ID must be an int, got str
            InterpreterError: interpreter already running
            interpreters.InterpreterError: interpreter running
            interpreters.InterpreterError: cannot destroy the current interpreter
            True
            InterpreterError: interpreter running
            InterpreterError: interpreter already running
            False
            2
            ok
            InterpreterNotFoundError: unrecognized interpreter ID SUB
            InterpreterNotFoundError: unrecognized interpreter ID SUB
            1
            """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gil=on", "--gil=legacy", "--gil=off"})
    void queueRoundTripBetweenTwoInterpretersInTwoThreads(String mode) {
        Script r = Script.run("queues.py", mode);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
            (9, 'HI', b'\\x00!', (3, (None,)), 1.5, True, None, 1180591620717411303424)
            20 2470
            True 0 2
            True
            QueueFull: queue is full
            QueueEmpty: queue is empty
            ValueError: 'timeout' must be a non-negative number
            QueueNotFoundError: queue 987654 not found
            """);
    }

    @Test
    void onlyShareableValuesCrossAndTheyAreCopies() {
        Script r = Script.run("shareable.py");
        assertThat(r.err()).isEmpty();
        String hint = " does not support cross-interpreter data (only str, bytes, int, float, bool, None and tuples of these)";
        assertThat(r.out()).isEqualTo("True <class 'list'>" + hint + "\n"
            + "True <class 'dict'>" + hint + "\n"
            + "True <class 'set'>" + hint + "\n"
            + "True <class 'bytearray'>" + hint + "\n"
            + "True <class 'list'>" + hint + "\n"
            + "True <class 'object'>" + hint + "\n"
            + "True <class 'builtin_function_or_method'>" + hint + "\n"
            + "0\nTrue False\n[True, False, True, False]\n"
            + "prepare_main: <class 'list'>" + hint + "\n"
            + "prepared\n"
            + "NotImplementedError: Interpreter.call() is not supported by gilspy: functions cannot cross interpreters;"
            + " use exec() with source text\n");
    }

    @Test
    void concurrentInterpretersIsTheSameModule() {
        Script r = Script.run("alias.py");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("True True\nhi\n");
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
