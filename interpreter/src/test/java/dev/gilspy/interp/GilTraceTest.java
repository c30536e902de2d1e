package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dgilspy.gilTrace=FILE} (gil/GilTrace, read by tools/gil-trace-summary): two threads
 * spinning at a 1 ms switch interval hand the GIL over through every step of the contended path,
 * and each step is in the file with its time and thread.
 */
class GilTraceTest {
    private static final String SPINNERS = String.join("\n",
        "import sys, threading, time",
        "sys.setswitchinterval(0.001)",
        "stop = False",
        "def spin():",
        "    n = 0",
        "    while not stop:",
        "        n += 1",
        "ts = [threading.Thread(target=spin) for _ in range(2)]",
        "for t in ts: t.start()",
        "time.sleep(0.5)",
        "stop = True",
        "for t in ts: t.join()",
        "print('done')",
        "");

    @TempDir
    Path dir;

    @Test
    void everyStepOfAForcedHandOffIsRecorded() throws Exception {
        Path trace = dir.resolve("gil.trace");
        ChildJvm.Result r = ChildJvm.run(dir, SPINNERS, "-Dgilspy.gilTrace=" + trace);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("done\n");
        List<String[]> lines = Files.readAllLines(trace).stream().map(l -> l.split(" ")).toList();
        assertThat(lines).allSatisfy(f -> {
            assertThat(f).hasSize(3);
            assertThat(Long.parseLong(f[0])).isPositive();
            assertThat(Long.parseLong(f[1])).isPositive();
        });
        Set<String> steps = lines.stream().map(f -> f[2]).collect(Collectors.toSet());
        assertThat(steps).contains("take_begin", "wait_timed_out", "drop_request_set", "drop_request_seen",
            "dropped_forced", "woken", "taken", "switch_seen");
        // the spinners and the main thread (its sleep drops and takes the GIL)
        Map<String, Long> threads = lines.stream().collect(Collectors.groupingBy(f -> f[1], Collectors.counting()));
        assertThat(threads).hasSizeGreaterThanOrEqualTo(2);
    }
}
