package dev.gilspy.interp.gil;

/**
 * {@code PyGILState_Ensure} / {@code PyGILState_Release} for Java threads that call into Python,
 * such as the request threads of a Java service that embeds the interpreter.
 *
 * <pre>{@code
 * try (GilState.Token token = GilState.ensure(gil)) {
 *     interpreter.call(...);          // runs with the GIL held
 * }
 * }</pre>
 *
 * <p>{@link #ensure} works on any thread: one the interpreter never saw gets a {@link ThreadState}
 * named after the Java thread, attached for the duration and detached again by the matching
 * release. Calls nest: an inner ensure on a thread that already holds the GIL takes nothing and its
 * release drops nothing. Java code called from Python that released the GIL with
 * {@link ThreadState#allowThreads} may call ensure to run Python again; the release puts the thread
 * back in its released status.
 */
public final class GilState {
    private GilState() {}

    /**
     * Makes sure the calling thread holds {@code gil}, attaching a thread state if it has none.
     *
     * @return the token to hand to {@link #release} (or to close) on this same thread
     */
    public static Token ensure(Gil gil) {
        if (gil == null) {
            throw new IllegalArgumentException("GilState.ensure: gil must not be null");
        }
        ThreadState ts = ThreadState.current(gil);
        boolean created = false;
        if (ts == null) {
            ts = ThreadState.attach(gil, Thread.currentThread().getName());
            created = true;
        }
        if (ts.holdsGil()) {
            return new Token(ts, false, false, ThreadState.HOLDING);
        }
        int savedStatus = ts.status;
        gil.take(ts);
        return new Token(ts, created, true, savedStatus);
    }

    /** Undoes the matching {@link #ensure}: drops the GIL if it took it, detaches the state if it created it. */
    public static void release(Token token) {
        token.close();
    }

    /** {@code PyGILState_Check}: whether the calling thread holds {@code gil}. */
    public static boolean check(Gil gil) {
        ThreadState ts = ThreadState.current(gil);
        return ts != null && ts.holdsGil();
    }

    /** What one {@link #ensure} did, so that its release undoes exactly that. */
    public static final class Token implements AutoCloseable {
        private final ThreadState threadState;
        private final boolean created;
        private final boolean took;
        private final int savedStatus;
        private boolean released;

        private Token(ThreadState threadState, boolean created, boolean took, int savedStatus) {
            this.threadState = threadState;
            this.created = created;
            this.took = took;
            this.savedStatus = savedStatus;
        }

        /** The calling thread's state while the token is held. */
        public ThreadState threadState() { return threadState; }

        @Override
        public void close() {
            if (released) {
                throw new IllegalStateException("GilState token released twice");
            }
            if (Thread.currentThread() != threadState.thread()) {
                throw new IllegalStateException("GilState token must be released by " + threadState.thread().getName()
                        + ", not " + Thread.currentThread().getName());
            }
            released = true;
            if (created) {
                threadState.detach();
            } else if (took) {
                threadState.gil().drop(threadState);
                threadState.status = savedStatus;
            }
        }
    }
}
