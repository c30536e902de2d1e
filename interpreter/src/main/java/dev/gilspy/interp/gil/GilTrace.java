package dev.gilspy.interp.gil;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A diagnostic trace of the new GIL's hand-off steps, off unless the JVM is started with
 * {@code -Dgilspy.gilTrace=FILE}. Each step records {@code System.nanoTime()}, the thread and the
 * step into a preallocated ring; at exit the ring is written to FILE, one line per step
 * ({@code nanos thread step}), oldest first. {@link #ON} is a static final constant, so with the
 * property unset the JIT removes every call site and the GIL pays nothing.
 *
 * <p>It answers "where does a hand-off spend its time": from the moment a waiter starts to take
 * the GIL, to its timed wait running out, the drop request, the holder seeing it at a check
 * site, the drop, the waiter waking, and the waiter holding the GIL.
 */
final class GilTrace {
    static final boolean ON = System.getProperty("gilspy.gilTrace") != null;

    /** A waiter entered the contended path of take. */
    static final int TAKE_BEGIN = 1;
    /** A waiter's timed wait ran out without a switch. */
    static final int WAIT_TIMED_OUT = 2;
    /** A waiter set the drop request on the holder. */
    static final int DROP_REQUEST_SET = 3;
    /** The holder saw the drop request at a check site. */
    static final int DROP_REQUEST_SEEN = 4;
    /** The holder, with a drop request, released the locked bit (about to signal a waiter). */
    static final int DROPPED = 5;
    /** A waiter came back from its wait signalled (not timed out). */
    static final int WOKEN = 6;
    /** A thread holds the GIL (end of take). */
    static final int TAKEN = 7;
    /** A forced dropper saw another thread take the GIL. */
    static final int SWITCH_SEEN = 8;
    /** The holder released the locked bit without a drop request, on the contended path (a waiter is registered). */
    static final int DROPPED_VOLUNTARY = 9;
    /** A voluntary drop on the fast path (nobody registered as waiting, no drop request). */
    static final int DROPPED_UNCONTENDED = 10;

    private static final String[] NAMES = {"?", "take_begin", "wait_timed_out", "drop_request_set",
        "drop_request_seen", "dropped_forced", "woken", "taken", "switch_seen", "dropped_voluntary",
        "dropped_uncontended"};
    private static final int SIZE = 1 << 20;
    private static final long[] TIMES = ON ? new long[SIZE] : null;
    private static final long[] WHAT = ON ? new long[SIZE] : null;
    private static final AtomicInteger NEXT = new AtomicInteger();

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(GilTrace::dump, "gilspy-gil-trace"));
        }
    }

    private GilTrace() {}

    static void event(int step) {
        int i = NEXT.getAndIncrement() & (SIZE - 1);
        TIMES[i] = System.nanoTime();
        WHAT[i] = Thread.currentThread().getId() << 8 | step;
    }

    private static void dump() {
        int n = NEXT.get();
        int from = Math.max(0, n - SIZE);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("gilspy.gilTrace"))))) {
            for (int k = from; k < n; k++) {
                int i = k & (SIZE - 1);
                out.println(TIMES[i] + " " + (WHAT[i] >>> 8) + " " + NAMES[(int) (WHAT[i] & 0xff)]);
            }
        } catch (IOException e) {
            System.err.println("gilspy: cannot write the GIL trace: " + e);
        }
    }
}
