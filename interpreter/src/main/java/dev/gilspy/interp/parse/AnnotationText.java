package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Constants;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The text that {@code from __future__ import annotations} (PEP 563) stores for an annotation.
 * CPython unparses the expression's AST; this renders the annotation's tokens with the same
 * spacing ({@code a + b}, {@code f(x, y=1)}, {@code x[1:2]}, {@code {1: 2}}, unary {@code -1}),
 * constants by their repr. It keeps the source's own redundant parentheses, which CPython drops.
 */
final class AnnotationText {
    private AnnotationText() {}

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "lambda",
        "for", "async", "await", "yield");

    static String render(List<Token> tokens, int from, int to) {
        while (redundantParens(tokens, from, to)) {
            from++;
            to--;
        }
        StringBuilder sb = new StringBuilder();
        Deque<String> brackets = new ArrayDeque<>();
        Token prev = null;
        boolean prevUnary = false;
        int lambdas = 0;
        boolean colonInSlice = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String s = t.text();
            boolean op = t.kind() == Token.Kind.OP;
            if (t.kind() == Token.Kind.STRING && prev != null && prev.kind() == Token.Kind.STRING) {
                // adjacent literals are one constant: merge into the previous repr
                int start = sb.lastIndexOf(Constants.repr(prev.value()));
                Object merged = prev.value() + (String) t.value();
                sb.setLength(start);
                sb.append(Constants.repr(merged));
                prev = new Token(Token.Kind.STRING, s, merged, t.line(), t.col());
                continue;
            }
            boolean unary = op && List.of("-", "+", "~", "*", "**").contains(s) && (prev == null || opensOperand(prev));
            if (prev != null && spaceBefore(prev, prevUnary, t, colonInSlice)) {
                sb.append(' ');
            }
            colonInSlice = false;
            sb.append(text(t));
            if (op) {
                switch (s) {
                    case "(", "[", "{" -> brackets.push(s);
                    case ")", "]", "}" -> brackets.poll();
                    case ":" -> {
                        if (lambdas > 0) {
                            lambdas--;
                        } else {
                            colonInSlice = "[".equals(brackets.peek());
                        }
                    }
                    default -> { }
                }
            } else if (s.equals("lambda") && t.kind() == Token.Kind.NAME) {
                lambdas++;
            }
            prev = t;
            prevUnary = unary;
        }
        return sb.toString();
    }

    /** {@code (x)} around the whole annotation, without a top-level comma (that would be a tuple): unparse drops it. */
    private static boolean redundantParens(List<Token> tokens, int from, int to) {
        if (to - from < 3 || !tokens.get(from).is("(") || !tokens.get(to - 1).is(")")) {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.OP) {
                continue;
            }
            switch (t.text()) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> {
                    depth--;
                    if (depth == 0 && i < to - 1) {
                        return false;
                    }
                }
                case "," -> {
                    if (depth == 1) {
                        return false;
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    /** After this token an operator sign is unary. */
    private static boolean opensOperand(Token prev) {
        if (prev.kind() == Token.Kind.OP) {
            return !List.of(")", "]", "}").contains(prev.text());
        }
        return prev.kind() == Token.Kind.NAME && KEYWORDS.contains(prev.text());
    }

    private static boolean spaceBefore(Token prev, boolean prevUnary, Token cur, boolean colonInSlice) {
        String p = prev.text();
        String c = cur.text();
        boolean pOp = prev.kind() == Token.Kind.OP;
        boolean cOp = cur.kind() == Token.Kind.OP;
        if (cOp && List.of(",", ")", "]", "}", ".").contains(c)) {
            return false;
        }
        if (pOp && p.equals(",")) {
            return true;
        }
        if (cOp && c.equals(":")) {
            return false;
        }
        if (pOp && List.of(".", "(", "[", "{").contains(p)) {
            return false;
        }
        if (pOp && p.equals(":")) {
            return !colonInSlice;
        }
        if (cOp && (c.equals("(") || c.equals("[")) && !opensOperand(prev)) {
            return false;
        }
        if (prevUnary) {
            return false;
        }
        if (cOp && c.equals("=") || pOp && p.equals("=")) {
            return false;
        }
        return !(cOp && c.equals(":"));
    }

    private static String text(Token t) {
        Object v = t.value();
        return switch (t.kind()) {
            case STRING -> v instanceof String ? Constants.repr(v) : t.text();
            case FSTRING -> "f" + Constants.repr(t.text());
            case INT, FLOAT -> v instanceof Imaginary im ? Constants.repr(Constants.imaginary(im.value()))
                : v instanceof Long || v instanceof BigInteger || v instanceof Double ? Constants.repr(v) : t.text();
            default -> t.text();
        };
    }
}
