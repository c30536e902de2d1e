package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.modules.ast.AstTokenizer.K;
import dev.gilspy.interp.modules.ast.AstTokenizer.Tok;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import java.util.ArrayList;
import java.util.List;

/** The {@code match} statement (a soft keyword) and its patterns (PEP 634), to {@code _ast} nodes. */
final class AstPatterns {
    private final AstParser ps;

    AstPatterns(AstParser ps) {
        this.ps = ps;
    }

    /** The match statement at the cursor, or null (the cursor unmoved) when 'match' is a name here. */
    PyInstance tryMatch() {
        int save = ps.p;
        Tok s = ps.next();
        PyInstance subject;
        try {
            Tok ss = ps.tok();
            PyInstance first = ps.starNamed();
            if (ps.at(",")) {
                List<Object> elts = new ArrayList<>(List.of(first));
                while (ps.accept(",")) {
                    if (ps.at(":")) {
                        break;
                    }
                    elts.add(ps.starNamed());
                }
                first = ps.fin(ps.make("Tuple", "elts", AstParserBase.list(elts), "ctx", ps.ctx("Load")), ss);
            }
            subject = first;
            if (!ps.at(":") || ps.peekTok(1).k() != K.NEWLINE || ps.peekTok(2).k() != K.INDENT || !ps.peekTok(3).is("case")) {
                throw new AstParserBase.Backtrack();
            }
        } catch (AstSyntaxError | AstParserBase.Backtrack e) {
            ps.p = save;
            return null;
        }
        ps.next();
        ps.next();
        ps.next();
        List<Object> cases = new ArrayList<>();
        while (ps.atKw("case")) {
            ps.next();
            PyInstance pat = patterns();
            Object guard = ps.accept("if") ? ps.namedExpression() : AstParserBase.NONE;
            PyList body = blockOf();
            cases.add(ps.make("match_case", "pattern", pat, "guard", guard, "body", body));
        }
        if (ps.at(K.DEDENT)) {
            ps.next();
        }
        return ps.endAtLast(ps.make("Match", "subject", subject, "cases", AstParserBase.list(cases)), s);
    }

    private PyList blockOf() {
        return ps.blockForPatterns();
    }

    private PyInstance patterns() {
        Tok s = ps.tok();
        PyInstance first = maybeStar();
        if (!ps.at(",")) {
            return first;
        }
        List<Object> pats = new ArrayList<>(List.of(first));
        while (ps.accept(",")) {
            if (ps.at(":") || ps.atKw("if")) {
                break;
            }
            pats.add(maybeStar());
        }
        return ps.fin(ps.make("MatchSequence", "patterns", AstParserBase.list(pats)), s);
    }

    private PyInstance maybeStar() {
        if (ps.at("*")) {
            Tok s = ps.next();
            String n = ps.name();
            return ps.fin(ps.make("MatchStar", "name", n.equals("_") ? AstParserBase.NONE : n), s);
        }
        return pattern();
    }

    private PyInstance pattern() {
        Tok s = ps.tok();
        PyInstance or = orPattern();
        if (ps.accept("as")) {
            String n = ps.name();
            return ps.fin(ps.make("MatchAs", "pattern", or, "name", n), s);
        }
        return or;
    }

    private PyInstance orPattern() {
        Tok s = ps.tok();
        PyInstance first = closed();
        if (!ps.at("|")) {
            return first;
        }
        List<Object> alts = new ArrayList<>(List.of(first));
        while (ps.accept("|")) {
            alts.add(closed());
        }
        return ps.fin(ps.make("MatchOr", "patterns", AstParserBase.list(alts)), s);
    }

