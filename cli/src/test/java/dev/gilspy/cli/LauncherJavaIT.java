package dev.gilspy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gilspy} launcher's choice of JVM (issue 20): GILSPY_JAVA pins one (JDK 17 keeps working,
 * with its class-data archive; a JDK 24 or newer starts with an AOT cache), JAVA_HOME's java is used
 * otherwise even when a newer JDK is installed, and {@code --version} says which JVM and which class
 * data a run has.
 */
class LauncherJavaIT {
    private static final Path LAUNCHER = Path.of("..", "gilspy").toAbsolutePath().normalize();

    /** The exit status, stdout and stderr of the launcher run under {@code env} plus PATH. */
    private record Result(int code, String out, String err) {}

    private static Result launch(Path dir, List<String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=/usr/bin:/bin"));
        cmd.addAll(env);
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    @Test
    void gilspyJavaPinsTheJvmAndItsClassDataArchive(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = Files.writeString(dir.resolve("x.py"), "print('ran')\n");
        Result run = launch(dir, List.of("GILSPY_JAVA=" + java), "run", script.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ran\n");
        Result version = launch(dir, List.of("GILSPY_JAVA=" + java), "--version");
        assertThat(version.out()).contains("java " + System.getProperty("java.version") + " ");
        if (Runtime.version().feature() < 24) {
            // the run above recorded the archive (or found it): every later run maps it
            assertThat(version.out()).containsPattern("class data: class-data archive .*gilspy-cds-.*\\.jsa");
        }
        Result none = launch(dir, List.of("GILSPY_JAVA=" + java, "GILSPY_NO_CDS=1"), "--version");
        assertThat(none.out()).contains("class data: none");
    }

    @Test
    void aJdk24OrNewerStartsWithAnAotCacheWhenChosen(@TempDir Path dir) throws Exception {
        Path newest = newestJdk(24);
        assumeTrue(newest != null, "no JDK 24 or newer under /usr/lib/jvm");
        List<String> env = List.of("GILSPY_JAVA=" + newest.resolve("bin/java"));
        Path script = Files.writeString(dir.resolve("x.py"), "import re\nprint(re.sub('a+', '-', 'baaad'))\n");
        Result run = launch(dir, env, "run", script.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("b-d\n");
        assertThat(run.err()).isEmpty();
        Result version = launch(dir, env, "--version");
        assertThat(version.err()).isEmpty();
        assertThat(version.out()).containsPattern("java " + major(newest) + "[.\\s]")
            .containsPattern("class data: AOT cache .*gilspy-aot-.*\\.aot");
        // an agent's run cannot use the cache (the JVM would refuse it with errors on stderr)
        Result agent = launch(dir, List.of("GILSPY_JAVA=" + newest.resolve("bin/java"),
            "GILSPY_JAVA_OPTS=-javaagent:" + System.getProperty("gilspy.jar")), "--version");
        assertThat(agent.err()).isEmpty();
        assertThat(agent.out()).contains("class data: none");
    }

    @Test
    void javaHomesJavaIsUsedEvenWhenANewerJdkIsInstalled(@TempDir Path dir) throws Exception {
        List<String> env = List.of("JAVA_HOME=" + System.getProperty("java.home"));
        Result version = launch(dir, env, "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).contains("java " + System.getProperty("java.version") + " ");
    }

    /** The JDK home under /usr/lib/jvm with the highest feature version of at least {@code min}, or null. */
    /** jvm.options is the one list of the launcher's JVM options (bench/jmh's forks read it too): all of it reaches java, in order. */
    @Test
    void everyOptionOfJvmOptionsReachesTheJvm(@TempDir Path dir) throws Exception {
        Path fakeJava = Files.writeString(dir.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
        List<String> options = Files.readAllLines(LAUNCHER.resolveSibling("jvm.options")).stream()
            .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(options).contains("-XX:+UseSerialGC", "-XX:CompileCommand=inline,dev.gilspy.interp.runtime.PyFrame::<init>");
        Result run = launch(dir, List.of("GILSPY_JAVA=" + fakeJava, "GILSPY_NO_CDS=1"), "--version");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> args = run.out().lines().toList();
        assertThat(args.subList(0, args.indexOf("-jar"))).containsSubsequence(options);
    }

    private static Path newestJdk(int min) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        Path best = null;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : (Iterable<Path>) homes::iterator) {
                int m = major(home);
                if (m >= min && Files.isExecutable(home.resolve("bin/java")) && (best == null || m > major(best))) {
                    best = home;
                }
            }
        }
        return best;
    }

    private static int major(Path home) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
