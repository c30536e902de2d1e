package dev.gilspy.record;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The one-line progress of {@code gilspy record} on stderr: a bar and the time left when the
 * duration is known, the elapsed time when it is not, and the events so far when they are cheap
 * to know. Redrawn in place with {@code \r}; silent when stderr is not a terminal.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private final long durationNanos;
    private int lastLength;
    /** The child's last output did not end its line: do not draw over it. */
    private boolean midLine;

    /** @param durationNanos 0 when the recording runs until the target ends */
    public ProgressBar(PrintStream err, boolean enabled, long durationNanos) {
        this.err = err;
        this.enabled = enabled;
        this.durationNanos = durationNanos;
    }

    public long elapsedNanos() { return System.nanoTime() - startNanos; }

    /** @param events events so far, or -1 when unknown */
    public synchronized void update(String what, long events) {
        if (!enabled || midLine) return;
        String line = line(what, elapsedNanos(), durationNanos, events);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /**
     * Writes the child's output {@code bytes} to {@code to} above the progress line: the line is
     * cleared first and drawn again on the next update, and not while the output ends mid-line
     * (the bar would be glued to the script's unfinished line).
     */
    public synchronized void above(PrintStream to, byte[] bytes, int length) {
        clear();
        to.write(bytes, 0, length);
        to.flush();
        if (length > 0) midLine = bytes[length - 1] != '\n';
    }

    public synchronized void clear() {
        if (!enabled || lastLength == 0) return;
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
        lastLength = 0;
    }

    static String line(String what, long elapsed, long duration, long events) {
        StringBuilder sb = new StringBuilder(what).append(' ');
        if (duration > 0) {
            double done = Math.min(1, (double) elapsed / duration);
            int filled = (int) Math.round(done * WIDTH);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
            sb.append(seconds(Math.max(0, duration - elapsed))).append(" left");
        } else {
            sb.append(seconds(elapsed)).append(" elapsed");
        }
        if (events >= 0) sb.append(String.format(Locale.ROOT, ", %,d events", events));
        sb.append(" (Ctrl-C stops and keeps the recording)");
        return sb.toString();
    }

    private static String seconds(long nanos) {
        long s = (nanos + 999_999_999L) / 1_000_000_000L;
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
