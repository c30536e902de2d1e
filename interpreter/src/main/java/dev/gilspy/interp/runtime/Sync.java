package dev.gilspy.interp.runtime;

/**
 * Whether containers lock their mutations.
 *
 * <p>With a GIL only one thread runs Python code at a time, so list/dict/set need no locks and
 * pay one predictable branch. Free-threaded runs ({@code --gil=off}) need them: starting any
 * free-threaded interpreter turns locking on for the rest of the JVM's life (it never turns off,
 * so an interpreter can never observe it flipping under its feet). {@code -Dgilspy.sync=true}
 * forces it on from the start.
 */
public final class Sync {
    /** Written only before the first free-threaded interpreter starts its threads. */
    static boolean ON = "true".equals(System.getProperty("gilspy.sync"));

    private Sync() {}

    /** Whether containers lock their mutations now: false under a GIL unless forced on. */
    public static boolean on() {
        return ON;
    }

    public static synchronized void enableForFreeThreading() {
        ON = true;
    }
}
