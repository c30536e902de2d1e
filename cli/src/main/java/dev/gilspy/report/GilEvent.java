package dev.gilspy.report;

/**
 * One gilspy event as the converters see it: a GIL wait or hold (a duration) or one sample.
 *
 * <p>Times are epoch nanoseconds; the stack is shared between all events that had the same one.
 *
 * @param kind          which event this was
 * @param interpreterId whose GIL
 * @param start         epoch nanoseconds
 * @param duration      nanoseconds (0 for samples)
 * @param thread        the Python thread name
 * @param stack         the Python stack
 * @param state         for samples: HOLD, WAIT, IO, NATIVE or IDLE; else null
 * @param other         for waits the previous holder, for drop requests the holder; else null
 * @param javaThread    the Java thread that ran the Python thread (the event thread, or the sampled
 *                      thread of a sample), null when unknown; {@code --mixed} matches JVM samples by it
 * @param threadId      that Java thread's id, -1 when unknown: threads may share a name, never an id
 * @param forced        for holds: the drop answered a drop request (a forced switch)
 */
public record GilEvent(Kind kind, int interpreterId, long start, long duration, String thread,
                       PyStack stack, String state, String other, String javaThread, long threadId, boolean forced) {

    public GilEvent(Kind kind, int interpreterId, long start, long duration, String thread,
                    PyStack stack, String state, String other) {
        this(kind, interpreterId, start, duration, thread, stack, state, other, null);
    }

    public GilEvent(Kind kind, int interpreterId, long start, long duration, String thread,
                    PyStack stack, String state, String other, String javaThread) {
        this(kind, interpreterId, start, duration, thread, stack, state, other, javaThread, -1, false);
    }

    public enum Kind { WAIT, HOLD, SAMPLE, DROP_REQUEST }

    public long end() { return start + duration; }
}
