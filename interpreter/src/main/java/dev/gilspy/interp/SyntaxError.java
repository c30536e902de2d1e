package dev.gilspy.interp;

/** A compile-time error (SyntaxError or IndentationError) with the position CPython reports. */
final class SyntaxError extends RuntimeException {
    final String typeName;
    final String msg;
    final String file;
    final int line;
    final int col;
    final String text;

    SyntaxError(String typeName, String msg, String file, int line, int col, String text) {
        super(typeName + ": " + msg + " (" + file + ", line " + line + ")", null, false, false);
        this.typeName = typeName;
        this.msg = msg;
        this.file = file;
        this.line = line;
        this.col = col;
        this.text = text;
    }
}
