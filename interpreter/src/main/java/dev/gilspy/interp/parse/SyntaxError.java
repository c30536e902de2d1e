package dev.gilspy.interp.parse;

/**
 * A compile-time error (SyntaxError, IndentationError, TabError, or the RecursionError and
 * MemoryError CPython's compiler gives up with) raised by the lexer or the parser, with the
 * position CPython reports. The pipeline ({@code Interpreter.compile}) turns it into the
 * runtime's {@code CompileError}, which becomes the Python exception.
 */
public final class SyntaxError extends RuntimeException {
    public final String typeName;
    public final String msg;
    public final String file;
    public final int line;
    public final int col;
    public final String text;
    /** Where the caret ends (CPython's end_lineno, end_offset); the start when only that is known. */
    public final int endLine;
    public final int endCol;

    SyntaxError(String typeName, String msg, String file, int line, int col, String text) {
        this(typeName, msg, file, line, col, text, line, col);
    }

    SyntaxError(String typeName, String msg, String file, int line, int col, String text, int endLine, int endCol) {
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
}
