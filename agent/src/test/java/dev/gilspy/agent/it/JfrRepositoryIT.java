package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jfr=} recording's JFR repository (its chunks) is a private folder, not the JDK's 0755
 * {@code $TMPDIR/<date>_<pid>}, and the next run removes one that a SIGKILL left behind (issue 16).
 */
class JfrRepositoryIT {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void repositoryIsPrivateAndAKilledRunsFolderIsRemovedByTheNext(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process killed = new ProcessBuilder(ChildJvm.command(List.of("-Djava.io.tmpdir=" + tmp,
                ChildJvm.agentArg("quiet,jfr=" + dir.resolve("one.jfr"))), "CpuPair", "60000"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path repo = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (repo == null && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(tmp)) {
                repo = s.filter(p -> p.getFileName().toString().startsWith("gilspy-jfr-" + killed.pid() + "-"))
                        .findFirst().orElse(null);
            }
            Thread.sleep(100);
        }
        assertThat(repo).as("the recording's repository under " + tmp).isNotNull();
        assertThat(Files.getPosixFilePermissions(repo)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        Thread.sleep(1000); // JFR has written its first chunk into it
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no JDK default repository beside ours")
                    .allMatch(n -> n.startsWith("gilspy-jfr-") || n.startsWith("hsperfdata") || n.startsWith(".java_pid"));
        }
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(repo).exists();

        ChildJvm.Result next = ChildJvm.run(List.of("-Djava.io.tmpdir=" + tmp,
                ChildJvm.agentArg("quiet,jfr=" + dir.resolve("two.jfr"))), "CpuPair", "300");
        assertThat(next.exit()).as(next.toString()).isZero();
        assertThat(repo).as("the killed run's repository, removed by the next run").doesNotExist();
    }
}
