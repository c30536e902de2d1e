package dev.gilspy.interp.parse;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns source text into tokens, with Python's INDENT/DEDENT bookkeeping and implicit line joining
 * inside brackets. Errors are {@link SyntaxError}s that carry the line.
 */
public final class Lexer {
    private static final String[] OPS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        ";", "=", "@",
    };

    /** CPython's tokenizer MAXLEVEL: the deepest bracket nesting it accepts. */
    static final int MAXLEVEL = 200;
    /** CPython's tokenizer MAXINDENT: indentation reaches at most MAXINDENT - 1 levels. */
    static final int MAXINDENT = 100;

    private final String src;
    /**
     * The source's characters: the hot loops scan this array with local indices, loops C2 compiles
     * once. Over {@code src.charAt(pos)} with the field {@code pos} and look-ahead reads, C2's
     * profiled loop predication hoisted range checks that failed near a file's end, and
     * {@code tokenize}, {@code indentation} and {@code string} were deoptimised and compiled 2-3
     * times in every start-up (about half of the JIT's time on the everyday import line).
     */
    private final char[] cs;
    private final String file;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    /** The open brackets and their lines, for CPython's tokenizer errors on a closing one. */
    private final char[] openers = new char[MAXLEVEL];
    private final int[] openerLines = new int[MAXLEVEL];
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Indentation measured with tabs as one column: CPython's check for inconsistent tabs. */
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    private final List<Token> out = new ArrayList<>();
    /** See {@link #skippingBodies}. */
    private boolean skipBodies;
    /** Per indentation level (indents' size): whether a def's block encloses it. */
    private final boolean[] inFunction = new boolean[MAXINDENT + 2];
    /** The index in {@code out} of the current logical line's first token, and where its line starts. */
    private int lineFirst;
    private int lineFirstStart;
    /** Where the line of the last def header starts. */
    private int defLineStart;
    /** The logical line just ended was a def header ending in its colon. */
    private boolean defHeader;
    /** The first line of a skippable body starts with a string: the index of its first token, or -1. */
    private int docMark = -1;

    public Lexer(String src, String file) {
        this(src, file, 1);
    }

    /** A lexer over text that starts at line {@code firstLine} of its file (a lazy body's def, {@link LazyBody}). */
    Lexer(String src, String file, int firstLine) {
        this.src = src;
        this.cs = src.toCharArray();
        this.file = file;
        this.line = firstLine;
        indents.push(0);
        altIndents.push(0);
    }

    /**
     * The shipped library's trusted source: the block of a {@code def} whose enclosing blocks hold no
     * def (the bodies {@link LazyBody} defers) is not tokenised but scanned for its end (strings,
     * brackets and continuations respected), and stands as one {@link Token.Kind#SKIPPED} token after
     * its INDENT and its docstring's tokens. The first line of a block starting with an f-string, a
     * bytes literal, a bracket or a string that is not a docstring statement is tokenised in full, as
     * {@link LazyBody#skippable} then parses it at once. A parser that meets a SKIPPED token it cannot
     * defer fails with a SyntaxError, and the caller lexes again without skipping.
     */
    public Lexer skippingBodies(boolean on) {
        this.skipBodies = on;
        return this;
    }

    public List<Token> tokenize() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && depth == 0) {
                boolean header = defHeader;
                int levels = indents.size();
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
                if (indents.size() > levels) {
                    inFunction[indents.size()] = inFunction[levels] || header;
                    if (header && skipBodies && !inFunction[levels] && bodyStart()) {
                        atLineStart = true;
                        continue;
                    }
                }
                lineFirst = out.size();
                lineFirstStart = lineStart;
            }
            if (pos >= cs.length) {
                break;
            }
            char c = cs[pos];
            if (c == '\n') {
                pos++;
                if (depth == 0) {
                    add(Token.Kind.NEWLINE, "\n", null, pos - 1);
                    atLineStart = true;
                    defHeader = skipBodies && isDefHeader();
                    if (defHeader) {
                        defLineStart = lineFirstStart;
                    }
                }
                newLine();
                if (docMark >= 0 && depth == 0) {
                    docAndSkip();
                }
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                pos = lineEnd(pos);
            } else if (c == '\\') {
                if (pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                    pos += src.charAt(pos + 1) == '\r' && pos + 2 < src.length() && src.charAt(pos + 2) == '\n' ? 3 : 2;
                    newLine();
                } else {
                    throw error("unexpected character after line continuation character");
                }
            } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (c < 128 ? NAME_START[c] : Character.isLetter(c) || Character.isUnicodeIdentifierStart(src.codePointAt(pos))) {
                name();
            } else if (c > 127 && !Character.isWhitespace(c)) {
                // as CPython's tokenizer: a character no name can start with, such as a non-ASCII digit
                int cp = src.codePointAt(pos);
                throw error(String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp));
            } else if (c == '"' || c == '\'') {
                string("", pos);
            } else {
                operator();
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != Token.Kind.NEWLINE
            && out.get(out.size() - 1).kind() != Token.Kind.SKIPPED) {
            add(Token.Kind.NEWLINE, "", null, pos);
        }
        while (indents.peek() > 0) {
            indents.pop();
            add(Token.Kind.DEDENT, "", null, pos);
        }
        add(Token.Kind.EOF, "", null, pos);
        return out;
    }

    /** The logical line that just got its NEWLINE is {@code [async] def ...:}. */
    private boolean isDefHeader() {
        int n = out.size();
        if (n - lineFirst < 3) {
            return false;
        }
        Token first = out.get(lineFirst);
        Token colon = out.get(n - 2);
        if (colon.kind() != Token.Kind.OP || !colon.text().equals(":") || first.kind() != Token.Kind.NAME) {
            return false;
        }
        return first.text().equals("def") || first.text().equals("async") && out.get(lineFirst + 1).text().equals("def");
    }

    /**
     * At the first statement of a skippable def block (its INDENT just added): skips the block and
     * returns true; or returns false to tokenise on, with a string's line to look at when it ends.
     */
    private boolean bodyStart() {
        char[] cs = this.cs;
        int q = pos;
        boolean bytesOrF = false;
        while (q < cs.length && q - pos < 2 && "rRbBfFuU".indexOf(cs[q]) >= 0) {
            bytesOrF |= "bBfF".indexOf(cs[q]) >= 0;
            q++;
        }
        if (q < cs.length && (cs[q] == '"' || cs[q] == '\'')) {
            if (!bytesOrF) {
                docMark = out.size(); // a docstring if the line holds only strings
            }
            return false;
        }
        if (cs[pos] == '(') {
            return false;
        }
        skipBlock(pos, true);
        return true;
    }

    /** After the first logical line of a skippable block, which starts with a string: skip the rest if it was a docstring. */
    private void docAndSkip() {
        int mark = docMark;
        docMark = -1;
        int n = out.size();
        for (int i = mark; i < n - 1; i++) {
            if (out.get(i).kind() != Token.Kind.STRING) {
                return;
            }
        }
        skipBlock(pos, false);
    }

    /**
     * Moves past the rest of the current block (its indentation is {@code indents.peek()}) from
     * {@code p}, which is either inside a statement's line ({@code midLine}) or at a line's start, to
     * the start of the first line indented less (or the end), and adds the SKIPPED token, whose value
     * is the def's text: from its line's start to there ({@link BlockSkip}'s scans).
     */
    private void skipBlock(int p, boolean midLine) {
        char[] cs = this.cs;
        int n = cs.length;
        int bodyCol = indents.peek();
        int start = p;
        if (midLine) {
            p = BlockSkip.logicalLineEnd(cs, p);
        }
        while (p < n) {
            int q = BlockSkip.indentEnd(cs, p);
            if (q >= n) {
                p = n;
                break;
            }
            char c = cs[q];
            if (c == '#' || c == '\n' || c == '\r') {
                int e = src.indexOf('\n', q);
                p = e < 0 ? n : e + 1;
            } else if (BlockSkip.column(cs, p, q) < bodyCol) {
                break;
            } else {
                p = BlockSkip.logicalLineEnd(cs, q);
            }
        }
        out.add(new Token(Token.Kind.SKIPPED, "", new int[] {defLineStart, p}, line, start - lineStart + 1));
        line += BlockSkip.newlines(cs, start, p);
        pos = p;
        lineStart = p;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    /** Measures the indentation of a logical line; returns false at end of input. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int start = pos;
            int p = pos;
            char[] cs = this.cs;
            for (; p < cs.length; p++) {
                char c = cs[p];
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                } else {
                    break;
                }
            }
            pos = p;
            if (pos >= cs.length) {
                return false;
            }
            char c = cs[pos];
            if (c == '#' || c == '\n' || c == '\r') {
                pos = lineEnd(pos);
                if (pos < cs.length) {
                    pos++;
                    newLine();
                    continue;
                }
                return false;
            }
            int current = indents.peek();
            if (col > current) {
                if (alt <= altIndents.peek()) {
                    throw tabError();
                }
                if (indents.size() >= MAXINDENT) {
                    // as CPython (indent + 1 >= MAXINDENT): 99 levels at most; it reports offset 1
                    throw new SyntaxError("IndentationError", "too many levels of indentation", file, line, 1,
                        currentLineText());
                }
                indents.push(col);
                altIndents.push(alt);
                add(Token.Kind.INDENT, src.substring(start, pos), null, pos);
            } else if (col < current) {
                while (indents.peek() > col) {
                    indents.pop();
                    altIndents.pop();
                    add(Token.Kind.DEDENT, "", null, pos);
                }
                if (indents.peek() == col && altIndents.peek() != alt) {
                    throw tabError();
                }
                if (indents.peek() != col) {
                    throw new SyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        file, line, currentLineText().length() + 1, currentLineText());
                }
            }
            if (col == current && alt != altIndents.peek()) {
                throw tabError();
            }
            return true;
        }
    }

    private SyntaxError tabError() {
        return new SyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", file, line,
            pos - lineStart + 1, currentLineText());
    }

    private String currentLineText() {
        int end = src.indexOf('\n', lineStart);
        return src.substring(lineStart, end < 0 ? src.length() : end);
    }

    private SyntaxError error(String msg) {
        return new SyntaxError("SyntaxError", msg, file, line, pos - lineStart + 1, currentLineText());
    }

    /** A bad number literal's error where CPython's tokenizer puts it ({@link NumberLiteralError}). */
    private SyntaxError numberError(int start, String fallback) {
        NumberLiteralError e = NumberLiteralError.find(currentLineText(), start - lineStart);
        if (e == null) {
            return error(fallback);
        }
        return new SyntaxError("SyntaxError", e.msg(), file, line, e.col(), currentLineText(), line, e.endCol());
    }

    private void add(Token.Kind kind, String text, Object value, int at) {
        out.add(new Token(kind, text, value, line, at - lineStart + 1));
    }

    private void name() {
        int start = pos;
        int p = pos;
        char[] cs = this.cs;
        for (; p < cs.length; p++) {
            char c = cs[p];
            if (c < 128 && !NAME_PART[c]) {
                break;
            }
        }
        pos = p;
        String word = src.substring(start, pos);
        if (pos < cs.length && (cs[pos] == '"' || cs[pos] == '\'') && isPrefix(word)) {
            string(word.toLowerCase(java.util.Locale.ROOT), start);
            return;
        }
        add(Token.Kind.NAME, word, null, start);
    }

    /** A string literal's prefix: r, b, f or u, or two of r with b or f, in any case. */
    private static boolean isPrefix(String word) {
        int n = word.length();
        if (n == 0 || n > 2) {
            return false;
        }
        char a = Character.toLowerCase(word.charAt(0));
        if (n == 1) {
            return a == 'r' || a == 'b' || a == 'f' || a == 'u';
        }
        char b = Character.toLowerCase(word.charAt(1));
        return a == 'r' ? b == 'b' || b == 'f' : (a == 'b' || a == 'f') && b == 'r';
    }

    /** A number directly followed by one of these keywords ({@code 1if x else y}) ends there, as the tokenizer's verify_end_of_number allows. */
    private boolean keywordAhead() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (src.startsWith(kw, pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A literal's underscores each sit between two digits (or right after a base prefix's letter,
     * {@code 0x_f}), as the tokenizer's tok_decimal_tail requires: not {@code 1_}, {@code 1__0}, {@code 1_.5}.
     */
    private static boolean underscoresBetweenDigits(String text, int radix) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                continue;
            }
            if (i + 1 >= text.length() || Character.digit(text.charAt(i + 1), radix) < 0) {
                return false;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean prefix = i == 1 && radix != 10 && "xXoObB".indexOf(before) >= 0;
            if (!prefix && Character.digit(before, radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Python's number literals take ASCII digits only; Java's isDigit would also take '۷' (U+06F7). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void number() {
        int start = pos;
        boolean isFloat = false;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int digitsStart = pos;
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            while (pos < src.length() && (Character.digit(src.charAt(pos), radix) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
            if (pos == digitsStart || !keywordAhead()) {
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            }
            if (!underscoresBetweenDigits(src.substring(digitsStart - 1, pos), radix)) {
                throw numberError(start, "invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal");
            }
            String digits = src.substring(digitsStart, pos).replace("_", "");
            try {
                add(Token.Kind.INT, src.substring(start, pos), intValue(new BigInteger(digits, radix)), start);
            } catch (NumberFormatException e) {
                throw numberError(start, "invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal");
            }
            return;
        }
        while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && isDigit(src.charAt(pos))) {
                isFloat = true;
                while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            if (!underscoresBetweenDigits(src.substring(start, pos), 10)) {
                throw numberError(start, "invalid decimal literal");
            }
            String digits = src.substring(start, pos).replace("_", "");
            pos++;
            if (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
                throw numberError(start, "invalid imaginary literal");
            }
            add(Token.Kind.FLOAT, src.substring(start, pos), new Imaginary(Double.parseDouble(digits)), start);
            return;
        }
        if (pos < src.length() && Character.isLetter(src.charAt(pos)) && !keywordAhead()) {
            throw numberError(start, "invalid decimal literal");
        }
        if (!underscoresBetweenDigits(src.substring(start, pos), 10)) {
            throw numberError(start, "invalid decimal literal");
        }
        String text = src.substring(start, pos).replace("_", "");
        if (isFloat) {
            add(Token.Kind.FLOAT, text, Double.parseDouble(text), start);
        } else {
            if (text.length() > 1 && text.charAt(0) == '0' && !text.matches("0+")) {
                throw numberError(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            add(Token.Kind.INT, text, text.length() <= 18 ? (Object) Long.parseLong(text) : intValue(new BigInteger(text)), start);
        }
    }

    private void string(String prefix, int start) {
        char q = src.charAt(pos);
        boolean triple = pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        int startLine = line;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        char[] cs = this.cs;
        int p = pos;
        while (true) {
            p = stringStop(cs, p, q);
            if (p >= cs.length) {
                pos = p;
                line = startLine;
                throw unterminated(triple);
            }
            char c = cs[p];
            if (c == '\\') {
                if (p + 1 < cs.length && cs[p + 1] == '\n') {
                    line++;
                }
                p += 2;
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    pos = p;
                    throw unterminated(false);
                }
                line++;
            } else if (!triple || (p + 2 < cs.length && cs[p + 1] == q && cs[p + 2] == q)) {
                break; // c == q
            }
            p++;
        }
        pos = p;
        String body = src.substring(bodyStart, pos);
        pos += triple ? 3 : 1;
        int tokLine = line;
        line = startLine;
        boolean raw = prefix.indexOf('r') >= 0;
        if (prefix.indexOf('f') >= 0) {
            add(Token.Kind.FSTRING, body, raw, start);
        } else if (prefix.indexOf('b') >= 0) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) > 127) {
                    line = startLine;
                    throw error("bytes can only contain ASCII literal characters");
                }
            }
            add(Token.Kind.BYTES, body, raw ? body : unescapeAt(body, true), start);
        } else {
            add(Token.Kind.STRING, body, raw ? body : unescapeAt(body, false), start);
        }
        line = tokLine;
        int nl = src.lastIndexOf('\n', pos - 1);
        if (nl >= bodyStart) {
            lineStart = nl + 1;
        }
    }

    /** The first index from {@code p} holding {@code q}, a backslash or a newline; {@code p} when past the end. */
    private static int stringStop(char[] cs, int p, char q) {
        for (; p < cs.length; p++) {
            char c = cs[p];
            if (c == q || c == '\\' || c == '\n') {
                return p;
            }
        }
        return p;
    }

    /** The index of the newline ending the line that {@code p} is on, or the source's length. */
    private int lineEnd(int p) {
        int nl = src.indexOf('\n', p);
        return nl < 0 ? cs.length : nl;
    }

    private SyntaxError unterminated(boolean triple) {
        return error(triple ? "unterminated triple-quoted string literal (detected at line " + line + ")"
            : "unterminated string literal (detected at line " + line + ")");
    }

    /** ASCII characters a name may start with, and continue with (any non-ASCII one continues a name). */
    private static final boolean[] NAME_START = new boolean[128];
    private static final boolean[] NAME_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            NAME_START[c] = Character.isLetter(c) || c == '_';
            NAME_PART[c] = Character.isLetterOrDigit(c) || c == '_';
        }
    }

    /** {@link #unescape}, a bad escape becoming the SyntaxError CPython reports at the literal's end. */
    private String unescapeAt(String body, boolean bytes) {
        try {
            return unescape(body, bytes);
        } catch (BadEscape e) {
            throw new SyntaxError("SyntaxError", e.getMessage(), file, line, pos - lineStart, currentLineText());
        }
    }

    /** A malformed escape in a literal, with CPython's message; the caller knows where the literal is. */
    static final class BadEscape extends RuntimeException {
        BadEscape(String message) {
            super(message, null, false, false);
        }
    }

    private static BadEscape badEscape(boolean bytes, int at, int end, String what) {
        return new BadEscape(bytes ? "(value error) invalid \\x escape at position " + at
            : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-" + end + ": " + what);
    }

    /** The value of the {@code n} hex digits after {@code s[i]}, or a BadEscape naming the escape at {@code at}. */
    private static int hexDigits(String s, int i, int n, boolean bytes, int at, String what) {
        int v = 0;
        for (int k = 1; k <= n; k++) {
            int d = i + k < s.length() ? Character.digit(s.charAt(i + k), 16) : -1;
            if (d < 0 || s.charAt(i + k) > 127) {
                throw badEscape(bytes, at, at + k, what);
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes backslash escapes of a non-raw string literal; a malformed escape throws {@link BadEscape}. */
    static String unescape(String s, boolean bytes) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\n' -> { }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int j = i;
                    int v = 0;
                    while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                        v = v * 8 + (s.charAt(j) - '0');
                        j++;
                    }
                    sb.append((char) v);
                    i = j - 1;
                }
                case 'x' -> {
                    sb.append((char) hexDigits(s, i, 2, bytes, i - 1, "truncated \\xXX escape"));
                    i += 2;
                }
                case 'u' -> {
                    if (bytes) {
                        sb.append('\\').append(n);
                    } else {
                        sb.append((char) hexDigits(s, i, 4, false, i - 1, "truncated \\uXXXX escape"));
                        i += 4;
                    }
                }
                case 'U' -> {
                    if (bytes) {
                        sb.append('\\').append(n);
                    } else {
                        int cp = hexDigits(s, i, 8, false, i - 1, "truncated \\UXXXXXXXX escape");
                        if (cp < 0 || cp > Character.MAX_CODE_POINT) { // eight hex digits can pass 0x7fffffff
                            throw badEscape(false, i - 1, i + 8, "illegal Unicode character");
                        }
                        sb.appendCodePoint(cp);
                        i += 8;
                    }
                }
                case 'N' -> {
                    if (bytes) {
                        sb.append('\\').append(n);
                        continue;
                    }
                    int close = s.indexOf('}', i);
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '{' || close < 0) {
                        throw badEscape(false, i - 1, close < 0 && i + 1 < s.length() && s.charAt(i + 1) == '{'
                            ? s.length() - 1 : i, "malformed \\N character escape");
                    }
                    String name = s.substring(i + 2, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        cp = '?';
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append('\u000b');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }

    /** {@link #OPS} by first character, longest first as in OPS: an operator token tries only its own. */
    private static final String[][] OPS_BY_FIRST = new String[128][];

    static {
        for (int c = 0; c < 128; c++) {
            List<String> ops = new ArrayList<>();
            for (String op : OPS) {
                if (op.charAt(0) == c) {
                    ops.add(op);
                }
            }
            OPS_BY_FIRST[c] = ops.toArray(new String[0]);
        }
    }

    private void operator() {
        char first = src.charAt(pos);
        for (String op : first < 128 ? OPS_BY_FIRST[first] : new String[0]) {
            if (src.startsWith(op, pos)) {
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    if (depth >= MAXLEVEL) {
                        // CPython's tokenizer refuses at once: nesting 200 deep is its MAXLEVEL
                        throw error("too many nested parentheses");
                    }
                    openers[depth] = c;
                    openerLines[depth] = line;
                    depth++;
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    checkCloser(c);
                    depth--;
                }
                add(Token.Kind.OP, op, null, pos);
                pos += op.length();
                return;
            }
        }
        if (src.charAt(pos) == '!') {
            throw error("invalid syntax");
        }
        throw error("invalid character '" + src.charAt(pos) + "' (U+" + String.format("%04X", (int) src.charAt(pos)) + ")");
    }

    /** CPython's tokenizer on a closing bracket: nothing open, or another kind open. */
    private void checkCloser(char c) {
        if (depth == 0) {
            throw error("unmatched '" + c + "'");
        }
        char open = openers[depth - 1];
        if ((open == '(' ? ')' : open == '[' ? ']' : '}') != c) {
            throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'"
                + (openerLines[depth - 1] != line ? " on line " + openerLines[depth - 1] : ""));
        }
    }

    /** A Python int literal's value: a Long when it fits, as the runtime represents ints. */
    private static Object intValue(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
