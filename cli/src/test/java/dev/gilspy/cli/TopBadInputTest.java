package dev.gilspy.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code top} on PIDs it cannot watch: one clear line, exit 1, never a stack trace. */
class TopBadInputTest {
    @Test
    void aPidThatDoesNotExistIsExit1() {
        long pid = ProcessHandle.current().pid();
        while (ProcessHandle.of(++pid).isPresent()) {
            // find a free PID
        }
        CliRunner r = CliRunner.run("top", "-b", Long.toString(pid));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.errLines()).containsExactly("gilspy top: no process with PID " + pid);
    }

    @Test
    void aProcessThatIsNotAJvmIsExit1AndSurvives() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            CliRunner r = CliRunner.run("top", "-b", Long.toString(sleep.pid()));
            assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
            assertThat(r.errLines()).containsExactly("gilspy top: PID " + sleep.pid()
                    + " is not a JVM (sleep), or not one that lets itself be inspected");
            assertThat(sleep.isAlive()).as("attach must not SIGQUIT a non-JVM").isTrue();
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void verboseAddsTheStackTraceOtherwiseNone() {
        CliRunner quiet = CliRunner.run("top", "-b", "999999999");
        assertThat(quiet.err()).doesNotContain("\tat ");
        CliRunner sleepy = CliRunner.run("--verbose", "bogus");
        assertThat(sleepy.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
