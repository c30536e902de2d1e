package dev.gilspy.interp.parse;

/** A compile-time error (SyntaxError or IndentationError) with the position CPython reports. */
public final class SyntaxError extends RuntimeException {
    public final String typeName;
    public final String msg;
    public final String file;
    public final int line;
    public final int col;
    public final String text;

    public SyntaxError(String typeName, String msg, String file, int line, int col, String text) {
        super(typeName + ": " + msg + " (" + file + ", line " + line + ")", null, false, false);
        this.typeName = typeName;
        this.msg = msg;
        this.file = file;
        this.line = line;
        this.col = col;
        this.text = text;
    }
}
