package dev.gilspy.ui.lanterna;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import dev.gilspy.ui.model.Column;
import dev.gilspy.ui.model.FlameGraphAction;
import dev.gilspy.ui.model.GilSource;
import dev.gilspy.ui.model.SourceGoneException;
import dev.gilspy.ui.model.TopModel;

import java.io.IOException;

/**
 * The interactive {@code top}: Lanterna's frame loop over a {@link TopModel}. Each turn checks for a
 * resize, drains input, reads the source when the interval is due, draws into the back buffer and
 * refreshes; {@code stopScreen()} always runs, so the terminal is restored however the loop ends.
 */
public final class TopScreen {
    private static final long FRAME_MILLIS = 40;

    private final Screen screen;
    private final GilSource source;
    private final TopModel model;
    private boolean quit;
    private boolean interrupted;
    private FlameGraphAction flameGraph;
    /** The flame graph's progress or result, shown on the status line until the next key. */
    private volatile String flameStatus;
    private volatile boolean recording;

    public TopScreen(Screen screen, GilSource source, TopModel model) {
        this.screen = screen;
        this.source = source;
        this.model = model;
    }

    /**
     * Opens the real terminal and runs until {@code q}, Ctrl-C or {@code maxRefreshes}.
     *
     * @param flameGraph what key {@code f} does, or null
     * @return true when the user pressed Ctrl-C (the command exits 130, as for any Ctrl-C)
     */
    public static boolean runOnTerminal(GilSource source, TopModel model, int maxRefreshes, FlameGraphAction flameGraph)
            throws IOException {
        // TRAP: Ctrl-C arrives as a key, so the screen is restored and the exit code is ours to choose
        // (Lanterna's default calls System.exit(1) from its input thread).
        Screen screen = new TerminalScreen(new DefaultTerminalFactory()
                .setUnixTerminalCtrlCBehaviour(com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal());
        TopScreen top = new TopScreen(screen, source, model);
        top.flameGraph = flameGraph;
        top.run(maxRefreshes);
        return top.interrupted;
    }

    /** True when the view ended by Ctrl-C. */
    public boolean interrupted() { return interrupted; }

    /**
     * @param maxRefreshes quit one interval after this many refreshes; 0 runs until {@code q}
     */
    public void run(int maxRefreshes) throws IOException {
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            long nextRead = 0;
            boolean dirty = true;
            while (!quit) {
                TerminalSize resized = screen.doResizeIfNecessary();
                dirty |= resized != null;
                for (KeyStroke key = screen.pollInput(); key != null && !quit; key = screen.pollInput()) {
                    handle(key);
                    dirty = true;
                }
                long now = System.currentTimeMillis();
                if (now >= nextRead) {
                    if (maxRefreshes > 0 && model.refreshes() >= maxRefreshes) {
                        break;
                    }
                    dirty |= readIfLive();
                    if (flameStatus != null) model.notice(flameStatus);
                    nextRead = now + model.interval().toMillis();
                }
                if (dirty) {
                    draw(resized != null);
                    dirty = false;
                }
                sleep();
            }
        } finally {
            screen.stopScreen();
        }
    }

    /** Reads the source once unless paused or gone. Returns whether the model changed. */
    boolean readIfLive() {
        if (model.paused() || model.goneMessage().isPresent()) {
            return false;
        }
        try {
            model.accept(source.sample(), System.currentTimeMillis());
        } catch (SourceGoneException e) {
            model.targetGone(e.getMessage());
        }
        return true;
    }

    void draw(boolean complete) throws IOException {
        TopPainter.paint(screen.newTextGraphics(), screen.getTerminalSize(), model);
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    boolean quitRequested() {
        return quit;
    }

    void handle(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.EOF) {
            quit = true;
            return;
        }
        if (type == KeyType.Escape || type == KeyType.Backspace) {
            model.back();
            return;
        }
        if (type == KeyType.Enter) {
            if (model.view() == TopModel.View.TABLE) {
                model.openDetail();
            } else {
                model.back();
            }
            return;
        }
        if (type == KeyType.ArrowUp || type == KeyType.ArrowDown) {
            model.moveSelection(type == KeyType.ArrowUp ? -1 : 1);
            return;
        }
        if (type != KeyType.Character) {
            return;
        }
        char c = key.getCharacter();
        if (key.isCtrlDown() && (c == 'c' || c == 'd')) {
            quit = true;
            interrupted = c == 'c';
            return;
        }
        if (!recording) flameStatus = null;
        switch (c) {
            case 'q' -> quit = true;
            case 'p', ' ' -> model.togglePaused();
            case 'r' -> reset();
            case 'f' -> recordFlameGraph();
            case '?', 'h' -> model.toggleHelp();
            case '<' -> model.sortPrevious();
            case '>' -> model.sortNext();
            case 'k' -> model.moveSelection(-1);
            case 'j' -> model.moveSelection(1);
            default -> {
                Column column = Character.isDigit(c) ? Column.forKey(c) : null;
                if (column != null) {
                    model.sortBy(column);
                }
            }
        }
    }

    /** Key f: records on a thread of its own, so the view keeps refreshing meanwhile. */
    void recordFlameGraph() {
        if (flameGraph == null) {
            model.notice("no flame graphs here");
            return;
        }
        if (recording) return;
        recording = true;
        flameStatus = flameGraph.startedMessage();
        model.notice(flameStatus);
        Thread t = new Thread(() -> {
            try {
                flameStatus = flameGraph.recordAndWrite();
            } catch (Exception e) {
                flameStatus = "flame graph failed: " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
            } finally {
                recording = false;
            }
        }, "gilspy-top-flame-graph");
        t.setDaemon(true);
        t.start();
    }

    /** For tests: waits for a flame graph started by {@code f} and returns the status line it left. */
    String awaitFlameGraph(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (recording && System.currentTimeMillis() < deadline) Thread.sleep(10);
        return flameStatus;
    }

    void setFlameGraph(FlameGraphAction action) { this.flameGraph = action; }

    private void reset() {
        try {
            source.resetWindows();
            model.reset();
        } catch (SourceGoneException e) {
            model.targetGone(e.getMessage());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(FRAME_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
