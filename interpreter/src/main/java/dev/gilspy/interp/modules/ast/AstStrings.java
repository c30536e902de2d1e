package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.modules.ast.AstTokenizer.K;
import dev.gilspy.interp.modules.ast.AstTokenizer.Tok;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyInstance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals to one {@code Constant} or, with an f-string among them, a {@code JoinedStr}
 * (CPython 3.11's {@code Parser/string_parser.c}): the parts all carry the whole concatenation's
 * position; an expression's position is found in the source as 3.11 finds it.
 */
final class AstStrings {
    private final AstExprParser ps;
    private final List<Object> parts = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean pendingAny;

    private AstStrings(AstExprParser ps) {
        this.ps = ps;
    }

    static PyInstance strings(AstExprParser ps) {
        Tok first = ps.tok();
        List<Tok> toks = new ArrayList<>();
        while (ps.at(K.STRING)) {
            toks.add(ps.next());
        }
        boolean anyF = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        for (Tok t : toks) {
            String pre = prefix(t.s()).toLowerCase(java.util.Locale.ROOT);
            anyF |= pre.contains("f");
            if (pre.contains("b")) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
        }
        if (anyBytes && anyStr) {
            throw ps.syntax(first, "cannot mix bytes and nonbytes literals");
        }
        Object kind = prefix(first.s()).toLowerCase(java.util.Locale.ROOT).contains("u") ? "u" : AstParserBase.NONE;
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Tok t : toks) {
                String pre = prefix(t.s()).toLowerCase(java.util.Locale.ROOT);
                byte[] b = AstLiterals.bytes(body(t.s()), pre.contains("r")).data();
                out.write(b, 0, b.length);
            }
            return ps.fin(ps.make("Constant", "value", new PyBytes(out.toByteArray()), "kind", AstParserBase.NONE), first);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Tok t : toks) {
                sb.append(AstLiterals.str(body(t.s()), prefix(t.s()).toLowerCase(java.util.Locale.ROOT).contains("r")));
            }
            return ps.fin(ps.make("Constant", "value", sb.toString(), "kind", kind), first);
        }
        AstStrings j = new AstStrings(ps);
        for (Tok t : toks) {
            String pre = prefix(t.s()).toLowerCase(java.util.Locale.ROOT);
            boolean raw = pre.contains("r");
            if (pre.contains("f")) {
                j.fstring(t, raw);
            } else {
                j.literal(AstLiterals.str(body(t.s()), raw));
            }
        }
        j.flush(first);
        PyInstance js = ps.fin(ps.make("JoinedStr", "values", AstParserBase.list(j.parts)), first);
        j.place(js);
        return js;
    }

    static String prefix(String tok) {
        int i = 0;
        while (tok.charAt(i) != '"' && tok.charAt(i) != '\'') {
            i++;
        }
        return tok.substring(0, i);
    }

    static String body(String tok) {
        String pre = prefix(tok);
        String rest = tok.substring(pre.length());
        int q = rest.length() >= 6 && (rest.startsWith("\"\"\"") || rest.startsWith("'''")) ? 3 : 1;
        return rest.substring(q, rest.length() - q);
    }

    private void literal(String s) {
        pending.append(s);
        pendingAny = true;
    }

    private void flush(Tok first) {
        if (pendingAny && pending.length() > 0) {
            parts.add(ps.make("Constant", "value", pending.toString(), "kind", AstParserBase.NONE));
        }
        pending.setLength(0);
        pendingAny = false;
    }

    /** Gives every part without a position (the constants, formatted values) the whole string's. */
    private void place(PyInstance whole) {
        int l = AstNodes.i(whole, "lineno");
        int c = AstNodes.i(whole, "col_offset");
        int el = AstNodes.i(whole, "end_lineno");
        int ec = AstNodes.i(whole, "end_col_offset");
        for (Object o : parts) {
            placeAll((PyInstance) o, l, c, el, ec);
        }
    }

    private void placeAll(PyInstance n, int l, int c, int el, int ec) {
        if (n.getDictAttr("lineno") == null) {
            ps.pos(n, l, c, el, ec);
        }
        Object spec = n.getDictAttr("format_spec");
        if (spec instanceof PyInstance sp) {
            placeAll(sp, l, c, el, ec);
            for (Object o : ((dev.gilspy.interp.runtime.PyList) sp.getDictAttr("values")).toArray()) {
                placeAll((PyInstance) o, l, c, el, ec);
            }
        }
    }

    // ---- one f-string token

    private byte[] b;
    private int i;
    private int end;
    private Tok tok;
    private boolean raw;

    private void fstring(Tok t, boolean raw) {
        this.tok = t;
        this.raw = raw;
        this.b = ps.src;
        String pre = prefix(t.s());
        int start = t.off() + pre.getBytes(StandardCharsets.UTF_8).length;
        String rest = t.s().substring(pre.length());
        int q = rest.length() >= 6 && (rest.startsWith("\"\"\"") || rest.startsWith("'''")) ? 3 : 1;
        i = start + q;
        end = t.eoff() - q;
        List<Object> vals = body(0);
        parts.addAll(vals);
    }

    /** The parts up to {@code end} or, in a format spec ({@code nest > 0}), the closing '}'. */
    private List<Object> body(int nest) {
        List<Object> out = nest == 0 ? null : new ArrayList<>();
        ByteArrayOutputStream lit = new ByteArrayOutputStream();
        while (i < end) {
            byte c = b[i];
            if (c == '{') {
                if (nest == 0 && i + 1 < end && b[i + 1] == '{') {
                    lit.write('{');
                    i += 2;
                    continue;
                }
                emitLiteral(lit, out);
                PyInstance fv = field(nest);
                if (out != null) {
                    out.add(fv);
                } else {
                    flush(tok);
                    parts.add(fv);
                }
                continue;
            }
            if (c == '}') {
                if (nest > 0) {
                    break;
                }
                if (i + 1 < end && b[i + 1] == '}') {
                    lit.write('}');
                    i += 2;
                    continue;
                }
                throw ps.syntax(tok, "f-string: single '}' is not allowed");
            }
            lit.write(c);
            i++;
        }
        emitLiteral(lit, out);
        return out == null ? List.of() : out;
    }

    private void emitLiteral(ByteArrayOutputStream lit, List<Object> out) {
        if (lit.size() == 0) {
            return;
        }
        String s = AstLiterals.str(lit.toString(StandardCharsets.UTF_8), raw);
        lit.reset();
        if (out != null) {
            if (!s.isEmpty()) {
                out.add(ps.make("Constant", "value", s, "kind", AstParserBase.NONE));
            }
        } else {
            literal(s);
        }
    }

    /** One replacement field at '{': expression, '=', conversion, format spec. */
    private PyInstance field(int nest) {
        int open = i;
        i++;
        int exprStart = i;
        int depth = 0;
        byte quote = 0;
        while (i < end) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '!' && (i + 1 >= end || b[i + 1] != '=') || c == ':')) {
                break;
            } else if (depth == 0 && c == '=' && i + 1 < end && b[i + 1] != '=' && "=!<>".indexOf(b[i - 1]) < 0) {
                break;
            }
            i++;
        }
        int exprEnd = i;
        if (exprEnd == exprStart || new String(b, exprStart, exprEnd - exprStart, StandardCharsets.UTF_8).isBlank()) {
            throw ps.syntax(tok, "f-string: empty expression not allowed");
        }
        PyInstance expr = expression(open, exprStart, exprEnd);
        long conversion = -1;
        if (i < end && b[i] == '=') {
            i++;
            String text = new String(b, exprStart, i - exprStart, StandardCharsets.UTF_8);
            int ws = i;
            while (ws < end && b[ws] == ' ') {
                ws++;
            }
            text += new String(b, i, ws - i, StandardCharsets.UTF_8);
            i = ws;
            if (nest == 0) {
                literal(text);
            }
            conversion = (i < end && (b[i] == '!' || b[i] == ':')) ? -1 : 'r';
        }
        if (i < end && b[i] == '!') {
            i++;
            conversion = b[i];
            i++;
        }
        Object spec = AstParserBase.NONE;
        if (i < end && b[i] == ':') {
            i++;
            List<Object> sp = body(nest + 1);
            PyInstance js = ps.make("JoinedStr", "values", AstParserBase.list(sp));
            // 3.11 places a format spec and its parts at the f-string token that holds them
            ps.pos(js, tok.line(), tok.col(), tok.eline(), tok.ecol());
            for (Object o : sp) {
                placeAll((PyInstance) o, tok.line(), tok.col(), tok.eline(), tok.ecol());
            }
            spec = js;
        }
        if (i >= end || b[i] != '}') {
            throw ps.syntax(tok, "f-string: expecting '}'");
        }
        i++;
        return ps.make("FormattedValue", "value", expr, "conversion", conversion, "format_spec", spec);
    }

    /** The expression between {@code from} and {@code to}, parsed with the positions 3.11 gives it. */
    private PyInstance expression(int brace, int from, int to) {
        int lines = 0;
        for (int k = tok.off(); k < brace; k++) {
            if (b[k] == '\n') {
                lines++;
            }
        }
        boolean newlineAfterBrace = true;
        for (int k = brace + 1; k < to && b[k] != '}' && b[k] != '\n'; k++) {
            if (b[k] != ' ' && b[k] != '\t' && b[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int k = brace;
            while (k > tok.off() && b[k] != '\n') {
                k--;
            }
            cols = brace - k;
            if (b[k] == '\n') {
                cols -= 1;
            }
        }
        byte[] text = new byte[to - from + 2];
        text[0] = '(';
        System.arraycopy(b, from, text, 1, to - from);
        text[text.length - 1] = ')';
        List<Tok> sub = new AstTokenizer(text, tok.line() + lines, lines == 0 ? tok.col() + cols : cols).tokenize();
        AstExprParser sp = ps.sub(sub, text);
        PyInstance e = sp.atom();
        if (!sp.at(K.NEWLINE) && !sp.at(K.END)) {
            throw ps.syntax(tok, "f-string: expecting '}'");
        }
        return e;
    }
}
