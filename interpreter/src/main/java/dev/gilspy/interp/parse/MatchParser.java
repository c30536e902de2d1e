package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.MatchStmt;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code match} statement's grammar (PEP 634), kept beside {@link Parser} so the statement
 * parser only has to recognise the soft keyword. {@code match} and {@code case} stay ordinary
 * names everywhere else.
 */
final class MatchParser {
    private final Parser p;
    /** Names captured by the pattern being parsed, for "multiple assignments" errors. */
    private Set<String> captured = new HashSet<>();

    MatchParser(Parser p) { this.p = p; }

    /**
     * True when the line starting at the current {@code match} name is a match statement: its
     * tokens end, outside brackets, with {@code :} and the next line is indented.
     */
    static boolean atMatchStatement(Parser p) {
        Token first = p.peek(1);
        if (first.kind() == Token.Kind.NEWLINE || first.kind() == Token.Kind.EOF
            || first.kind() == Token.Kind.OP && List.of("=", ".", ",", ":", ")", "]", "}", ";").contains(first.text())
            || first.kind() == Token.Kind.OP && first.text().endsWith("=") && !first.text().equals("==")) {
            return false;
        }
        int depth = 0;
        for (int k = 1; ; k++) {
            Token t = p.peek(k);
            if (t.kind() == Token.Kind.EOF) {
                return false;
            }
            if (t.kind() == Token.Kind.OP) {
                switch (t.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth--;
                    default -> { }
                }
            }
            if (t.kind() == Token.Kind.NEWLINE && depth <= 0) {
                Token prev = p.peek(k - 1);
                return prev.kind() == Token.Kind.OP && prev.text().equals(":") && p.peek(k + 1).kind() == Token.Kind.INDENT;
            }
        }
    }

    Stmt matchStmt() {
        Token t = p.next();
        Expr subject = p.testListStarExpr();
        p.expect(":");
        if (!p.at(Token.Kind.NEWLINE)) {
            throw p.error(p.peek(), "invalid syntax");
        }
        p.next();
        if (!p.at(Token.Kind.INDENT)) {
            throw new SyntaxError("IndentationError", "expected an indented block after 'match' statement on line "
                + t.line(), p.file, p.peek().line(), p.peek().col(), p.lineText(p.peek().line()));
        }
        p.next();
        List<MatchStmt.Pattern> patterns = new ArrayList<>();
        List<Expr> guards = new ArrayList<>();
        List<Stmt> bodies = new ArrayList<>();
        Token lastIrrefutable = null;
        String irrefutableMsg = null;
        while (!p.at(Token.Kind.DEDENT) && !p.at(Token.Kind.EOF)) {
            if (p.at(Token.Kind.NEWLINE)) {
                p.next();
                continue;
            }
            Token c = p.peek();
            if (c.kind() != Token.Kind.NAME || !c.text().equals("case")) {
                throw p.error(c, "invalid syntax");
            }
            if (lastIrrefutable != null) {
                throw p.error(lastIrrefutable, irrefutableMsg);
            }
            p.next();
            captured = new HashSet<>();
            Token patStart = p.peek();
            MatchStmt.Pattern pat = topPattern();
            Expr guard = p.accept("if") ? p.namedExprTest() : null;
            if (guard == null && pat.irrefutable()) {
                lastIrrefutable = patStart;
                irrefutableMsg = pat.unreachableMessage();
            }
            p.blockOwner = "'case' statement on line " + c.line();
            patterns.add(pat);
            guards.add(guard);
            bodies.add(p.block());
        }
        p.accept(Token.Kind.DEDENT);
        if (patterns.isEmpty()) {
            throw p.error(t, "invalid syntax");
        }
        MatchStmt s = new MatchStmt(subject, patterns.toArray(new MatchStmt.Pattern[0]), guards.toArray(new Expr[0]),
            bodies.toArray(new Stmt[0]), p.scope.newState());
        p.scope.resumables.add(s);
        return p.at(s, t);
    }

