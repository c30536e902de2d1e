package dev.gilspy.interp.modules.ast;

/** A syntax error found while building an {@code _ast} tree: the message, line and 1-based column. */
final class AstSyntaxError extends RuntimeException {
    final int line;
    final int col;
    final String kind;

    AstSyntaxError(String msg, int line, int col) {
        this(msg, line, col, "SyntaxError");
    }

    AstSyntaxError(String msg, int line, int col, String kind) {
        super(msg, null, false, false);
        this.line = line;
        this.col = col;
        this.kind = kind;
    }
}
