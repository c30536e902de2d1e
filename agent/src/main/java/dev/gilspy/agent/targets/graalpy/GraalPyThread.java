package dev.gilspy.agent.targets.graalpy;

import dev.gilspy.agent.runtime.TargetReader;

/**
 * What the agent knows of one Java thread running Python code in one GraalPy context. GraalPy has
 * no thread state the agent could read from outside, so the GraalPy hooks keep this one up to
 * date on the thread itself, at every GIL take and drop.
 */
public final class GraalPyThread {
    final Thread thread;
    final Object context;
    final GraalPyReader.Interpreter interpreter;
    /** One of {@link TargetReader}'s {@code STATUS_*}. */
    volatile int status = TargetReader.STATUS_IDLE;
    /** Set while GraalPy's GIL release scheduler runs its action on this thread: the next drop is forced. */
    volatile boolean forcedPending;
    /** The stack captured at the last take or drop; stale by design between two of them. */
    volatile GraalPyFrame stack;
    long lastCaptureNanos = Long.MIN_VALUE / 2;

    GraalPyThread(Thread thread, Object context, GraalPyReader.Interpreter interpreter) {
        this.thread = thread;
        this.context = context;
        this.interpreter = interpreter;
    }

    public Object context() { return context; }
    public boolean forcedPending() { return forcedPending; }
    public void forcedPending(boolean pending) { forcedPending = pending; }
    public boolean holding() { return status == TargetReader.STATUS_HOLDING; }
}