    /** {@code case a, *b:} is a sequence without brackets. */
    private MatchStmt.Pattern topPattern() {
        MatchStmt.Pattern first = p.atOp("*") ? null : asPattern();
        if (first != null && !p.atOp(",")) {
            return first;
        }
        return sequenceRest(first, "");
    }

    /** The items of a sequence pattern after {@code first} (null: none parsed yet) up to {@code close}. */
    private MatchStmt.Pattern sequenceRest(MatchStmt.Pattern first, String close) {
        List<MatchStmt.Pattern> items = new ArrayList<>();
        int star = -1;
        Target starTarget = null;
        if (first != null) {
            items.add(first);
            if (!p.accept(",")) {
                return new MatchStmt.Sequence(items.toArray(new MatchStmt.Pattern[0]), -1, null);
            }
        }
        while (!endOfSequence(close)) {
            if (p.atOp("*")) {
                Token st = p.next();
                if (star >= 0) {
                    throw p.error(st, "multiple starred names in sequence pattern");
                }
                star = items.size();
                String n = p.expectName();
                starTarget = n.equals("_") ? null : capture(n, st);
                items.add(new MatchStmt.Wildcard());
            } else {
                items.add(asPattern());
            }
            if (!p.accept(",")) {
                break;
            }
        }
        return new MatchStmt.Sequence(items.toArray(new MatchStmt.Pattern[0]), star, starTarget);
    }

    private boolean endOfSequence(String close) {
        return close.isEmpty() ? p.at("if") || p.atOp(":") : p.atOp(close);
    }

    private MatchStmt.Pattern asPattern() {
        MatchStmt.Pattern pat = orPattern();
        if (p.at("as")) {
            Token as = p.next();
            String n = p.expectName();
            if (n.equals("_")) {
                throw p.error(as, "cannot use '_' as a target");
            }
            return new MatchStmt.Capture(pat, capture(n, as));
        }
        return pat;
    }

    private MatchStmt.Pattern orPattern() {
        Token start = p.peek();
        Set<String> before = captured;
        captured = new HashSet<>(before);
        MatchStmt.Pattern first = closedPattern();
        if (!p.atOp("|")) {
            before.addAll(captured);
            captured = before;
            return first;
        }
        Set<String> firstNames = captured;
        List<MatchStmt.Pattern> alts = new ArrayList<>(List.of(first));
        while (p.accept("|")) {
            if (alts.get(alts.size() - 1).irrefutable()) {
                throw p.error(start, alts.get(alts.size() - 1).unreachableMessage());
            }
            captured = new HashSet<>(before);
            Token altTok = p.peek();
            alts.add(closedPattern());
            if (!captured.equals(firstNames)) {
                throw p.error(altTok, "alternative patterns bind different names");
            }
        }
        captured = firstNames;
        return new MatchStmt.Or(alts.toArray(new MatchStmt.Pattern[0]));
    }

    private MatchStmt.Pattern closedPattern() {
        Token t = p.peek();
        switch (t.kind()) {
            case INT, FLOAT:
                return new MatchStmt.Value(p.arith(), false);
            case STRING, BYTES:
                return new MatchStmt.Value(p.strings(), false);
            case NAME:
                return namePattern(t);
            case OP:
                switch (t.text()) {
                    case "-": return new MatchStmt.Value(p.arith(), false);
                    case "(": {
                        p.next();
                        if (p.accept(")")) {
                            return new MatchStmt.Sequence(new MatchStmt.Pattern[0], -1, null);
                        }
                        if (p.atOp("*")) {
                            MatchStmt.Pattern s = sequenceRest(null, ")");
                            p.expect(")");
                            return s;
                        }
                        MatchStmt.Pattern inner = asPattern();
                        if (p.atOp(",")) {
                            MatchStmt.Pattern s = sequenceRest(inner, ")");
                            p.expect(")");
                            return s;
                        }
                        p.expect(")");
                        return inner;
                    }
                    case "[": {
                        p.next();
                        MatchStmt.Pattern s = sequenceRest(null, "]");
                        p.expect("]");
                        return s;
                    }
                    case "{": return mappingPattern();
                    default: break;
                }
                break;
            default:
                break;
        }
        throw p.error(t, "invalid syntax");
    }

