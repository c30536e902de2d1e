package dev.gilspy.attach;


import dev.gilspy.cli.testapp.ChildJvm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Targets that say no: a JDK 21+ JVM refusing dynamic agents, and another user's JVM. */
class RefusedAttachTest {
    /** A JDK 21+ java: {@code -Dgilspy.test.jdk21=JAVA_HOME}, else one installed beside the running JDK. */
    private static final Path JDK21 = findJdk21();

    private static Path findJdk21() {
        String configured = System.getProperty("gilspy.test.jdk21", System.getenv("GILSPY_TEST_JDK21"));
        if (configured != null) {
            return Path.of(configured, "bin", "java");
        }
        Path jvms = Path.of(System.getProperty("java.home")).toAbsolutePath().getParent();
        try (var homes = Files.list(jvms)) {
            return homes.filter(h -> featureVersion(h) >= 21).map(h -> h.resolve("bin/java"))
                    .filter(Files::isExecutable).findFirst().orElse(jvms.resolve("none"));
        } catch (IOException e) {
            return jvms.resolve("none");
        }
    }

    private static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Integer.parseInt(line.replaceAll("[^0-9.]", "").split("\\.")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK home
        }
        return 0;
    }

    @Test
    void aJdk21PlusTargetRefusingDynamicAgentsSaysHowToFixIt() throws Exception {
        assumeTrue(Files.isExecutable(JDK21), "needs a JDK 21+ beside this one, or -Dgilspy.test.jdk21=JAVA_HOME");
        Path jar = agentJar();
        String previous = System.getProperty(GilspyJar.PROPERTY);
        System.setProperty(GilspyJar.PROPERTY, jar.toString());
        // the child's classes are compiled for 17, which 25 runs; no sampled MXBean so the agent is "missing"
        try (ChildJvm child = ChildJvm.start(JDK21.toString(), List.of("-XX:-EnableDynamicAgentLoading"), "1")) {
            assertThatThrownBy(() -> AttachedTarget.attach(child.pid(), true))
                    .isInstanceOf(AttachException.class)
                    .hasMessageMatching("PID " + child.pid() + " \\(java 2[0-9.]+\\) refuses dynamically loaded agents:"
                            + " start it with -javaagent:" + jar.getFileName() + " or -XX:\\+EnableDynamicAgentLoading");
            assertThat(child.process().isAlive()).isTrue();
        } finally {
            restore(previous);
        }
    }

    @Test
    void aJvmThatDisabledAttachSaysSo() throws Exception {
        try (ChildJvm child = ChildJvm.start(ChildJvm.defaultJava(), List.of("-XX:+DisableAttachMechanism"), "1")) {
            assertThatThrownBy(() -> AttachedTarget.attach(child.pid(), true))
                    .isInstanceOf(AttachException.class)
                    .hasMessage("PID " + child.pid() + " refuses every attach (it runs with -XX:+DisableAttachMechanism):"
                            + " start it with -javaagent:gilspy.jar and without that option");
        }
    }

    @Test
    void anotherUsersJvmIsRefusedBeforeAttaching() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to start a process as nobody");
        Path dir = Files.createTempDirectory("gilspy-other-user");
        Path source = dir.resolve("Sleeper.java");
        Files.writeString(source, "class Sleeper { public static void main(String[] a) throws Exception {"
                + " System.out.println(\"ready\"); Thread.sleep(60000); } }");
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        source.toFile().setReadable(true, false);
        Process p = new ProcessBuilder("runuser", "-u", "nobody", "--", ChildJvm.defaultJava(), source.toString())
                .redirectErrorStream(true).start();
        try {
            assumeTrue(new String(p.getInputStream().readNBytes(5)).equals("ready"), "could not start a JVM as nobody");
            long pid = ProcessHandle.of(p.pid()).flatMap(h -> h.children().findFirst()).map(ProcessHandle::pid).orElse(p.pid());
            assertThatThrownBy(() -> AttachedTarget.attach(pid, true))
                    .isInstanceOf(AttachException.class)
                    .hasMessage("PID " + pid + " belongs to user nobody; the JDK attaches only to JVMs of the same user:"
                            + " run gilspy as nobody");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** A jar with only a manifest naming the agent: the refusal comes before any class is loaded. */
    private static Path agentJar() throws IOException {
        Path jar = Files.createTempFile("gilspy-agent", ".jar");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Agent-Class", "dev.gilspy.agent.GilspyAgent");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(GilspyJar.PROPERTY);
        } else {
            System.setProperty(GilspyJar.PROPERTY, previous);
        }
    }
}
