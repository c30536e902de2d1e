package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interpreter whose GIL class has the instrumented name but not the rest of the contract: the
 * agent reports one line and the application runs on unmeasured.
 */
class BrokenTargetIT {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTargetThatCannotBeBoundGivesOneLineAndTheAppFinishes(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/dev/gilspy/interp/gil");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Gil.java"), String.join("\n",
                "package dev.gilspy.interp.gil;",
                "public final class Gil {",
                "    public void take(Object ts) {}",
                "    public boolean drop(Object ts) { return false; }",
                "    public static void main(String[] args) {",
                "        Gil g = new Gil();",
                "        for (int i = 0; i < 100_000; i++) { g.take(null); g.drop(null); }",
                "        System.out.println(\"done\");",
                "    }",
                "}"));
        Path classes = dir.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Gil.java").toString());
        assertThat(rc).isZero();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ChildJvm.agentArg("quiet,delay=0"), "-cp", classes.toString(), "dev.gilspy.interp.gil.Gil");
        Process p = new ProcessBuilder(cmd).start();
        String out = ChildJvm.text(p.getInputStream());
        String err = ChildJvm.text(p.getErrorStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).isEqualTo("done\n");
        assertThat(err.lines().toList()).hasSize(1).first().asString()
                .startsWith("gilspy-agent: cannot bind to dev.gilspy.interp.gil.Gil: ")
                .contains("ThreadState");
    }
}
