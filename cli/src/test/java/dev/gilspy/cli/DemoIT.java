package dev.gilspy.cli;

import dev.gilspy.cli.testapp.GilspyJar;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gilspy demo} without a terminal: batch snapshots, then where the outputs went, then it ends. */
class DemoIT {
    @Test
    void demoFinishesByItselfAndSaysWhereTheOutputsWent() throws Exception {
        Path dir = Files.createTempDirectory("gilspy-demo-it");
        GilspyJar.Result r = GilspyJar.run(120, "demo", "-n", "3", "-o", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("gilspy top #"))).hasSize(3);
        assertThat(r.out()).contains("verdict  CPU-bound threads are taking turns", "gilspy demo: outputs in " + dir);
        assertThat(dir.resolve("countdown_pair.py")).exists();
        assertThat(r.out()).containsPattern("(?m)^  demo\\.jfr +the JFR recording: gilspy report ")
                .containsPattern("(?m)^  demo-wait\\.svg +the GIL flame graph");
        assertThat(dir.resolve("demo-wait.svg")).isNotEmptyFile();
        assertThat(dir.resolve("demo.jfr")).as("the agent's jfr= recording, dumped when the demo stops the app").isNotEmptyFile();
        assertThat(dir.resolve("app.err")).as("the sample's stderr: nothing of gilspy's own, such as a second agent").isEmptyFile();
    }
}
