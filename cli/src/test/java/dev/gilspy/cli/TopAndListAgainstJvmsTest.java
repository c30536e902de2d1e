package dev.gilspy.cli;

import dev.gilspy.cli.testapp.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code top} and {@code list} against real child JVMs. The child drives the real GIL; its MXBean is
 * the sampled test stand-in for the agent (the agent's own is tested in {@code TopWithAgentIT}).
 */
class TopAndListAgainstJvmsTest {
    private static ChildJvm busyPair;

    @BeforeAll
    static void startPair() throws Exception {
        busyPair = ChildJvm.sampled("2");
    }

    @AfterAll
    static void stopPair() throws Exception {
        busyPair.close();
    }

    @Test
    void batchTopPrintsNSnapshotsWithPlausibleFigures() {
        CliRunner r = CliRunner.run("top", "--batch", "-n", "3", "-i", "300ms", Long.toString(busyPair.pid()));
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        List<String> lines = Arrays.asList(r.out().split("\n"));
        assertThat(lines.stream().filter(l -> l.startsWith("gilspy top #"))).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("gil      mode=on  switch-interval=5.00ms  interpreter=0  threads=2"));
        Matcher m = Pattern.compile("contention=([0-9.]+)%").matcher(r.out());
        List<Double> contention = new java.util.ArrayList<>();
        while (m.find()) {
            contention.add(Double.parseDouble(m.group(1)));
        }
        assertThat(contention).hasSize(3);
        // the first snapshot shows the bean's own one-second window, still empty in a child this young;
        // the next ones are rates over the refresh from the monotonic counters
        assertThat(contention.subList(1, 3)).allSatisfy(c -> assertThat(c).isBetween(30.0, 100.0));
        assertThat(lines).anyMatch(l -> l.trim().matches("\\d+ countdown-\\d +(HOLD|WAIT) .*countdown \\(countdown.py:9\\)"));
    }

    @Test
    void listShowsTheChildWithInterpreterAgentAndMode() {
        CliRunner r = CliRunner.run("list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().split("\n")[0].trim().split("\\s+")).containsExactly("PID", "INTERP", "AGENT", "GIL", "MAIN");
        assertThat(r.out()).containsPattern("(?m)^\\s*" + busyPair.pid() + "  yes     yes    on      dev.gilspy.cli.testapp.GilWorkload 2$");
    }

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
    void aTargetThatDiesMidSessionIsExit1WithTheLastSnapshotsPrinted() throws Exception {
        ChildJvm doomed = ChildJvm.sampled("2");
        java.io.StringWriter out = new java.io.StringWriter();
        CompletableFuture<CliRunner> top = CompletableFuture.supplyAsync(
                () -> CliRunner.run(out, "top", "-b", "-n", "500", "-i", "200ms", Long.toString(doomed.pid())));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!out.toString().contains("gilspy top #2") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        doomed.kill();
        CliRunner r = top.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines()[0]).matches("gilspy top: target PID " + doomed.pid() + " exited \\(after \\d+ refreshes\\)");
        assertThat(r.out()).contains("gilspy top #1");
    }

    @Test
    void verboseAddsTheStackTraceOtherwiseNone() {
        CliRunner quiet = CliRunner.run("top", "-b", "999999999");
        assertThat(quiet.err()).doesNotContain("\tat ");
        CliRunner sleepy = CliRunner.run("--verbose", "bogus");
        assertThat(sleepy.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
