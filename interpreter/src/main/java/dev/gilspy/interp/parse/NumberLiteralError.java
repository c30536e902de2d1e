package dev.gilspy.interp.parse;

/**
 * Where and why a number literal is bad, as CPython's tokenizer (tok_get's number branch,
 * tok_decimal_tail, verify_end_of_number) says it: the message and the 1-based start and end
 * columns of the caret. The tokenizer reports the column of its read pointer, which after a
 * {@code tok_backup} sits on the offending character (so the offset is that character's 0-based
 * index, the caret under the character before it), and without a backup just past it ({@code 0o9}:
 * under the 9). Both the pipeline's {@link Lexer} and {@code ast}'s tokenizer ask here once they know
 * a literal is bad, so the scan costs nothing on good source.
 */
public record NumberLiteralError(String msg, int col, int endCol) {

    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    /**
     * The error of the literal starting at {@code start} of {@code line} (0-based, within the line's
     * text), or null when the tokenizer would take it.
     */
    public static NumberLiteralError find(CharSequence line, int start) {
        return new Scan(line, start).run();
    }

    private static final class Scan {
        final CharSequence s;
        final int start;
        int cur;

        Scan(CharSequence s, int start) {
            this.s = s;
            this.start = start;
            this.cur = start;
        }

        int next() {
            return cur < s.length() ? s.charAt(cur++) : -1;
        }

        void backup(int c) {
            if (c != -1) {
                cur--;
            }
        }

        NumberLiteralError at(String msg) {
            return new NumberLiteralError(msg, cur, cur);
        }

        static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        static boolean isHex(int c) {
            return isDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'f';
        }

        static boolean identChar(int c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || isDigit(c) || c >= 128;
        }

        /** verify_end_of_number: a keyword right after the number is allowed (a SyntaxWarning elsewhere). */
        NumberLiteralError end(int c, String kind) {
            int at = cur - (c == -1 ? 0 : 1);
            for (String kw : KEYWORDS_AFTER_NUMBER) {
                if (startsWith(at, kw)) {
                    return null;
                }
            }
            if (identChar(c)) {
                backup(c);
                return at("invalid " + kind + " literal");
            }
            return null;
        }

        boolean startsWith(int at, String kw) {
            if (at + kw.length() > s.length()) {
                return false;
            }
            for (int i = 0; i < kw.length(); i++) {
                if (s.charAt(at + i) != kw.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** tok_decimal_tail: digits with single underscores between them; returns the char after, or throws via err. */
        NumberLiteralError err;

        int decimalTail() {
            int c;
            while (true) {
                do {
                    c = next();
                } while (isDigit(c));
                if (c != '_') {
                    return c;
                }
                c = next();
                if (!isDigit(c)) {
                    backup(c);
                    err = at("invalid decimal literal");
                    return -2;
                }
            }
        }

        NumberLiteralError run() {
            int c = next();
            if (c == '.') {
                return fraction();
            }
            if (c == '0') {
                c = next();
                if ((c | 0x20) == 'x') {
                    return radix(16, "hexadecimal");
                }
                if ((c | 0x20) == 'o') {
                    return radix(8, "octal");
                }
                if ((c | 0x20) == 'b') {
                    return radix(2, "binary");
                }
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = next();
                        if (!isDigit(c)) {
                            backup(c);
                            return at("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = next();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == -2) {
                        return err;
                    }
                }
                if (c == '.' || (c | 0x20) == 'e' || (c | 0x20) == 'j') {
                    return afterInteger(c);
                }
                if (nonzero) {
                    backup(c);
                    return new NumberLiteralError("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start + 1, zerosEnd);
                }
                return end(c, "decimal");
            }
            backup(c);
            c = decimalTail();
            if (c == -2) {
                return err;
            }
            return afterInteger(c);
        }

        NumberLiteralError afterInteger(int c) {
            if (c == '.') {
                return fraction();
            }
            if ((c | 0x20) == 'e') {
                return exponent(c);
            }
            if ((c | 0x20) == 'j') {
                return end(next(), "imaginary");
            }
            return end(c, "decimal");
        }

        NumberLiteralError fraction() {
            int c = next();
            if (isDigit(c)) {
                backup(c);
                c = decimalTail();
                if (c == -2) {
                    return err;
                }
            }
            if ((c | 0x20) == 'e') {
                return exponent(c);
            }
            if ((c | 0x20) == 'j') {
                return end(next(), "imaginary");
            }
            return end(c, "decimal");
        }

        NumberLiteralError exponent(int e) {
            int c = next();
            if (c == '+' || c == '-') {
                c = next();
                if (!isDigit(c)) {
                    backup(c);
                    return at("invalid decimal literal");
                }
            } else if (!isDigit(c)) {
                backup(c);
                return end(e, "decimal");
            }
            backup(c);
            c = decimalTail();
            if (c == -2) {
                return err;
            }
            if ((c | 0x20) == 'j') {
                return end(next(), "imaginary");
            }
            return end(c, "decimal");
        }

        NumberLiteralError radix(int radix, String kind) {
            int c = next();
            do {
                if (c == '_') {
                    c = next();
                }
                boolean ok = radix == 16 ? isHex(c) : c >= '0' && c < '0' + radix;
                if (!ok) {
                    if (radix != 16 && isDigit(c)) {
                        return at("invalid digit '" + (char) c + "' in " + kind + " literal");
                    }
                    backup(c);
                    return at("invalid " + kind + " literal");
                }
                do {
                    c = next();
                } while (radix == 16 ? isHex(c) : c >= '0' && c < '0' + radix);
            } while (c == '_');
            if (radix != 16 && isDigit(c)) {
                return at("invalid digit '" + (char) c + "' in " + kind + " literal");
            }
            return end(c, kind);
        }
    }
}
