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
 */
public record GilEvent(Kind kind, int interpreterId, long start, long duration, String thread,
                       PyStack stack, String state, String other) {

    public enum Kind { WAIT, HOLD, SAMPLE, DROP_REQUEST }

    public long end() { return start + duration; }
}
