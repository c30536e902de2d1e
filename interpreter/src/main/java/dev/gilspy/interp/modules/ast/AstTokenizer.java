package dev.gilspy.interp.modules.ast;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer under {@code ast.parse}: CPython's tokens with CPython's positions (1-based lines,
 * columns in UTF-8 bytes, start and end), over the source's UTF-8 bytes. Comments and blank lines
 * give no tokens; a string token keeps its raw bytes for the f-string parser.
 */
final class AstTokenizer {
    enum K { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    record Tok(K k, String s, int line, int col, int eline, int ecol, int off, int eoff) {
        boolean is(String x) { return (k == K.OP || k == K.NAME) && s.equals(x); }
        @Override public String toString() { return k + "(" + s + ")@" + line + ":" + col; }
    }

    final byte[] src;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** Line and column added to tokens on the first line (an f-string's expression). */
    private final int firstLine;
    private final int firstColShift;
    private final List<Tok> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private int depth;

    AstTokenizer(byte[] src, int firstLine, int firstColShift) {
        this.src = src;
        this.firstLine = firstLine;
        this.firstColShift = firstColShift;
        this.line = firstLine;
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private int col(int at) { return at - lineStart + (line == firstLine ? firstColShift : 0); }

    private void add(K k, String s, int start, int startLine, int startCol) {
        out.add(new Tok(k, s, startLine, startCol, line, col(pos), start, pos));
    }

    private AstSyntaxError err(String msg) {
        return new AstSyntaxError(msg, line, col(pos) + 1);
    }

    private int peek(int d) { return pos + d < src.length ? src[pos + d] & 0xff : -1; }

    List<Tok> tokenize() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && depth == 0) {
                int ind = 0;
                int p = pos;
                while (p < src.length) {
                    byte b = src[p];
                    if (b == ' ') {
                        ind++;
                    } else if (b == '\t') {
                        ind = (ind / 8 + 1) * 8;
                    } else if (b == '\f') {
                        ind = 0;
                    } else {
                        break;
                    }
                    p++;
                }
                pos = p;
                if (pos >= src.length) {
                    break;
                }
                int c = src[pos];
                if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && isNl(peek(1)))) {
                    if (c == '#') {
                        skipComment();
                    }
                    if (c == '\\') {
                        pos++;
                    }
                    newline();
                    continue;
                }
                int cur = indents.get(indents.size() - 1);
                if (ind > cur) {
                    indents.add(ind);
                    out.add(new Tok(K.INDENT, "", line, 0, line, col(pos), lineStart, pos));
                } else {
                    while (ind < indents.get(indents.size() - 1)) {
                        indents.remove(indents.size() - 1);
                        out.add(new Tok(K.DEDENT, "", line, col(pos), line, col(pos), pos, pos));
                    }
                    if (ind != indents.get(indents.size() - 1)) {
                        throw new AstSyntaxError("unindent does not match any outer indentation level", line, col(pos), "IndentationError");
                    }
                }
                atLineStart = false;
            }
            if (pos >= src.length) {
                break;
            }
            int c = src[pos] & 0xff;
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == '\\' && isNl(peek(1))) {
                pos++;
                newline();
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (depth == 0) {
                    int sl = line;
                    int sc = col(pos);
                    int s = pos;
                    newlineBytes();
                    out.add(new Tok(K.NEWLINE, "", sl, sc, sl, sc + 1, s, s + 1));
                    startLine();
                    atLineStart = true;
                } else {
                    newline();
                }
                continue;
            }
            int start = pos;
            int sl = line;
            int sc = col(pos);
            if (isIdStart(c)) {
                while (pos < src.length && isIdChar(src[pos] & 0xff)) {
                    pos++;
                }
                String word = new String(src, start, pos - start, StandardCharsets.UTF_8);
                if (pos < src.length && (src[pos] == '"' || src[pos] == '\'') && isPrefix(word)) {
                    string(start, sl, sc);
                    continue;
                }
                if (c >= 0x80) {
                    word = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
                }
                add(K.NAME, word, start, sl, sc);
                continue;
            }
            if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                number();
                add(K.NUMBER, new String(src, start, pos - start, StandardCharsets.US_ASCII), start, sl, sc);
                continue;
            }
            if (c == '"' || c == '\'') {
                string(start, sl, sc);
                continue;
            }
            String op = op();
            if (op == null) {
                throw err("invalid character '" + (char) c + "'");
            }
            pos += op.length();
            if (op.equals("(") || op.equals("[") || op.equals("{")) {
                depth++;
            } else if (op.equals(")") || op.equals("]") || op.equals("}")) {
                depth = Math.max(0, depth - 1);
            }
            add(K.OP, op, start, sl, sc);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).k != K.NEWLINE) {
            out.add(new Tok(K.NEWLINE, "", line, col(pos), line, col(pos) + 1, pos, pos));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            out.add(new Tok(K.DEDENT, "", line, 0, line, 0, pos, pos));
        }
        out.add(new Tok(K.END, "", line, 0, line, 0, pos, pos));
        return out;
    }

    private static boolean isNl(int c) { return c == '\n' || c == '\r'; }

    private void skipComment() {
        while (pos < src.length && src[pos] != '\n' && src[pos] != '\r') {
            pos++;
        }
    }

    private void newlineBytes() {
        if (src[pos] == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
    }

    private void newline() {
        if (pos < src.length) {
            newlineBytes();
        }
        startLine();
    }

    private void startLine() {
        line++;
        lineStart = pos;
    }

    static boolean isIdStart(int c) { return c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0x80; }
    static boolean isIdChar(int c) { return isIdStart(c) || isDigit(c); }
    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isPrefix(String w) {
        switch (w.toLowerCase(java.util.Locale.ROOT)) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf": return true;
            default: return false;
        }
    }

    private void number() {
        int c = src[pos];
        if (c == '0' && (peek(1) | 0x20) == 'x' || c == '0' && (peek(1) | 0x20) == 'o' || c == '0' && (peek(1) | 0x20) == 'b') {
            int radix = (peek(1) | 0x20) == 'x' ? 16 : (peek(1) | 0x20) == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            while (pos < src.length && (Character.digit(src[pos], radix) >= 0 || src[pos] == '_')) {
                pos++;
            }
            if (pos > digitsStart && keywordAhead()) {
                return; // 0xfor x: the number ends before the keyword, as the tokenizer's verify_end_of_number allows
            }
            while (pos < src.length && (isIdChar(src[pos] & 0xff))) {
                pos++;
            }
            return;
        }
        digits();
        if (pos < src.length && src[pos] == '.') {
            pos++;
            digits();
        }
        if (pos < src.length && (src[pos] | 0x20) == 'e') {
            int q = pos + 1;
            if (q < src.length && (src[q] == '+' || src[q] == '-')) {
                q++;
            }
            if (q < src.length && isDigit(src[q])) {
                pos = q;
                digits();
            }
        }
        if (pos < src.length && (src[pos] | 0x20) == 'j') {
            pos++;
        }
    }

    private boolean keywordAhead() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            int n = kw.length();
            if (pos + n <= src.length && new String(src, pos, n, StandardCharsets.US_ASCII).equals(kw)) {
                return true;
            }
        }
        return false;
    }

    private void digits() {
        while (pos < src.length && (isDigit(src[pos]) || src[pos] == '_')) {
            pos++;
        }
    }

    private void string(int start, int sl, int sc) {
        byte q = src[pos];
        boolean triple = peek(1) == q && peek(2) == q;
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= src.length) {
                throw new AstSyntaxError(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                    : "unterminated string literal (detected at line " + sl + ")", sl, sc + 1);
            }
            byte b = src[pos];
            if (b == '\\') {
                pos++;
                if (pos < src.length && isNl(src[pos])) {
                    newline();
                } else {
                    pos++;
                }
                continue;
            }
            if (isNl(b)) {
                if (!triple) {
                    throw new AstSyntaxError("unterminated string literal (detected at line " + sl + ")", sl, sc + 1);
                }
                newline();
                continue;
            }
            if (b == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (peek(1) == q && peek(2) == q) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        add(K.STRING, new String(src, start, pos - start, StandardCharsets.UTF_8), start, sl, sc);
    }

    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "...", "!="};
    private static final String[] OPS2 = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "@=", ":="};
    private static final String OPS1 = "+-*/%@&|^~<>()[]{},:.;=!";

    private String op() {
        for (String o : OPS3) {
            if (matches(o)) {
                return o;
            }
        }
        for (String o : OPS2) {
            if (matches(o)) {
                return o;
            }
        }
        int c = src[pos] & 0xff;
        return c < 128 && OPS1.indexOf(c) >= 0 && c != '!' ? String.valueOf((char) c) : null;
    }

    private boolean matches(String o) {
        for (int i = 0; i < o.length(); i++) {
            if (peek(i) != o.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
