package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.agent.jfr.GilWaitEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JFR recording that starts with the JVM ({@code -XX:StartFlightRecording}) beside the agent's
 * defaults: the agent's start-up work goes to a background thread, but a recording from start-up
 * must still get every GIL event, including those of the first second, before the default delay.
 */
class EarlyRecordingIT {
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRecordingFromStartUpHasTheWaitsOfTheFirstSecond(@TempDir Path dir) throws Exception {
        int waits = 5;
        // Each wait lasts about EarlyWaits.HOLD_MS (60 ms), over the default settings' 10 ms threshold.
        List<RecordedEvent> all = gilWaits(dir.resolve("defaults.jfr"), "quiet", waits);
        assertThat(all).as("gilspy.GilWait events, defaults").filteredOn(e -> waiter(e)).hasSize(waits);
        // Only the waiter waits for a holder; the holder takes the free GIL each time. A take is a GilWait when it
        // lasts over the threshold, free or not, and on a loaded machine a free one did: the holder's first take,
        // preempted, lasted 14 ms at load 32. So the holder's takes may be there too, and nothing else.
        assertThat(all).as("gilspy.GilWait events, defaults, other than the waiter's").filteredOn(e -> !waiter(e))
                .allSatisfy(e -> assertThat(e.getString(GilWaitEvent.PYTHON_THREAD)).as(e.toString()).isEqualTo("holder"));
        // The control: the same run with measuring delayed past the JVM's life records none, so the
        // waits above come from the agent measuring from start-up, not from some later path.
        assertThat(gilWaits(dir.resolve("delayed.jfr"), "quiet,delay=60s", waits)).as("gilspy.GilWait events, delay=60s")
                .isEmpty();
    }

    private static boolean waiter(RecordedEvent e) {
        return e.getString(GilWaitEvent.PYTHON_THREAD).equals("waiter");
    }

    private static List<RecordedEvent> gilWaits(Path jfr, String agentOptions, int waits) throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg(agentOptions),
                "-XX:StartFlightRecording:filename=" + jfr), "EarlyWaits", Integer.toString(waits));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stdout()).as(r.toString()).contains("waits=" + waits);
        return RecordingFile.readAllEvents(jfr).stream()
                .filter(e -> e.getEventType().getName().equals(GilWaitEvent.NAME)).toList();
    }
}
