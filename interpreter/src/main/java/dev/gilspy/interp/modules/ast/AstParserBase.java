package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.modules.ast.AstTokenizer.K;
import dev.gilspy.interp.modules.ast.AstTokenizer.Tok;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import java.util.List;

/** The token cursor and the node-making helpers the {@code ast.parse} parser's layers share. */
abstract class AstParserBase {
    final AstNodes nodes;
    final List<Tok> toks;
    final byte[] src;
    int p;

    AstParserBase(AstNodes nodes, List<Tok> toks, byte[] src) {
        this.nodes = nodes;
        this.toks = toks;
        this.src = src;
    }

    static final Object NONE = PyNone.NONE;

    /** Thrown to back out of an alternative (a soft keyword, a target); never escapes the parser. */
    static final class Backtrack extends RuntimeException {
        Backtrack() { super(null, null, false, false); }
    }

    Tok tok() { return toks.get(p); }
    Tok peekTok(int d) { return toks.get(Math.min(p + d, toks.size() - 1)); }
    Tok prev() { return toks.get(p - 1); }
    Tok next() { return toks.get(p++); }
    boolean at(String s) { Tok t = tok(); return t.k() == K.OP && t.s().equals(s); }
    boolean atKw(String s) { Tok t = tok(); return t.k() == K.NAME && t.s().equals(s); }
    boolean at(K k) { return tok().k() == k; }

    boolean accept(String s) {
        if (at(s) || atKw(s)) {
            p++;
            return true;
        }
        return false;
    }

    Tok expect(String s) {
        if (!accept(s)) {
            throw syntax(tok(), at(K.END) || at(K.NEWLINE) && !s.equals(":") ? "invalid syntax" : "invalid syntax");
        }
        return prev();
    }

    AstSyntaxError syntax(Tok t, String msg) {
        return new AstSyntaxError(msg, t.line(), t.col() + 1);
    }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
        "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
        "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield");

    boolean atName() { return at(K.NAME) && !KEYWORDS.contains(tok().s()); }

    String name() {
        if (!atName()) {
            throw syntax(tok(), "invalid syntax");
        }
        return next().s();
    }

    // ---- nodes and positions

    PyInstance make(String cls, Object... kv) {
        return nodes.make(cls, kv);
    }

    /** Sets the node's position from token {@code s} to the end of the last token taken. */
    <T extends PyInstance> T fin(T n, Tok s) {
        Tok e = prev();
        return pos(n, s.line(), s.col(), e.eline(), e.ecol());
    }

    <T extends PyInstance> T pos(T n, int l, int c, int el, int ec) {
        n.putDictAttr("lineno", (long) l);
        n.putDictAttr("col_offset", (long) c);
        n.putDictAttr("end_lineno", (long) el);
        n.putDictAttr("end_col_offset", (long) ec);
        return n;
    }

    /** Sets the node's position from node {@code a}'s start to node {@code b}'s end. */
    <T extends PyInstance> T span(T n, Object a, Object b) {
        return pos(n, AstNodes.i(a, "lineno"), AstNodes.i(a, "col_offset"), AstNodes.i(b, "end_lineno"),
            AstNodes.i(b, "end_col_offset"));
    }

    /** Starts at node {@code a}, ends at the last token taken. */
    <T extends PyInstance> T from(T n, Object a) {
        Tok e = prev();
        return pos(n, AstNodes.i(a, "lineno"), AstNodes.i(a, "col_offset"), e.eline(), e.ecol());
    }

    static PyList list(List<Object> items) {
        return new PyList(items.toArray());
    }

    static PyList list() {
        return new PyList();
    }
}
