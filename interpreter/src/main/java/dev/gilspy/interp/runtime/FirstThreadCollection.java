package dev.gilspy.interp.runtime;

import java.lang.ref.WeakReference;

/**
 * One full collection when a program starts its first Python thread, if the JVM has not collected
 * since the interpreter started: start-up's objects (the library's modules, classes and code, ~3 MB
 * that live as long as the program) are then all still in the young generation, and the first two
 * young collections would copy them, the first into the survivor and old spaces, the second the
 * survivors again. On the 2-core machine those two take 9-14 and 4-6 ms (quiet; 25-55 ms at load
 * 30) against 0.3-0.5 ms for every later one, and a threaded program's allocation makes them fall
 * in its first contended phase: each stops every thread, so a GIL hand-off that meets one is that
 * much later (io_latency's 5 ms phase: two of 200 sleeps, i.e. its p99). CPython frees start-up's
 * garbage by reference counting and never copies what lives. One full collection (~15 ms) copies
 * them into the old generation once, before a second thread exists to wait for the GIL, so the
 * threaded part of the program sees only the short young collections.
 *
 * <p>"Not collected since start" is a weakly held canary made when the first interpreter starts:
 * any collection clears it. A program that has run long enough to collect has promoted start-up's
 * objects itself, and its heap may be large, so it is left alone; under the launcher a program that
 * has not collected has at most an eden's worth of objects (and any large arrays). A JVM whose heap
 * holds more than {@link #MAX_USED_BYTES} (a Java service that embeds the interpreter) is left
 * alone too: a full collection of its heap could cost far more than it saves.
 * {@code -Dgilspy.firstThreadGc=false} turns it off (for comparisons); a JVM started with
 * {@code -XX:+DisableExplicitGC} ignores it.
 */
public final class FirstThreadCollection {
    private static final boolean ENABLED = !"false".equals(System.getProperty("gilspy.firstThreadGc"));
    static final long MAX_USED_BYTES = 64L << 20;
    private static volatile WeakReference<Object> canary = new WeakReference<>(new Object());

    private FirstThreadCollection() {}

    /** Called as an interpreter starts: loads this class, whose canary then dates from start-up. */
    static void noteStart() {}

    /** Called before a Python thread starts: collects once, if nothing was collected since start-up. */
    public static void beforeThreadStart() {
        WeakReference<Object> c = canary;
        if (c == null) {
            return;
        }
        canary = null;
        Runtime rt = Runtime.getRuntime();
        if (ENABLED && c.get() != null && rt.totalMemory() - rt.freeMemory() < MAX_USED_BYTES) {
            System.gc();
        }
    }
}
