package dev.gilspy.attach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive serves runs with {@code -javaagent:gilspy.jar} too: a training run
 * as the launcher makes it ({@code -Dgilspy.cdsTraining=true}, no agent) archives the agent's start-up
 * classes, and a later run with the agent maps them instead of loading them from the jar (issue 17).
 */
class LauncherArchiveIT {
    @Test
    void anAgentRunMapsTheAgentsClassesFromTheArchive(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "gilspy.jar").toAbsolutePath();
        Path archive = dir.resolve("a.jsa");
        Path script = Files.writeString(dir.resolve("x.py"), "print('ok')\n");
        run(dir, java, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-Dgilspy.cdsTraining=true",
            "-jar", jar.toString(), "run", script.toString());
        assertThat(archive).exists();
        try (java.util.jar.JarFile f = new java.util.jar.JarFile(jar.toFile())) {
            for (String name : CdsAgentClasses.names()) {
                if (name.startsWith("dev.gilspy.")) {
                    assertThat(f.getEntry(name.replace('.', '/') + ".class")).as(name + " in the jar").isNotNull();
                }
            }
        }
        Path log = dir.resolve("classes.txt");
        String out = run(dir, java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:disable",
            "-Xlog:class+load=info:file=" + log, "-javaagent:" + jar + "=quiet", "-jar", jar.toString(), "run", script.toString());
        assertThat(out).isEqualTo("ok\n");
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).anyMatch(l -> l.contains(" dev.gilspy.agent.GilspyAgent source: shared objects file"));
        assertThat(lines).anyMatch(l -> l.contains(" sun.instrument.InstrumentationImpl source: shared objects file"));
        // the woven GIL class is the one that has to come from the jar (its bytes are the agent's)
        assertThat(lines.stream().filter(l -> l.contains(" dev.gilspy.agent.") && !l.contains("shared objects file")
            && !l.contains("$$Lambda")).toList()).isEmpty();

        // measuring from the first take (delay=0): the reader's method handles bind, and the
        // LambdaForms behind them come from the archive (the training linked them), not spun here
        Path measured = dir.resolve("measured.txt");
        out = run(dir, java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:disable",
            "-Xlog:class+load=info:file=" + measured, "-javaagent:" + jar + "=quiet,delay=0", "-jar", jar.toString(),
            "run", script.toString());
        assertThat(out).isEqualTo("ok\n");
        assertThat(Files.readAllLines(measured)).anyMatch(l -> l.contains(" dev.gilspy.agent.runtime.GilRecorder source:"))
            .noneMatch(l -> l.contains("LambdaForm$DMH") && l.contains("__JVM_LookupDefineClass__"));
    }

    /**
     * The launcher's {@code -javaagent:gilspy.jar=OPTIONS} is {@code -Dgilspy.agent.launch=OPTIONS}, which the
     * jar's Launcher-Agent-Class starts before main: the agent runs (and advises the GIL class), while the
     * JVM keeps its precomputed module graph (no java.lang.module.Resolver), which {@code -javaagent} drops.
     * Without the property the launcher agent does nothing.
     */
    @Test
    void theLaunchersAgentStartsFromTheJarsLauncherAgentClass(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "gilspy.jar").toAbsolutePath();
        Path script = Files.writeString(dir.resolve("x.py"), "print('ok')\n");
        Path log = dir.resolve("classes.txt");
        String out = run(dir, java, "-Xlog:disable", "-Xlog:class+load=info:file=" + log,
            "-Dgilspy.agent.launch=quiet,delay=0", "-Dgilspy.agent.debug=true", "-Dgilspy.agent.cacheDir=" + dir.resolve("woven"),
            "-jar", jar.toString(), "run", script.toString());
        assertThat(out).isEqualTo("ok\n");
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("gilspy-agent: premain")
            .contains("gilspy-agent: advised dev.gilspy.interp.gil.Gil");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains(" java.lang.module.Resolver "));

        out = run(dir, java, "-Xlog:disable", "-Dgilspy.agent.debug=true", "-jar", jar.toString(), "run", script.toString());
        assertThat(out).isEqualTo("ok\n");
        assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("gilspy-agent");
    }

    private static String run(Path dir, String... cmd) throws Exception {
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
            .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        return Files.readString(out);
    }
}
