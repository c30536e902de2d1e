package dev.gilspy.interp.runtime;

/**
 * Source that cannot become code: a SyntaxError or IndentationError with the position CPython
 * reports. The parser throws its subclass; the runtime, which may not import the parser, catches
 * this type where it compiles (imports) and turns it into the Python exception.
 */
public class CompileError extends RuntimeException {
    public final String typeName;
    public final String msg;
    public final String file;
    public final int line;
    public final int col;
    public final String text;
    /** Where the caret ends (end_lineno, end_offset); the start when the parser knows only that. */
    public final int endLine;
    public final int endCol;

    public CompileError(String typeName, String msg, String file, int line, int col, String text) {
        this(typeName, msg, file, line, col, text, line, col);
    }

    public CompileError(String typeName, String msg, String file, int line, int col, String text, int endLine, int endCol) {
        super(typeName + ": " + msg + " (" + file + ", line " + line + ")", null, false, false);
        this.endLine = endLine;
        this.endCol = endCol;
        this.typeName = typeName;
        this.msg = msg;
        this.file = file;
        this.line = line;
        this.col = col;
        this.text = text;
    }

    /** The Python exception object: {@code SyntaxError(msg, (filename, lineno, offset, text))}. */
    public PyBaseException toPython() {
        PyType type = Types.get(typeName);
        PyBaseException se = new PyBaseException(type == null ? Types.SyntaxErrorType : type);
        if (typeName.equals("RecursionError") || typeName.equals("MemoryError")) {
            // not a SyntaxError: no position, args is just the message
            se.args = msg.isEmpty() ? PyTuple.of() : PyTuple.of(msg);
            return se;
        }
        se.args = PyTuple.of(msg, PyTuple.of(file, (long) line, (long) col, text == null ? PyNone.NONE : text));
        se.putDictAttr("msg", msg);
        se.putDictAttr("lineno", (long) line);
        se.putDictAttr("offset", (long) col);
        // where the parser knows only the start, an empty span, which traceback.py shows as one
        // caret, as CPython's SyntaxError without an end
        se.putDictAttr("end_lineno", (long) endLine);
        se.putDictAttr("end_offset", (long) endCol);
        se.putDictAttr("text", text == null ? PyNone.NONE : text);
        se.putDictAttr("filename", file);
        return se;
    }
}