    private MatchStmt.Pattern namePattern(Token t) {
        switch (t.text()) {
            case "None", "True", "False": return new MatchStmt.Value(p.atom(), true);
            default: break;
        }
        p.next();
        Expr e = p.scope.ref(t.text(), t.line());
        boolean dotted = false;
        while (p.atOp(".")) {
            p.next();
            e = p.at(new Exprs.Attribute(e, p.expectName()), t);
            dotted = true;
        }
        if (p.atOp("(")) {
            return classPattern(e);
        }
        if (dotted) {
            return new MatchStmt.Value(e, false);
        }
        if (t.text().equals("_")) {
            return new MatchStmt.Wildcard();
        }
        return new MatchStmt.Capture(null, capture(t.text(), t));
    }

    private MatchStmt.Pattern classPattern(Expr cls) {
        p.expect("(");
        List<MatchStmt.Pattern> pos = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<MatchStmt.Pattern> kwPats = new ArrayList<>();
        while (!p.atOp(")")) {
            Token t = p.peek();
            if (t.kind() == Token.Kind.NAME && p.peek(1).kind() == Token.Kind.OP && p.peek(1).text().equals("=")) {
                p.next();
                p.next();
                if (kwNames.contains(t.text())) {
                    throw p.error(t, "attribute name repeated in class pattern: " + t.text());
                }
                kwNames.add(t.text());
                kwPats.add(asPattern());
            } else {
                if (!kwNames.isEmpty()) {
                    throw p.error(t, "positional patterns follow keyword patterns");
                }
                pos.add(asPattern());
            }
            if (!p.accept(",")) {
                break;
            }
        }
        p.expect(")");
        return new MatchStmt.ClassPattern(cls, pos.toArray(new MatchStmt.Pattern[0]), kwNames.toArray(new String[0]),
            kwPats.toArray(new MatchStmt.Pattern[0]));
    }

    private MatchStmt.Pattern mappingPattern() {
        p.expect("{");
        List<Expr> keys = new ArrayList<>();
        List<MatchStmt.Pattern> values = new ArrayList<>();
        Target rest = null;
        while (!p.atOp("}")) {
            if (p.atOp("**")) {
                Token st = p.next();
                rest = capture(p.expectName(), st);
                p.accept(",");
                if (!p.atOp("}")) {
                    throw p.error(p.peek(), "invalid syntax");
                }
                break;
            }
            keys.add(mappingKey());
            p.expect(":");
            values.add(asPattern());
            if (!p.accept(",")) {
                break;
            }
        }
        p.expect("}");
        return new MatchStmt.Mapping(keys.toArray(new Expr[0]), values.toArray(new MatchStmt.Pattern[0]), rest);
    }

    private Expr mappingKey() {
        Token t = p.peek();
        if (t.kind() == Token.Kind.NAME && !List.of("None", "True", "False").contains(t.text())) {
            p.next();
            Expr e = p.scope.ref(t.text(), t.line());
            if (!p.atOp(".")) {
                throw p.error(t, "mapping pattern keys may only match literals and attribute lookups");
            }
            while (p.accept(".")) {
                e = p.at(new Exprs.Attribute(e, p.expectName()), t);
            }
            return e;
        }
        if (t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.BYTES) {
            return p.strings();
        }
        if (t.kind() == Token.Kind.NAME) {
            return p.atom();
        }
        return p.arith();
    }

    private Target capture(String name, Token t) {
        if (!captured.add(name)) {
            throw p.error(t, "multiple assignments to name '" + name + "' in pattern");
        }
        return p.toTarget(p.scope.ref(name, t.line()), t);
    }
}
