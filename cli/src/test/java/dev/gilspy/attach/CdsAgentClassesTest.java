package dev.gilspy.attach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher's training run loads for agent runs (see {@link CdsAgentClasses}; the archive itself: {@code LauncherArchiveIT}). */
class CdsAgentClassesTest {
    @Test
    void everyListedClassExistsOnThisJdkAndBuild() throws Exception {
        List<String> listed = CdsAgentClasses.names();
        assertThat(listed).contains("java.lang.instrument.Instrumentation", "jdk.jfr.FlightRecorder",
            "dev.gilspy.shaded.hdrhistogram.ConcurrentHistogram");
        List<String> missing = new ArrayList<>();
        for (String name : listed) {
            if (name.startsWith("dev.gilspy.shaded.")) {
                continue; // relocated names exist only in the shaded jar: LauncherArchiveIT checks those
            }
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(missing).as("names in cds-agent-classes.txt that load nothing (renamed or mistyped)").isEmpty();
    }

    @Test
    void theTrainingLinksEveryReadOfTheAgentsReader() {
        // all 18 reads bind against this build's interpreter (0 when its GIL class or a read is missing)
        assertThat(dev.gilspy.agent.Targets.linkReaderForArchive(getClass().getClassLoader())).isEqualTo(18);
        assertThat(dev.gilspy.agent.Targets.linkReaderForArchive(new ClassLoader(null) {})).isZero();
    }

    @Test
    void outsideATrainingRunNothingIsLoaded() {
        assertThat(System.getProperty("gilspy.cdsTraining")).isNull();
        assertThat(CdsAgentClasses.loadIfTraining()).isZero();
    }

    @Test
    void theAgentPackagesOfAJarAreListed(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("x.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String e : List.of("dev/gilspy/agent/GilspyAgent.class", "dev/gilspy/agent/runtime/Ticker$1.class",
                    "dev/gilspy/agent/README.txt", "dev/gilspy/interp/Main.class", "dev/gilspy/shaded/bytebuddy/ByteBuddy.class")) {
                out.putNextEntry(new JarEntry(e));
                out.closeEntry();
            }
        }
        assertThat(CdsAgentClasses.agentClassesIn(jar))
            .containsExactly("dev.gilspy.agent.GilspyAgent", "dev.gilspy.agent.runtime.Ticker$1");
        assertThat(CdsAgentClasses.agentClassesIn(dir)).isEmpty();
    }
}
