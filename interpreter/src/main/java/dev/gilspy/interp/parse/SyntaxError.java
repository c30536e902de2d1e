package dev.gilspy.interp.parse;

import dev.gilspy.interp.runtime.CompileError;

/** A compile-time error (SyntaxError or IndentationError) raised by the lexer or the parser. */
public final class SyntaxError extends CompileError {
    SyntaxError(String typeName, String msg, String file, int line, int col, String text) {
        super(typeName, msg, file, line, col, text);
    }
}
