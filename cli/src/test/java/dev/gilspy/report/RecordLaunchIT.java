package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end as a user runs it: {@code java -jar gilspy.jar record -o out.collapsed -- countdown.py}
 * in a child JVM, which launches the script in a grandchild with the agent.
 */
class RecordLaunchIT {
    @TempDir Path dir;

    static final String COUNTDOWN = """
            import threading

            def countdown(n):
                while n > 0:
                    n -= 1

            threads = [threading.Thread(target=countdown, args=(3000000,)) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            """;

    @Test
    void cpuBoundPairWaitsInCountdown() throws Exception {
        Path script = Files.writeString(dir.resolve("countdown.py"), COUNTDOWN);
        Path out = dir.resolve("out.collapsed");
        Path jar = Path.of(System.getProperty("gilspy.jar", "target/gilspy.jar")).toAbsolutePath();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "record", "--threads", "-o", out.toString(), "--", script.toString()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(Files.readAllLines(out))
                .anyMatch(l -> l.matches("Thread-\\d+ \\(countdown\\);.*countdown \\((.*/)?countdown\\.py:\\d+\\);\\[GIL wait\\] \\d+"));
    }
}
