package dev.gilspy.interp.modules.ast;

/** A syntax error found while building an {@code _ast} tree: the message, line and 1-based column. */
final class AstSyntaxError extends RuntimeException {
    final int line;
    final int col;
    final String kind;
    /** Where the caret ends on {@code line}; the start unless the tokenizer knows a range. */
    final int endCol;

    AstSyntaxError(String msg, int line, int col) {
        this(msg, line, col, "SyntaxError");
    }

    AstSyntaxError(String msg, int line, int col, String kind) {
        this(msg, line, col, kind, col);
    }

    AstSyntaxError(String msg, int line, int col, String kind, int endCol) {
        super(msg, null, false, false);
        this.endCol = endCol;
        this.line = line;
        this.col = col;
        this.kind = kind;
    }
}
