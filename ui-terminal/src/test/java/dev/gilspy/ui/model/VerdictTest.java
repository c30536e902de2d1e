package dev.gilspy.ui.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {
    private static ThreadRow row(String name, ThreadStatus status, double held, double wait, double acq, double avgWait) {
        return row(name, status, held, wait, acq, avgWait, "f (x.py:1)");
    }

    private static ThreadRow row(String name, ThreadStatus status, double held, double wait, double acq, double avgWait,
                                 String function) {
        return new ThreadRow(1, name, status, held, wait, acq, avgWait, 6, 5, function, List.of(), WaitHistogram.empty());
    }

    @Test
    void aContendedCpuBoundPairIsTakingTurns() {
        Verdict v = Verdict.of(Samples.pairAt(5), 0.99, 0.97, 2.0,
                List.of(row("a", ThreadStatus.HOLD, 0.5, 0.5, 100, 5), row("b", ThreadStatus.WAIT, 0.5, 0.5, 100, 5)));
        assertThat(v.headline()).isEqualTo(
                "CPU-bound threads are taking turns: contention 97%, 2.0 waiters; one runs Python at a time");
        assertThat(v.hint()).isEmpty();
        assertThat(v.advice()).contains("processes (multiprocessing)");
    }

    @Test
    void anIoThreadStuckBehindThemIsNamedAsAConvoy() {
        Verdict v = Verdict.of(Samples.pairAt(5), 0.99, 0.97, 1.5,
                List.of(row("cpu", ThreadStatus.HOLD, 0.99, 0.0, 10, 0), row("reader", ThreadStatus.IO, 0.01, 0.4, 90, 4.9)));
        assertThat(v.hint()).isEqualTo("reader waits 4.90ms per re-take behind them (convoy effect)");
        assertThat(v.advice()).contains("sys.setswitchinterval");
    }

    @Test
    void oneBusyThreadAloneIsNotContention() {
        Verdict v = Verdict.of(Samples.pairAt(5), 0.98, 0.0, 0.0, List.of(row("main", ThreadStatus.HOLD, 0.98, 0, 1, 0)));
        assertThat(v.headline()).startsWith("One thread runs Python 98% of the time and nobody waits");
    }

    @Test
    void aMostlyFreeGilMeansTheThreadsCanScale() {
        Verdict v = Verdict.of(Samples.pairAt(5), 0.12, 0.01, 0.01, List.of(row("io", ThreadStatus.IO, 0.1, 0, 50, 0.01)));
        assertThat(v.headline()).contains("mostly free (held 12%)");
        assertThat(v.advice()).as("nothing to fix").isEmpty();
    }

    @Test
    void aThreadJoiningTheOthersIsNoConvoyVictim() {
        Verdict v = Verdict.of(Samples.pairAt(5), 0.99, 1.0, 1.2,
                List.of(row("counter-0", ThreadStatus.HOLD, 0.5, 0.5, 50, 9),
                        row("MainThread", ThreadStatus.IO, 0.0, 0.2, 14, 20, "join (<frozen threading>:676)")));
        assertThat(v.hint()).isEmpty();
    }

    @Test
    void onGraalPyTheAdviceIsContextsNotCPythonsRemedies() {
        Verdict v = Verdict.of(Samples.graalPyPairAt(5), 0.99, 0.97, 2.0,
                List.of(row("a", ThreadStatus.HOLD, 0.5, 0.5, 10, 50), row("b", ThreadStatus.WAIT, 0.5, 0.5, 10, 50)));
        assertThat(v.advice()).contains("own polyglot Context").contains("Engine").contains("Java").contains("processes")
                .doesNotContain("multiprocessing", "setswitchinterval(");
        Verdict convoy = Verdict.of(Samples.graalPyPairAt(5), 0.99, 0.97, 1.5,
                List.of(row("cpu", ThreadStatus.HOLD, 0.99, 0.0, 10, 0), row("reader", ThreadStatus.IO, 0.01, 0.4, 20, 45)));
        assertThat(convoy.hint()).endsWith("(convoy effect)");
        assertThat(convoy.advice()).contains("sys.setswitchinterval is ignored").contains("own Context");
    }
}
