package dev.gilspy.interp.parse;

/**
 * The scans {@link Lexer} skips a library def's block with ({@link Lexer#skippingBodies}): over the
 * source's characters, each a small method with one loop (C2 compiles them once; one method with the
 * nested loops was compiled on-stack at three loop heads and deoptimised).
 */
final class BlockSkip {
    private BlockSkip() {}

    static int indentEnd(char[] cs, int p) {
        while (p < cs.length && (cs[p] == ' ' || cs[p] == '\t' || cs[p] == '\f')) {
            p++;
        }
        return p;
    }

    /** The indentation's column from {@code p} to {@code q}, as {@link Lexer}'s indentation measures it. */
    static int column(char[] cs, int p, int q) {
        int col = 0;
        for (; p < q; p++) {
            char c = cs[p];
            col = c == ' ' ? col + 1 : c == '\t' ? (col / 8 + 1) * 8 : 0;
        }
        return col;
    }

    static int newlines(char[] cs, int p, int q) {
        int k = 0;
        for (; p < q; p++) {
            if (cs[p] == '\n') {
                k++;
            }
        }
        return k;
    }

    /** From inside a logical line: the index after the newline that ends it (brackets, strings and continuations respected). */
    static int logicalLineEnd(char[] cs, int p) {
        int n = cs.length;
        int brackets = 0;
        while (p < n) {
            char c = cs[p];
            if (c == '\n') {
                p++;
                if (brackets <= 0) {
                    return p;
                }
            } else if (c == '#') {
                while (p < n && cs[p] != '\n') {
                    p++;
                }
            } else if (c == '\\') {
                p += p + 2 < n && cs[p + 1] == '\r' && cs[p + 2] == '\n' ? 3 : 2;
            } else if (c == '"' || c == '\'') {
                p = stringEnd(cs, p, c);
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    brackets++;
                } else if (c == ')' || c == ']' || c == '}') {
                    brackets--;
                }
                p++;
            }
        }
        return n;
    }

    /** The index after the string literal whose opening quote {@code q} is at {@code p}. */
    static int stringEnd(char[] cs, int p, char q) {
        int n = cs.length;
        boolean triple = p + 2 < n && cs[p + 1] == q && cs[p + 2] == q;
        p += triple ? 3 : 1;
        while (p < n) {
            char d = cs[p];
            if (d == '\\') {
                p += 2;
            } else if (d == q && (!triple || p + 2 < n && cs[p + 1] == q && cs[p + 2] == q)) {
                return p + (triple ? 3 : 1);
            } else if (d == '\n' && !triple) {
                return p; // unterminated: the eager parse of this body will say so
            } else {
                p++;
            }
        }
        return n;
    }
}
