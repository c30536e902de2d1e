package dev.gilspy.ui;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

import dev.gilspy.ui.lanterna.TopScreen;
import dev.gilspy.ui.model.FlameGraphAction;
import dev.gilspy.ui.model.GilSource;
import dev.gilspy.ui.model.TopModel;
import dev.gilspy.ui.text.BatchTop;

/** The top view of one GIL source, live on the terminal or as batch snapshots: what {@code top} and {@code demo} show. */
public final class TopView {
    private TopView() {}

    /**
     * How the view ended.
     *
     * @param gone        why the target went away early ("target PID 42 exited (after 3 refreshes)"), if it did
     * @param interrupted the user pressed Ctrl-C in the live view
     */
    public record Outcome(Optional<String> gone, boolean interrupted) {}

    /**
     * Runs the view until {@code iterations} refreshes (0: until quit or until the target exits).
     *
     * @param flameGraph what key {@code f} does in the live view, or null
     */
    public static Outcome watch(GilSource source, Duration interval, int iterations, boolean batch, PrintWriter out,
                                FlameGraphAction flameGraph) throws Exception {
        TopModel model = new TopModel(source.target(), interval);
        boolean interrupted = false;
        if (batch) {
            BatchTop.run(source, model, iterations, out);
        } else {
            interrupted = TopScreen.runOnTerminal(source, model, iterations, flameGraph);
        }
        return new Outcome(model.goneMessage().map(m -> m + " (after " + model.refreshes() + " refreshes)"), interrupted);
    }

    /**
     * Whether to draw the live screen: only on a terminal we can read keys from. On JDK 22+
     * {@code System.console()} exists even when stdin is a file or at EOF; {@code isTerminal()} says.
     */
    public static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only when stdin and stdout are terminals
        }
    }
}