    private PyInstance closed() {
        Tok s = ps.tok();
        if (s.k() == K.NAME) {
            switch (s.s()) {
                case "None": ps.next(); return ps.fin(ps.make("MatchSingleton", "value", AstParserBase.NONE), s);
                case "True": ps.next(); return ps.fin(ps.make("MatchSingleton", "value", true), s);
                case "False": ps.next(); return ps.fin(ps.make("MatchSingleton", "value", false), s);
                default: break;
            }
            PyInstance nameExpr = dotted();
            if (ps.at("(")) {
                return classPattern(nameExpr, s);
            }
            if (nameExpr.cls.name.equals("Attribute")) {
                return ps.fin(ps.make("MatchValue", "value", nameExpr), s);
            }
            String n = (String) nameExpr.getDictAttr("id");
            return ps.fin(ps.make("MatchAs", "pattern", AstParserBase.NONE, "name", n.equals("_") ? AstParserBase.NONE : n), s);
        }
        if (s.k() == K.NUMBER || s.k() == K.STRING || s.is("-")) {
            PyInstance v = ps.sum();
            return ps.fin(ps.make("MatchValue", "value", v), s);
        }
        if (s.is("(") || s.is("[")) {
            ps.next();
            String close = s.is("(") ? ")" : "]";
            if (ps.accept(close)) {
                return ps.fin(ps.make("MatchSequence", "patterns", AstParserBase.list()), s);
            }
            PyInstance first = maybeStar();
            if (s.is("(") && ps.accept(")")) {
                if (first.cls.name.equals("MatchStar")) {
                    return ps.fin(ps.make("MatchSequence", "patterns", new PyList(new Object[] {first})), s);
                }
                return first;
            }
            List<Object> pats = new ArrayList<>(List.of(first));
            while (ps.accept(",")) {
                if (ps.at(close)) {
                    break;
                }
                pats.add(maybeStar());
            }
            ps.expect(close);
            return ps.fin(ps.make("MatchSequence", "patterns", AstParserBase.list(pats)), s);
        }
        if (s.is("{")) {
            ps.next();
            List<Object> keys = new ArrayList<>();
            List<Object> pats = new ArrayList<>();
            Object rest = AstParserBase.NONE;
            while (!ps.at("}")) {
                if (ps.accept("**")) {
                    rest = ps.name();
                } else {
                    Tok ks = ps.tok();
                    PyInstance key = ks.k() == K.NAME && !ks.is("None") && !ks.is("True") && !ks.is("False") ? dotted()
                        : ps.sum();
                    keys.add(key);
                    ps.expect(":");
                    pats.add(pattern());
                }
                if (!ps.accept(",")) {
                    break;
                }
            }
            ps.expect("}");
            return ps.fin(ps.make("MatchMapping", "keys", AstParserBase.list(keys), "patterns", AstParserBase.list(pats),
                "rest", rest), s);
        }
        throw ps.syntax(s, "invalid syntax");
    }

    private PyInstance dotted() {
        Tok s = ps.tok();
        String n = ps.name();
        PyInstance e = ps.fin(ps.make("Name", "id", n, "ctx", ps.ctx("Load")), s);
        while (ps.accept(".")) {
            String a = ps.name();
            e = ps.fin(ps.make("Attribute", "value", e, "attr", a, "ctx", ps.ctx("Load")), s);
        }
        return e;
    }

    private PyInstance classPattern(PyInstance cls, Tok s) {
        ps.expect("(");
        List<Object> pats = new ArrayList<>();
        List<Object> kwNames = new ArrayList<>();
        List<Object> kwPats = new ArrayList<>();
        while (!ps.at(")")) {
            if (ps.atName() && ps.peekTok(1).is("=")) {
                kwNames.add(ps.next().s());
                ps.next();
                kwPats.add(pattern());
            } else {
                pats.add(pattern());
            }
            if (!ps.accept(",")) {
                break;
            }
        }
        ps.expect(")");
        return ps.fin(ps.make("MatchClass", "cls", cls, "patterns", AstParserBase.list(pats), "kwd_attrs",
            AstParserBase.list(kwNames), "kwd_patterns", AstParserBase.list(kwPats)), s);
    }
}
