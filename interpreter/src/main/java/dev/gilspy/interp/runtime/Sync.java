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
    /**
     * Whether two threads may run Python code at the same moment: free-threading, or a subinterpreter
     * with its own GIL beside its parent. Objects that one thread writes on every loop iteration (a
     * looping frame: {@link PyFrame#create}; a {@code __main__} global: {@link PyModule#cell}) are then
     * padded, because the collector copies the live objects of two threads next to each other and two
     * cores writing one cache line run at a fraction of their speed. Never turns off.
     */
    static boolean PARALLEL = ON;

    private Sync() {}

    /** Whether containers lock their mutations now: false under a GIL unless forced on. */
    public static boolean on() {
        return ON;
    }

    public static synchronized void enableForFreeThreading() {
        ON = true;
        PARALLEL = true;
    }

    /** A subinterpreter with its own GIL exists: its threads and its parent's run at once, each on its own objects. */
    public static synchronized void enableForParallelInterpreters() {
        PARALLEL = true;
    }

    /** See {@link #PARALLEL}. */
    public static boolean parallel() {
        return PARALLEL;
    }
}
