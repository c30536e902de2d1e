package dev.gilspy.interp.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every program under {@code src/test/resources/golden} runs in-process through
 * {@code Main.run} and must give CPython 3.11's stdout, exit code and last stderr line, which
 * {@code tools/regen-golden} stored beside it. One dynamic test per program, named by its path.
 * <p>
 * {@code -Dgolden.filter=REGEX} runs the programs whose relative path matches (e.g.
 * {@code -Dgolden.filter=threading/}); {@code -Dgolden.timeout=S} overrides every per-program timeout.
 */
class GoldenTest {
    private static final int STDERR_TAIL_LINES = 12;

    @TestFactory
    Stream<DynamicTest> corpus() {
        Pattern filter = Pattern.compile(System.getProperty("golden.filter", ""));
        List<GoldenProgram> programs = GoldenCorpus.programs(GoldenCorpus.root(), filter);
        assertFalse(programs.isEmpty(), "no golden program matches golden.filter=" + filter);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.relativePath(), p.script().toUri(), () -> check(p)));
    }

    private static void check(GoldenProgram program) throws Exception {
        if (!program.hasExpectations()) {
            fail(program.relativePath() + ": no .out/.meta beside it; run tools/regen-golden");
        }
        // a limit only catches hangs: it is load-scaled (see LoadScaledTimeout), so that a program
        // that is merely slow on an oversubscribed machine still passes
        Duration timeout = Duration.ofSeconds(Long.getLong("golden.timeout", program.timeoutSeconds()));
        GoldenRun run;
        try {
            run = LoadScaledTimeout.call(timeout, () -> GoldenRun.of(program));
        } catch (LoadScaledTimeout.Expired e) {
            throw new AssertionError(program.relativePath() + ": " + e.getMessage());
        }
        String expectedOut = program.mask(program.expectedStdout());
        String actualOut = program.mask(run.stdout());
        boolean stdoutOk = expectedOut.equals(actualOut);
        boolean exitOk = program.expectedExit() == run.exit();
        boolean stderrOk = program.expectedStderrLast().equals(run.stderrLast());
        if (stdoutOk && exitOk && stderrOk) {
            return;
        }
        StringBuilder msg = new StringBuilder(program.relativePath()).append(" differs from CPython:\n");
        if (!exitOk) {
            msg.append("exit code: expected ").append(program.expectedExit()).append(", got ").append(run.exit()).append('\n');
        }
        if (!stderrOk) {
            msg.append("last stderr line: expected [").append(program.expectedStderrLast())
                    .append("], got [").append(run.stderrLast()).append("]\n");
        }
        if (!stdoutOk) {
            msg.append("stdout").append(program.masked() ? " (floats masked)" : "").append(":\n")
                    .append(LineDiff.unified(expectedOut, actualOut));
        }
        msg.append("stderr tail:\n").append(run.stderrTail(STDERR_TAIL_LINES));
        fail(msg.toString());
    }
}
