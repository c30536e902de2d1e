package dev.gilspy.sample.graalpy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GraalPy whose {@code PythonContext} has none of the GIL methods the agent knows (as a future
 * version might): the agent prints one clear line and the application runs as without it. The
 * stand-in {@code PythonContext} is compiled into its own directory, so it never shadows the real
 * GraalPy of the other tests.
 */
class UnsupportedGraalPyIT {
    private static final String CONTEXT = """
            package com.oracle.graal.python.runtime;

            public final class PythonContext {
                public int run(int n) {
                    int total = 0;
                    for (int i = 0; i < n; i++) {
                        total += i;
                    }
                    return total;
                }
            }
            """;
    private static final String APP = """
            public final class FutureGraalPyApp {
                public static void main(String[] args) {
                    System.out.println("app ok " + new com.oracle.graal.python.runtime.PythonContext().run(10));
                }
            }
            """;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneClearLineAndTheApplicationIsUnaffected(@TempDir Path dir) throws Exception {
        Path classes = compile(dir);
        for (String target : List.of("target=graalpy", "target=auto")) {
            GraalPyChild.Result r = GraalPyChild.run(List.of(GraalPyChild.agentArg("quiet,delay=0," + target)),
                    classes.toString(), "FutureGraalPyApp");
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.stdout()).as(r.toString()).isEqualTo("app ok 45\n");
            assertThat(r.agentLines()).as(r.toString()).containsExactly("gilspy-agent: GraalPy unknown is not supported "
                    + "(PythonContext has no acquireGil(), tryAcquireGil(), releaseGil(); tested: 25.0.1): "
                    + "the application runs unmeasured");
        }
    }

    private static Path compile(Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path pkg = Files.createDirectories(src.resolve("com/oracle/graal/python/runtime"));
        Files.writeString(pkg.resolve("PythonContext.java"), CONTEXT);
        Files.writeString(src.resolve("FutureGraalPyApp.java"), APP);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(),
                pkg.resolve("PythonContext.java").toString(), src.resolve("FutureGraalPyApp.java").toString());
        assertThat(rc).as("javac").isZero();
        return classes;
    }
}
