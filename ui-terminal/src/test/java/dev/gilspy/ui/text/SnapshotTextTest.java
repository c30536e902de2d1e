package dev.gilspy.ui.text;

import dev.gilspy.ui.model.Column;
import dev.gilspy.ui.model.Samples;
import dev.gilspy.ui.model.TopModel;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTextTest {
    @Test
    void aSnapshotIsKeyValueLinesThenATable() {
        TopModel model = new TopModel(Samples.TARGET, Duration.ofSeconds(1));
        model.accept(Optional.of(Samples.pairAt(75)), 0);
        List<String> lines = SnapshotText.lines(model);
        assertThat(lines.get(0)).startsWith("gilspy top #1  ").contains("pid 4242  dev.example.Countdown  java 17.0.15  up 1:15");
        assertThat(lines).contains(
                "gil      mode=on  switch-interval=5.00ms  interpreter=0  threads=3",
                "load     held=99.0%  contention=97.0%  waiters=1.00  knock=96.0%",
                "avg      contention-1m=95.0%  contention-5m=60.0%  contention-15m=22.0%",
                "holder   countdown-0  countdown (countdown.py:9)");
        int verdict = lines.indexOf(lines.stream().filter(l -> l.startsWith("verdict  ")).findFirst().orElseThrow());
        assertThat(lines.get(verdict + 1)).as("what to do, on its own greppable line").matches("advice   \\S.*");
        String headerLine = SnapshotText.header(Column.nameWidth(model.rows()));
        int header = lines.indexOf(headerLine);
        assertThat(headerLine.split("\\s+")).startsWith("", "TID", "NAME", "STATE", "HELD%", "WAIT%");
        assertThat(lines.get(header + 1).trim().split("\\s+")).startsWith("1", "countdown-0", "HOLD", "50.0%", "50.0%");
    }

    @Test
    void aGraalPyTargetShowsWhereItsIntervalCameFromAndItsOwnAdvice() {
        TopModel model = new TopModel(Samples.TARGET, Duration.ofSeconds(1));
        model.accept(Optional.of(Samples.graalPyPairAt(75)), 0);
        List<String> lines = SnapshotText.lines(model);
        assertThat(lines).contains("gil      mode=on  switch-interval=50.0ms  interpreter=0  threads=3  target=graalpy  "
                + "interval-source=read from GraalPy: AsyncHandler.GIL_RELEASE_DELAY = 50 ms");
        assertThat(lines).anyMatch(l -> l.startsWith("advice   give each worker its own polyglot Context"));
    }

    @Test
    void batchStopsAfterNAndReportsATargetThatExits() throws Exception {
        StringWriter sw = new StringWriter();
        TopModel model = new TopModel(Samples.TARGET, Duration.ofMillis(50));
        boolean finished = BatchTop.run(new Samples.Replay(Samples.pairAt(1), Samples.pairAt(2), Samples.pairAt(3)),
                model, 2, new PrintWriter(sw, true));
        assertThat(finished).isTrue();
        assertThat(Arrays.stream(sw.toString().split("\n")).filter(l -> l.startsWith("gilspy top #"))).hasSize(2);

        TopModel short1 = new TopModel(Samples.TARGET, Duration.ofMillis(50));
        boolean gone = BatchTop.run(new Samples.Replay(Samples.pairAt(1)), short1, 5, new PrintWriter(new StringWriter()));
        assertThat(gone).isFalse();
        assertThat(short1.goneMessage()).contains("target PID 4242 exited");
        assertThat(short1.refreshes()).isEqualTo(1);
    }
}
