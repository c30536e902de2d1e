package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python exception instance; {@link PyException} carries it through Java frames. */
public class PyBaseException extends PyInstance {
    PyTuple args = PyTuple.EMPTY;
    /** Traceback entries, innermost first, appended as the exception unwinds frames. */
    final List<TbEntry> tb = new ArrayList<>();
    PyFrame tbLast;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** The traceback object last handed out or assigned, while {@link #tb} has {@link #tbObjSize} entries. */
    Object tbObj;
    int tbObjSize;

    record TbEntry(String codeName, String file, int line, PyFrame frame) {}

    PyBaseException(PyType cls) { super(cls); }

    /** Records that the exception passed through (or was caught in) {@code f} at its current line. */
    public void addTraceback(PyFrame f) {
        if (tbLast != f) {
            tbLast = f;
            tb.add(new TbEntry(f.code.name, f.code.file, f.line, f));
        }
    }

    public String messageText() {
        return StrRepr.str(this);
    }

    /**
     * {@code raise} while {@code handled} is being handled: it becomes the context, and a chain that
     * already leads back to this exception is cut there (_PyErr_SetObject, with Floyd's check so a
     * cycle made by hand does not hang).
     */
    public void chainContext(PyBaseException handled) {
        PyBaseException o = handled;
        PyBaseException slow = o;
        boolean toggle = false;
        for (PyBaseException c = o.context; c != null; c = o.context) {
            if (c == this) {
                o.context = null;
                break;
            }
            o = c;
            if (o == slow) {
                break;
            }
            if (toggle) {
                slow = slow.context;
            }
            toggle = !toggle;
        }
        context = handled;
    }
}
