package dev.gilspy.ui.text;

import dev.gilspy.ui.model.GilSource;
import dev.gilspy.ui.model.SourceGoneException;
import dev.gilspy.ui.model.TopModel;

import java.io.PrintWriter;

/** {@code top --batch}: prints a snapshot every interval until {@code -n} refreshes or the target exits. */
public final class BatchTop {
    private BatchTop() {}

    /**
     * @param maxRefreshes stop after this many snapshots; 0 means until the target exits
     * @return true when it stopped after {@code maxRefreshes}; false when the target went away first
     */
    public static boolean run(GilSource source, TopModel model, int maxRefreshes, PrintWriter out)
            throws InterruptedException {
        long interval = model.interval().toMillis();
        long next = System.currentTimeMillis();
        while (maxRefreshes == 0 || model.refreshes() < maxRefreshes) {
            long wait = next - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            next += interval;
            try {
                model.accept(source.sample(), System.currentTimeMillis());
            } catch (SourceGoneException e) {
                model.targetGone(e.getMessage());
                return false;
            }
            SnapshotText.lines(model).forEach(out::println);
            out.flush();
        }
        return true;
    }
}
