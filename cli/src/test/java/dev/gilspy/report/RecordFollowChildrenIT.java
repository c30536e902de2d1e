package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code gilspy record --follow-children -- pool.py} records the GIL of the script's
 * {@code multiprocessing} workers too, each worker JVM as a process of its own (a tower of the flame
 * graph named by its pid, its pool name and its parent's pid), and keeps each worker's file beside
 * {@code --keep-jfr}.
 */
class RecordFollowChildrenIT {
    @TempDir Path dir;

    static final String POOL = """
            from multiprocessing import Pool

            def work(n):
                s = 0
                for i in range(n):
                    s += i * i
                return s

            if __name__ == '__main__':
                with Pool(2) as p:
                    print(len(p.map(work, [1000000] * 4)))
            """;

    private static final Pattern PROCESS = Pattern.compile("^\\[process (\\d+): ([^\\]]*)\\][; ]");

    @Test
    void theWorkersOfAPoolAreRecordedEachAsItsOwnProcess() throws Exception {
        Path script = Files.writeString(dir.resolve("pool.py"), POOL);
        Path out = dir.resolve("out.collapsed");
        Path kept = dir.resolve("kept.jfr");
        Path jar = Path.of(System.getProperty("gilspy.jar", "target/gilspy.jar")).toAbsolutePath();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "record", "--follow-children", "--mode", "cpu", "-o", out.toString(),
                "--keep-jfr", kept.toString(), "--", script.toString()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).startsWith("4\n").contains("recorded 2 workers: ");

        List<String> lines = Files.readAllLines(out);
        String parent = null;
        Set<String> workers = new java.util.TreeSet<>();
        boolean workerRanTheTask = false;
        for (String line : lines) {
            Matcher m = PROCESS.matcher(line);
            assertThat(m.find()).as("every stack is under its process: " + line).isTrue();
            if (m.group(2).equals("pool.py")) {
                parent = m.group(1);
            } else {
                assertThat(m.group(2)).as(line).matches("SpawnPoolWorker-\\d+, worker of \\d+|worker of \\d+");
                workers.add(m.group(1));
                workerRanTheTask |= line.contains(";work (") && line.contains("pool.py:");
            }
        }
        assertThat(parent).as("the script's own process: " + output).isNotNull();
        assertThat(workers).as("two worker JVMs, neither the script's").hasSize(2).doesNotContain(parent);
        String parentPid = parent;
        assertThat(lines.stream().filter(l -> !l.contains(": pool.py]"))).allMatch(l -> l.contains("worker of " + parentPid + "]"));
        assertThat(workerRanTheTask).as("a worker ran work() holding the GIL (the sampler): " + String.join("\n", lines)).isTrue();
        // the script's recording where --keep-jfr says, each worker's beside it
        assertThat(kept).isRegularFile();
        for (String w : workers) assertThat(dir.resolve("kept-" + w + ".jfr")).isRegularFile();
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(']') + 1)).collect(Collectors.toSet())).hasSize(3);
    }
}
