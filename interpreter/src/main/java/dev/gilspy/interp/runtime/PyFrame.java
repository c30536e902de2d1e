package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.FrameInfo;
import java.util.Map;

/**
 * One activation of a {@link Code}: its slots (locals, cells, temporaries), its current line and,
 * for generators, the saved positions that let it resume. Published to profilers through
 * {@link dev.gilspy.interp.gil.ThreadState#setFrame}.
 */
public sealed class PyFrame implements FrameInfo permits PyFrame.Padded {
    final Code code;
    public final Object[] slots;
    public final PyModule globals;
    public PyThread t;
    public PyFrame back;
    /** The line currently executing; a plain field, written once per statement. */
    public int line;
    public Object retval;
    /** The class namespace while a class body runs, else null. */
    public Map<String, Object> classDict;
    PyFunction function;
    /** The dict {@code locals()} returned in this function frame, refreshed on each call (f_locals); else null. */
    PyDict localsDict;

    /** The function this frame runs, or null for module and class bodies. */
    public PyFunction function() { return function; }

    public int[] state;
    public boolean resuming;
    public Object sent;
    public PyException thrown;
    public Object yielded;
    /** The iterator a {@code yield from} or {@code await} in this frame is delegating to (gi_yieldfrom, cr_await). */
    public Object delegate;
    /**
     * What stepping {@link #delegate} gave when {@link PyGenerator#resume} stepped it without replaying
     * the body (a {@link Delegation.Done} or the {@link PyException} it raised), for the delegating
     * node to take on the replay instead of stepping again; see {@link Delegation#resumeStep}.
     */
    public Object delegated;

    /**
     * A new frame. Once free-threading is on ({@link Sync#ON}), frames of code with loops are padded:
     * a frame that lives through a young collection is copied next to other threads' frames, and two
     * threads writing {@link #line} and their slots on one cache line ran the countdown pair at 0.4-1.0x
     * instead of 1.9x of one thread, in about a third of the runs. Loop-free frames (fib's) almost
     * always die young, in their own thread's allocation buffer, so they stay small: padding them cost
     * fib-style code 9-16%. With a GIL only one thread writes at a time, so nothing is padded.
     */
    public static PyFrame create(Code code, PyModule globals, PyThread t) {
        code.materialize();
        return Sync.ON && code.loops ? new Padded(code, globals, t) : new PyFrame(code, globals, t, 0);
    }

    private PyFrame(Code code, PyModule globals, PyThread t, int padSlots) {
        this.code = code;
        this.slots = new Object[code.nslots + padSlots];
        this.globals = globals;
        this.t = t;
        this.line = code.firstLine;
        if (code.generator && code.nstates > 0) {
            state = new int[code.nstates];
        }
    }

    @Override public FrameInfo back() { return back; }
    @Override public Object code() { return code; }
    @Override public String codeName() { return code.name; }
    @Override public String fileName() { return code.file; }
    @Override public int line() { return line; }

    /** A frame followed by two cache lines of nothing; its slots array is padded the same way. */
    @SuppressWarnings("unused")
    public static final class Padded extends PyFrame {
        /** Unused slots after the used ones: 128 bytes with compressed references. */
        public static final int SLOTS = 32;
        private long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;

        Padded(Code code, PyModule globals, PyThread t) {
            super(code, globals, t, SLOTS);
        }
    }
}
