package dev.gilspy.interp;

/**
 * Whether containers lock their mutations, decided once before the runtime classes initialise.
 *
 * <p>With a GIL, only one thread runs Python code at a time, so list/dict/set need no locks and
 * pay nothing. Free-threaded runs ({@code --gil=off}) need them. {@link Main#main} sets the
 * system property {@code gilspy.sync=false} when the GIL is on, so the JIT folds the checks away;
 * in-process callers that never set it get the safe default.
 */
final class Sync {
    static final boolean ON = !"false".equals(System.getProperty("gilspy.sync"));

    private Sync() {}
}
