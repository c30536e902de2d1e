package dev.gilspy.interp.parse;

/** One lexical token. {@code value} holds the decoded literal for numbers and strings. */
public record Token(Kind kind, String text, Object value, int line, int col) {
    /** SKIPPED: a library def's body the lexer did not tokenise ({@link LazyBody}, {@link Lexer#skippingBodies}). */
    enum Kind { NAME, INT, FLOAT, STRING, FSTRING, BYTES, OP, NEWLINE, INDENT, DEDENT, EOF, SKIPPED }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line;
    }
}
