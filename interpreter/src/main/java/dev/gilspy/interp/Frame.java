package dev.gilspy.interp;

import dev.gilspy.interp.gil.FrameInfo;
import java.util.Map;

/**
 * One activation of a {@link Code}: its slots (locals, cells, temporaries), its current line and,
 * for generators, the saved positions that let it resume. Published to profilers through
 * {@link dev.gilspy.interp.gil.ThreadState#setFrame}.
 */
final class Frame implements FrameInfo {
    final Code code;
    final Object[] slots;
    final PyModule globals;
    PyThread t;
    Frame back;
    /** The line currently executing; a plain field, written once per statement. */
    int line;
    Object retval;
    /** The class namespace while a class body runs, else null. */
    Map<String, Object> classDict;
    PyFunction function;

    int[] state;
    boolean resuming;
    Object sent;
    PyException thrown;
    Object yielded;

    Frame(Code code, PyModule globals, PyThread t) {
        this.code = code;
        this.slots = new Object[code.nslots];
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
}
