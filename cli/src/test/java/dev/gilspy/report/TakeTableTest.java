package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 18: GraalPy's GIL churn per thread in the report: takes, takes/s and time per take, from the waits. */
class TakeTableTest {
    private static String report(String target) {
        PyStack stack = PyStack.parse("handler (svc.py:4)");
        List<GilEvent> events = new ArrayList<>();
        long t = 1_000_000_000L;
        // one thread calls out of Python 500 times in 1 s: a 20 us take and a 1.98 ms hold each
        for (int i = 0; i < 500; i++) {
            events.add(new GilEvent(GilEvent.Kind.WAIT, 0, t, 20_000, "worker-1", stack, null, null, "worker-1", 7, false));
            events.add(new GilEvent(GilEvent.Kind.HOLD, 0, t + 20_000, 1_980_000, "worker-1", stack, null, null, "worker-1", 7, false));
            t += 2_000_000;
        }
        GilRecording.Stats stats = new GilRecording.Stats(t, "on", 50_000_000L, 0.99, 0.01, 0, 0, target, "read");
        GilRecording r = new GilRecording(Path.of("svc.jfr"), events, 0, List.of(), List.of(stats), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Summary(r).print(new PrintStream(out, true, StandardCharsets.UTF_8), 5);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGraalPyReportShowsTakesPerSecondAndTheTimePerTake() {
        String text = report("graalpy");
        assertThat(text).contains("GraalPy GIL takes per thread");
        assertThat(text).containsPattern("(?m)^  worker-1 +500 +500\\.0 +20\\.0 µs +10\\.00 ms +1\\.0%$");
    }

    @Test
    void gilspysReportHasNoGraalPyTable() {
        assertThat(report("gilspy")).doesNotContain("GraalPy GIL takes");
    }
}
