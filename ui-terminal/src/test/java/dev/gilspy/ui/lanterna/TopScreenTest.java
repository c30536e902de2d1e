package dev.gilspy.ui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gilspy.ui.model.Column;
import dev.gilspy.ui.model.Samples;
import dev.gilspy.ui.model.TopModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live screen on Lanterna's virtual terminal: assertions are on the characters drawn. */
class TopScreenTest {
    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;
    private TopModel model;
    private Samples.Replay source;
    private TopScreen top;

    @BeforeEach
    void start() throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(120, 24));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        model = new TopModel(Samples.TARGET, Duration.ofSeconds(1));
        source = new Samples.Replay(Samples.pairAt(10), Samples.pairAt(11));
        top = new TopScreen(screen, source, model);
        top.readIfLive();
        top.draw(true);
    }

    @AfterEach
    void stop() throws Exception {
        screen.stopScreen();
    }

    private String line(int row) {
        StringBuilder sb = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            sb.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return sb.toString().stripTrailing();
    }

    private List<String> lines() {
        List<String> all = new ArrayList<>();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            all.add(line(row));
        }
        return all;
    }

    private int rowOf(String text) {
        List<String> all = lines();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private void press(KeyStroke key) throws Exception {
        top.handle(key);
        top.draw(false);
    }

    @Test
    void headerAndRowsRender() {
        assertThat(line(0)).contains("pid 4242", "dev.example.Countdown", "java 17.0.15").endsWith("up 0:10");
        assertThat(line(1)).contains("GIL on", "switch interval 5.00ms", "held 99.0%", "contention 97.0%", "waiters 1.00",
                "knock 96.0%");
        assertThat(line(2)).contains("switches/s 200.0", "forced drops/s 199.0", "contention 1m 95.0%  5m 60.0%  15m 22.0%");
        assertThat(line(3)).contains("holder countdown-0 in countdown (countdown.py:9)")
                .endsWith("threads 3: 1 WAIT, 1 HOLD, 1 IO");
        assertThat(line(4)).contains("contention 60s █");
        assertThat(line(5)).contains("CPU-bound threads are taking turns: contention 97%, 1.0 waiters");
        assertThat(line(TopPainter.TABLE_TOP)).contains("TID", "NAME", "STATE", "HELD%", "WAIT%", "ACQ/s", "AVG WAIT",
                "P99 WAIT", "MAX HOLD", "FUNCTION");
        assertThat(line(TopPainter.TABLE_TOP + 1)).contains("countdown-0", "HOLD", "50.0%", "countdown (countdown.py:9)");
        assertThat(line(23)).contains("q quit", "sort WAIT% ▼");
    }

    @Test
    void waitingThreadsStandOutInRed() {
        int row = rowOf("countdown-1");
        assertThat(terminal.getCharacter(8, row).getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        int holder = rowOf("countdown-0");
        assertThat(terminal.getCharacter(8, holder).getForegroundColor()).isNotEqualTo(TextColor.ANSI.RED_BRIGHT);
    }

    @Test
    void numberKeysAndAngleBracketsSort() throws Exception {
        press(KeyStroke.fromString("4"));
        press(KeyStroke.fromString("4")); // HELD% ascending: the idle reader first
        assertThat(model.sortColumn()).isEqualTo(Column.HELD);
        assertThat(line(TopPainter.TABLE_TOP + 1)).contains("reader");
        assertThat(line(23)).contains("sort HELD% ▲");

        press(KeyStroke.fromString(">"));
        assertThat(line(23)).contains("sort WAIT% ▼");
        press(KeyStroke.fromString("2"));
        assertThat(rowOf("countdown-0")).isLessThan(rowOf("countdown-1")).isLessThan(rowOf("reader"));
    }

    @Test
    void enterOpensTheSelectedThreadsStackAndHistogram() throws Exception {
        top.readIfLive(); // a second read: this agent counts no waits, so the histogram comes from refresh means
        press(new KeyStroke(KeyType.ArrowDown));
        press(new KeyStroke(KeyType.Enter));
        assertThat(line(1)).contains("Thread countdown-1", "(TID 2)", "WAIT");
        assertThat(lines()).anyMatch(l -> l.contains("Python stack, innermost first:"));
        int frame = rowOf("countdown (countdown.py:9)");
        assertThat(line(frame + 1)).contains("<module> (countdown.py:14)");
        assertThat(lines()).anyMatch(l -> l.contains("Wait per acquisition (mean of each refresh"));
        assertThat(line(rowOf("5-10ms"))).endsWith(" 100"); // 0.5 s waited over 100 acquisitions in 1 s

        press(new KeyStroke(KeyType.Escape));
        assertThat(line(TopPainter.TABLE_TOP)).contains("TID");
    }

    @Test
    void theDetailViewDrawsTheAgentsCountsOfEachWait() throws Exception {
        model = new TopModel(Samples.TARGET, Duration.ofSeconds(1));
        top = new TopScreen(screen, new Samples.Replay(Samples.exactPairAt(10), Samples.exactPairAt(11)), model);
        top.readIfLive();
        press(new KeyStroke(KeyType.Enter));
        assertThat(lines()).anyMatch(l -> l.contains("Wait per acquisition (each of 1000 waits"));
        int low = rowOf("2.5-5ms");
        assertThat(line(low)).endsWith(" 600");
        assertThat(line(low + 1)).contains("5-7.5ms").endsWith(" 400");
        assertThat(lines()).noneMatch(l -> l.contains("< 0.05ms")).noneMatch(l -> l.contains(">= 10s"));
    }

    @Test
    void helpPauseResetAndQuit() throws Exception {
        press(KeyStroke.fromString("?"));
        assertThat(lines()).anyMatch(l -> l.contains("sort by column 1..10"));
        press(KeyStroke.fromString("?"));
        press(KeyStroke.fromString("p"));
        assertThat(line(0)).contains("PAUSED");
        assertThat(top.readIfLive()).isFalse();
        press(KeyStroke.fromString("r"));
        assertThat(source.resets).isEqualTo(1);
        assertThat(line(23)).contains("windows reset");
        press(KeyStroke.fromString("q"));
        assertThat(top.quitRequested()).isTrue();
    }

    @Test
    void resizeReLaysOutTheScreen() throws Exception {
        terminal.setTerminalSize(new TerminalSize(80, 15));
        screen.doResizeIfNecessary();
        top.draw(true);
        assertThat(line(0)).endsWith("up 0:10");
        assertThat(line(0).length()).isLessThanOrEqualTo(80);
        assertThat(line(14)).contains("q quit");
        assertThat(line(TopPainter.TABLE_TOP + 1)).contains("countdown-0");

        terminal.setTerminalSize(new TerminalSize(160, 40));
        screen.doResizeIfNecessary();
        top.draw(true);
        assertThat(line(39)).contains("q quit").endsWith("every 1s");
    }

    @Test
    void whenTheTargetExitsTheScreenSaysSoAndKeepsTheFigures() throws Exception {
        top.readIfLive();
        top.readIfLive(); // the replay is exhausted: the target "exited"
        top.draw(false);
        assertThat(line(23)).contains("target PID 4242 exited: last figures kept, q quits");
        assertThat(line(1)).contains("contention 97.0%");
        assertThat(top.readIfLive()).isFalse();
    }

    /** Ctrl-C ends the live view as "interrupted" (the command exits 130), not through Lanterna's System.exit(1). */
    @Test
    void ctrlCQuitsAsInterrupted() {
        top.handle(new com.googlecode.lanterna.input.KeyStroke('c', true, false));
        assertThat(top.quitRequested()).isTrue();
        assertThat(top.interrupted()).isTrue();
    }

    @Test
    void qQuitsWithoutInterrupting() {
        top.handle(new com.googlecode.lanterna.input.KeyStroke('q', false, false));
        assertThat(top.quitRequested()).isTrue();
        assertThat(top.interrupted()).isFalse();
    }

    /** Key f runs the flame graph off the frame loop and says where it went on the status line. */
    @Test
    void fRecordsAFlameGraphAndSaysWhere() throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        top.setFlameGraph(() -> {
            go.await();
            return "wrote wait flame graph /tmp/x/gilspy-top-4242-wait.svg";
        });
        top.handle(new com.googlecode.lanterna.input.KeyStroke('f', false, false));
        top.draw(false);
        assertThat(String.join("\n", lines())).contains("recording the next few seconds");
        go.countDown();
        assertThat(top.awaitFlameGraph(60_000)).isEqualTo("wrote wait flame graph /tmp/x/gilspy-top-4242-wait.svg");
        top.readIfLive();
        model.notice(top.awaitFlameGraph(0));
        top.draw(false);
        assertThat(String.join("\n", lines())).contains("gilspy-top-4242-wait.svg");
    }
}
