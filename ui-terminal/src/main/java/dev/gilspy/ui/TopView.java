package dev.gilspy.ui;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

import dev.gilspy.ui.lanterna.TopScreen;
import dev.gilspy.ui.model.GilSource;
import dev.gilspy.ui.model.TopModel;
import dev.gilspy.ui.text.BatchTop;

/** The top view of one GIL source, live on the terminal or as batch snapshots: what {@code top} and {@code demo} show. */
public final class TopView {
    private TopView() {}

    /**
     * Runs the view until {@code iterations} refreshes (0: until quit or until the target exits).
     *
     * @return why the target went away before that ("target PID 42 exited (after 3 refreshes)"), if it did
     */
    public static Optional<String> watch(GilSource source, Duration interval, int iterations, boolean batch, PrintWriter out)
            throws Exception {
        TopModel model = new TopModel(source.target(), interval);
        if (batch) {
            BatchTop.run(source, model, iterations, out);
        } else {
            TopScreen.runOnTerminal(source, model, iterations);
        }
        return model.goneMessage().map(m -> m + " (after " + model.refreshes() + " refreshes)");
    }
}
