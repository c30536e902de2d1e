package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A broken option string: one clear line, no agent, and the application runs as if it were absent. */
class BadOptionsIT {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void badOptionPrintsOneLineAndTheAppFinishes() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("sample=fast")), "IoOnly", "300");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr().lines().toList()).as(r.toString()).containsExactly(
                "gilspy-agent: option 'sample' must be a rate in Hz from 0 to 10000 or off, not 'fast'; agent not started");
        assertThat(r.stdout()).contains("iterations_per_second=").doesNotContain("held=");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTargetThatNeverLoadsLeavesTheAppAlone() throws Exception {
        // target=graalpy on a gilspy program: nothing to bind, nothing printed, the program unaffected.
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("target=graalpy")), "IoOnly", "300");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).as(r.toString()).isEmpty();
        assertThat(r.stdout()).contains("iterations_per_second=").doesNotContain("held=");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anUnwritableRecordingIsOneLineAndTheRestStillMeasures() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,jfr=/nonexistent-gilspy-dir/x.jfr")), "IoOnly", "300");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr().lines().toList()).as(r.toString()).hasSize(1).first().asString()
                .startsWith("gilspy-agent: cannot record to /nonexistent-gilspy-dir/x.jfr");
        assertThat(r.stdout()).contains("held=");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecondJavaagentIsDroppedWithOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path two = dir.resolve("two.jfr");
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet"), ChildJvm.agentArg("jfr=" + two)),
                "IoOnly", "300");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr().lines().toList()).as(r.toString()).containsExactly(
                "gilspy-agent: already loaded (options 'quiet'); ignoring -javaagent options 'jfr=" + two + "'");
        assertThat(two).doesNotExist();
    }
}
