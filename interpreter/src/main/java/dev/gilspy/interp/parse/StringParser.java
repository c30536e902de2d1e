package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Constants;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import java.util.ArrayList;
import java.util.List;

/** String literals: implicit concatenation, bytes, and f-strings with their nested expressions. */
abstract class StringParser extends DisplayParser {
    StringParser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    // ---------------------------------------------------------------- strings

    Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean fstring = false;
        boolean bytes = false;
        boolean text = false;
        while (at(Token.Kind.STRING) || at(Token.Kind.FSTRING) || at(Token.Kind.BYTES)) {
            Token t = next();
            if (t.kind() == Token.Kind.BYTES) {
                bytes = true;
                parts.add(t.value());
            } else if (t.kind() == Token.Kind.FSTRING) {
                fstring = true;
                text = true;
                fstringParts(t, parts);
            } else {
                text = true;
                parts.add(t.value());
            }
        }
        if (bytes && text) {
            throw error(first, "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            String s = sb.toString();
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return at(new Exprs.Const(Constants.bytes(b)), first);
        }
        if (!fstring) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            return at(new Exprs.Const(sb.toString()), first);
        }
        List<Object> merged = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof String prev) {
                merged.set(merged.size() - 1, prev + s);
            } else {
                merged.add(p);
            }
        }
        return at(new Exprs.FString(merged.toArray()), first);
    }

    void fstringParts(Token t, List<Object> parts) {
        String body = t.text();
        boolean raw = (Boolean) t.value();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(raw ? lit.toString() : unescape(t, lit.toString()));
                    lit.setLength(0);
                }
                i = fstringField(t, body, i + 1, parts);
                continue;
            }
            if (c == '}') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw error(t, "f-string: single '}' is not allowed");
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            parts.add(raw ? lit.toString() : unescape(t, lit.toString()));
        }
    }

    /** Parses one {@code {expr[=][!c][:spec]}} field starting after the brace; returns the index after '}'. */
    int fstringField(Token t, String body, int start, List<Object> parts) {
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '=')) {
                break;
            } else if (depth == 0 && c == ':') {
                break;
            }
            i++;
        }
        exprEnd = i;
        String exprText = body.substring(start, exprEnd);
        String debug = null;
        String trimmed = exprText.stripTrailing();
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
            && !trimmed.endsWith(">=")) {
            debug = exprText;
            exprText = trimmed.substring(0, trimmed.length() - 1);
        }
        if (exprText.isBlank()) {
            throw error(t, "f-string: empty expression not allowed");
        }
        Expr value = subExpression(exprText, t);
        char conv = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            conv = body.charAt(i + 1);
            if (conv != 'r' && conv != 's' && conv != 'a') {
                throw error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            List<Object> specParts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int d = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '{') {
                    if (lit.length() > 0) {
                        specParts.add(lit.toString());
                        lit.setLength(0);
                    }
                    i = fstringField(t, body, i + 1, specParts);
                    continue;
                }
                if (c == '}') {
                    if (d == 0) {
                        break;
                    }
                    d--;
                }
                lit.append(c);
                i++;
            }
            if (lit.length() > 0) {
                specParts.add(lit.toString());
            }
            if (specParts.size() == 1 && specParts.get(0) instanceof String s) {
                spec = new Exprs.Const(s);
            } else if (specParts.isEmpty()) {
                spec = new Exprs.Const("");
            } else {
                spec = new Exprs.FString(specParts.toArray());
            }
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error(t, "f-string: expecting '}'");
        }
        parts.add(new Exprs.FString.Field(value, conv, spec, debug));
        return i + 1;
    }

    Expr subExpression(String text, Token t) {
        List<Token> saved = tokens;
        int savedPos = pos;
        List<Token> sub = new Lexer("(" + text.strip() + ")", file).tokenize();
        List<Token> shifted = new ArrayList<>();
        for (Token k : sub) {
            shifted.add(new Token(k.kind(), k.text(), k.value(), t.line(), t.col()));
        }
        tokens = shifted;
        pos = 0;
        try {
            Expr e = testListStarExpr();
            if (!at(Token.Kind.NEWLINE) && !at(Token.Kind.EOF)) {
                throw error(t, "f-string: invalid syntax");
            }
            return e;
        } finally {
            tokens = saved;
            pos = savedPos;
        }
    }

    private String unescape(Token t, String literal) {
        try {
            return Lexer.unescape(literal, false);
        } catch (Lexer.BadEscape e) {
            throw error(t, e.getMessage());
        }
    }
}
