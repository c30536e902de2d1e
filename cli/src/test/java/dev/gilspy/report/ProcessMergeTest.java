package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code record --follow-children}: several processes' recordings as one, every process kept apart. */
class ProcessMergeTest {
    private static GilRecording recording(String function, int interpreterId, long t0) {
        PyStack stack = PyStack.parse(function + " (app.py:3)");
        return new GilRecording(Path.of("x.jfr"), List.of(
                new GilEvent(GilEvent.Kind.HOLD, interpreterId, t0, 5_000_000, "MainThread", stack, null, null, "main", 1, false),
                new GilEvent(GilEvent.Kind.WAIT, interpreterId, t0 + 5_000_000, 2_000_000, "MainThread", stack, null, "Thread-1", "main", 1, false)),
                0, List.of());
    }

    private static GilRecording merged() {
        return ProcessMerge.merge(List.of(
                new ProcessMerge.Part(recording("main_loop", 0, 1_000_000_000L), 100, "app.py"),
                new ProcessMerge.Part(recording("work", 0, 1_002_000_000L), 101, "SpawnPoolWorker-1, worker of 100"),
                new ProcessMerge.Part(recording("work", 1, 1_003_000_000L), 102, "worker of 100")));
    }

    @Test
    void eachProcessHasItsOwnGilsThreadsAndTower() {
        GilRecording r = merged();
        assertThat(r.events()).hasSize(6);
        assertThat(r.events()).extracting(GilEvent::interpreterId).containsExactly(0, 0, 1000, 1000, 2001, 2001);
        assertThat(r.events()).extracting(GilEvent::thread).containsExactly(
                "[100] MainThread", "[100] MainThread", "[101] MainThread", "[101] MainThread", "[102] MainThread", "[102] MainThread");
        assertThat(r.events().get(1).other()).isEqualTo("[100] Thread-1");
        PyStack worker = r.events().get(2).stack();
        assertThat(worker.innermost()).isEqualTo("work (app.py:3)");
        assertThat(worker.frame(worker.depth() - 1)).isEqualTo("[process 101: SpawnPoolWorker-1, worker of 100]");
        assertThat(r.events().get(3).stack()).as("a stack shared in one process stays shared").isSameAs(worker);
        assertThat(r.gilName(1000)).isEqualTo("GIL of process 101 (SpawnPoolWorker-1, worker of 100)");
        assertThat(r.gilName(2001)).isEqualTo("GIL of process 102 (worker of 100), interpreter 1");
        assertThat(recording("x", 0, 0).gilName(3)).isEqualTo("GIL of interpreter 3");
    }

    @Test
    void theTraceHasAProcessPerGilAndTheFlameGraphATowerPerProcess() throws Exception {
        GilRecording r = merged();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceEventWriter.write(GilTimeline.of(r, null, null), "t", out);
        String trace = out.toString(StandardCharsets.UTF_8);
        assertThat(trace).contains("\"GIL of process 100 (app.py)\"", "\"GIL of process 101 (SpawnPoolWorker-1, worker of 100)\"",
                "\"[102] MainThread (Java thread 1)\"");
        Profile hold = Profile.build(r, ProfileOptions.of(Mode.HOLD));
        assertThat(hold.stacks().stream().map(s -> s.frames()[0].name()).distinct().sorted())
                .containsExactly("[process 100: app.py]", "[process 101: SpawnPoolWorker-1, worker of 100]", "[process 102: worker of 100]");
    }
}
