package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link CdsTraining}: a training JVM must see its JIT queues empty before the archive is written. */
class CdsTrainingTest {
    /** {@code jcmd PID Compiler.queue} on JDK 17 while a script was starting (the diagnostic command's text). */
    private static final String BUSY = "Current compiles: \n"
        + "C2 CompilerThread0   988       4       dev.gilspy.interp.parse.Scope::markFree (101 bytes)\n"
        + "\n"
        + "C1 compile queue:\n"
        + "1300       2       dev.gilspy.interp.nodes.Stmts$Raise::<init> (15 bytes)\n"
        + "\n"
        + "C2 compile queue:\n"
        + "1245       4       dev.gilspy.interp.nodes.Exprs$Const::eval (5 bytes)\n";

    private static final String IDLE = "Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n";

    @Test
    void queuesWithTasksOrRunningCompilesAreNotIdle() {
        assertThat(CdsTraining.isIdle(BUSY)).isFalse();
        assertThat(CdsTraining.isIdle("Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\n"
            + " 897       4       java.lang.StringLatin1::charAt (28 bytes)\n")).isFalse();
        assertThat(CdsTraining.isIdle("Current compiles: \nC1 CompilerThread0  12  3  a.B::c (5 bytes)\n\n"
            + "C1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n")).isFalse();
    }

    @Test
    void emptyQueuesAreIdle() {
        assertThat(CdsTraining.isIdle(IDLE)).isTrue();
    }

    @Test
    void thisJvmsCompilerQueueIsReadAndDrains() {
        // false also when the diagnostic command cannot be invoked: then no archive would ever be kept
        assertThat(CdsTraining.awaitIdleCompiler(120_000)).isTrue();
    }
}
