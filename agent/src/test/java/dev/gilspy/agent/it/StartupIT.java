package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code -javaagent:gilspy.jar} costs a JVM at start-up (issue 17): the premain only adds a
 * name-matching transformer; ByteBuddy, JFR registration and the MBeans wait on a background thread.
 */
class StartupIT {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aShortJvmNeverLoadsByteBuddy(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        // The default start-up delay is 1 s, and a loaded machine can stretch this JVM's life past
        // it; what is claimed is that nothing before the delay loads the engine, so the delay is long.
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("delay=60s"), "-Xlog:class+load:file=" + log),
                "TakeDropLoop", "300");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).as(r.toString()).isEmpty();
        List<String> loaded = Files.readAllLines(log);
        // The premain's own classes name a few ByteBuddy interfaces; the engine itself never loads.
        assertThat(loaded.stream().filter(l -> l.contains("dev.gilspy.shaded.bytebuddy")).count())
                .as("ByteBuddy classes loaded").isLessThan(10);
        assertThat(loaded).noneMatch(l -> l.contains("dev.gilspy.shaded.bytebuddy.asm.Advice "));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void premainIsShortAndTheRestComesLater() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("delay=200ms,quiet"), "-Dgilspy.agent.debug=true"),
                "CpuPair", "5000");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).as(r.toString()).containsPattern("gilspy-agent: premain [0-9.]+ ms")
                .contains("gilspy-agent: background start-up")
                .contains("gilspy-agent: advised dev.gilspy.interp.gil.Gil in ")
                .doesNotContain("cannot");
        // The Gil class was loaded before the agent started measuring: it was advised mid-run (retransformed).
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theSecondRunTakesTheWovenClassFromTheCacheWithoutByteBuddy(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        List<String> opts = List.of(ChildJvm.agentArg("quiet,delay=0"), "-Dgilspy.agent.debug=true",
                "-Dgilspy.agent.cacheDir=" + cache);
        ChildJvm.Result first = ChildJvm.run(opts, "IoOnly", "300");
        assertThat(first.stderr()).as(first.toString()).contains("advised dev.gilspy.interp.gil.Gil in ")
                .doesNotContain("(cached)");
        Path log = dir.resolve("classes.log");
        List<String> again = new java.util.ArrayList<>(opts);
        again.add("-Xlog:class+load:file=" + log);
        ChildJvm.Result second = ChildJvm.run(again, "IoOnly", "300");
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.stderr()).as(second.toString()).contains("advised dev.gilspy.interp.gil.Gil in ")
                .contains("(cached)");
        assertThat(second.values().get("held")).as(second.toString()).isNotNull();
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains("dev.gilspy.shaded.bytebuddy.asm.Advice "));
    }
}
