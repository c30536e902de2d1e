package dev.gilspy.agent.runtime;

import java.util.List;

/**
 * What the recorder, sampler and knocker may read of one interpreter, bound at run time to the
 * instrumented classes. Every argument and result is an opaque target object ({@code Object}):
 * the agent never links against the interpreter.
 *
 * <p>Reads from other threads are racy by design, as py-spy's are: a stale line number is fine.
 */
public interface TargetReader {
    /** Every live GIL, one per interpreter. */
    List<Object> gils();
    int interpreterId(Object gil);
    /** {@code on}, {@code legacy} or {@code off}. */
    String mode(Object gil);
    long switchIntervalMicros(Object gil);
    /** Where {@link #switchIntervalMicros} comes from, in words, for top, doctor and the MXBean. */
    default String switchIntervalSource(Object gil) { return "sys.getswitchinterval()"; }
    /** The holder's thread state, or {@code null}. */
    Object holder(Object gil);

    /** Every live Python thread state, across interpreters. */
    List<Object> threadStates();
    long ident(Object ts);
    String name(Object ts);
    Thread thread(Object ts);
    int threadInterpreterId(Object ts);
    /** One of the {@code STATUS_*} values below. */
    int status(Object ts);
    /** Whether a drop request is pending on this thread state (its next drop will be forced). */
    boolean dropRequested(Object ts);
    /** The innermost frame, or {@code null}. */
    Object frame(Object ts);

    Object back(Object frame);
    /** A stable identity of the frame's code object. */
    Object code(Object frame);
    String codeName(Object frame);
    String fileName(Object frame);
    int line(Object frame);

    /** Whether {@link #knockAttach} and friends work for this target. */
    boolean canKnock();
    /** Why the knocker is off for this target (for {@code top}), or empty when it can knock. */
    default String knockerUnavailableReason() { return canKnock() ? "" : "this target cannot be knocked"; }
    /** Attaches a Python thread state for the calling (agent) thread, without the GIL. */
    Object knockAttach(Object gil, String name);
    /** Takes the GIL through the interpreter's real take path (blocking). */
    void knockTake(Object ts);
    void knockDrop(Object ts);
    void knockDetach(Object ts);

    /**
     * Calls this target's hooks {@code rounds} times on the calling agent thread, where they return
     * at once (the recorder ignores agent threads), so the JIT compiles them before the
     * application's threads run them interpreted ({@link GilRecorder#warmUp}). {@code gil} is a live
     * GIL of this target.
     */
    default void warmUpHooks(Object gil, int rounds) {}

    int STATUS_IDLE = 0;
    int STATUS_HOLDING = 1;
    int STATUS_WAITING = 2;
    int STATUS_RELEASED_IO = 3;
    int STATUS_RELEASED_NATIVE = 4;

    /** The state names of DESIGN.md and the JFR/JMX contracts. */
    static String stateName(int status) {
        switch (status) {
            case STATUS_HOLDING: return "HOLD";
            case STATUS_WAITING: return "WAIT";
            case STATUS_RELEASED_IO: return "IO";
            case STATUS_RELEASED_NATIVE: return "NATIVE";
            default: return "IDLE";
        }
    }
}
