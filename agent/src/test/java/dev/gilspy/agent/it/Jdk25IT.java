package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A host's stderr is not ours to write on: on JDK 25 the agent makes the JVM print no
 * {@code sun.misc.Unsafe} warning (issue 17). ByteBuddy only weaves class files here; nothing of
 * its class injection, which reached for Unsafe, runs. Needs a JDK 25: {@code -Dgilspy.test.jdk25=JAVA_HOME}
 * or the Temurin 25 package's path.
 */
class Jdk25IT {
    private static Path java25() {
        String home = System.getProperty("gilspy.test.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64");
        Path java = Path.of(home, "bin", "java");
        Assumptions.assumeTrue(Files.isExecutable(java), "no JDK 25 at " + home + " (set -Dgilspy.test.jdk25)");
        return java;
    }

    private static String stderr(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return err;
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void noUnsafeWarningOnJdk25() throws Exception {
        String java = java25().toString();
        assertThat(stderr(List.of(java, ChildJvm.agentArg(""), "-version"))).doesNotContain("WARNING")
                .doesNotContain("gilspy");
        // Weaving at class load (delay=0) and by retransformation (delay=300ms), with the knocker and JFR.
        for (String options : new String[] {"quiet,delay=0,knock=1ms", "quiet,delay=300ms"}) {
            // No woven-class cache: ByteBuddy must run to show it asks nothing of Unsafe.
            List<String> cmd = new ArrayList<>(ChildJvm.command(List.of(ChildJvm.agentArg(options),
                    "-Dgilspy.agent.noCache=true"), "CpuPair", "1500"));
            cmd.set(0, java);
            assertThat(stderr(cmd)).as(options).isEmpty();
        }
    }
}
