package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code complex}'s constructor and methods ({@link PyComplex}). */
final class ComplexMethods {
    private ComplexMethods() {}

    static void install() {
        PyType c = Types.COMPLEX;
        c.ctor = (t, cls, a, k) -> {
            PyComplex v = construct(t, BuiltinArgs.get(a, k, 0, "real", null), BuiltinArgs.get(a, k, 1, "imag", null));
            return cls == Types.COMPLEX ? v : new PyValueSub(cls, v);
        };
        def(c, "__repr__", (t, a, k) -> self(a[0]).repr());
        def(c, "__str__", (t, a, k) -> self(a[0]).repr());
        def(c, "__format__", (t, a, k) -> format(self(a[0]), BuiltinArgs.str(a[1], "format")));
        def(c, "__abs__", (t, a, k) -> self(a[0]).abs());
        def(c, "__neg__", (t, a, k) -> new PyComplex(-self(a[0]).re, -self(a[0]).im));
        def(c, "__pos__", (t, a, k) -> self(a[0]));
        def(c, "__bool__", (t, a, k) -> self(a[0]).re != 0.0 || self(a[0]).im != 0.0);
        def(c, "__hash__", (t, a, k) -> self(a[0]).hash());
        def(c, "__complex__", (t, a, k) -> self(a[0]));
        def(c, "__getnewargs__", (t, a, k) -> new PyTuple(new Object[] {self(a[0]).re, self(a[0]).im}));
        def(c, "conjugate", (t, a, k) -> new PyComplex(self(a[0]).re, -self(a[0]).im));
        def(c, "__eq__", (t, a, k) -> {
            Object r = PyComplex.equal(a[0], a[1]);
            return r == null ? Types.NOT_IMPLEMENTED : r;
        });
        def(c, "__ne__", (t, a, k) -> {
            Object r = PyComplex.equal(a[0], a[1]);
            return r == null ? Types.NOT_IMPLEMENTED : !(Boolean) r;
        });
        for (BinOp op : new BinOp[] {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.TRUEDIV, BinOp.POW}) {
            def(c, op.dunder, (t, a, k) -> orNotImpl(PyComplex.binop(op, a[0], a[1])));
            def(c, op.rdunder, (t, a, k) -> orNotImpl(PyComplex.binop(op, a[1], a[0])));
        }
    }

    private static Object orNotImpl(Object r) {
        return r == null ? Types.NOT_IMPLEMENTED : r;
    }

    private static PyComplex self(Object o) {
        return (PyComplex) PyValueSub.unwrap(o);
    }

    /** {@code complex(real, imag)}, each part a number, a complex, or (only alone) a string. */
    static PyComplex construct(PyThread t, Object real, Object imag) {
        if (real == null) {
            real = 0L;
        }
        if (real instanceof String s) {
            if (imag != null) {
                throw Err.type("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (imag instanceof String) {
            throw Err.type("complex() second arg can't be a string");
        }
        PyComplex r = toComplex(t, real, "first");
        if (imag == null) {
            return r;
        }
        PyComplex i = toComplex(t, imag, "second");
        // as complex_new: a part given as a real number contributes no imaginary zero (keeps -0.0)
        boolean rc = PyValueSub.unwrap(real) instanceof PyComplex;
        boolean ic = PyValueSub.unwrap(imag) instanceof PyComplex;
        return new PyComplex(ic ? r.re - i.im : r.re, rc ? i.re + r.im : i.re);
    }

    static PyComplex toComplex(PyThread t, Object o, String which) {
        PyComplex c = PyComplex.of(o);
        if (c != null) {
            return c;
        }
        Object m = Ops.typeOf(o).lookup("__complex__");
        if (m != null) {
            Object r = SpecialMethods.call(t, m, new Object[] {o});
            if (!(PyValueSub.unwrap(r) instanceof PyComplex rc)) {
                throw Err.type("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
            }
            return rc;
        }
        if (Ops.typeOf(o).lookup("__float__") != null || Ops.typeOf(o).lookup("__index__") != null) {
            return new PyComplex(Ops.toDouble(o), 0.0);
        }
        throw Err.type("complex() " + which + " argument must be a string or a number, not '" + Ops.typeName(o) + "'");
    }

    /** The string forms {@code complex()} accepts: {@code 1}, {@code 2j}, {@code 1-2.5e3j}, {@code (j)}, {@code -inf+nanj}. */
    static PyComplex parse(String s) {
        String x = s.strip();
        if (x.startsWith("(") && x.endsWith(")")) {
            x = x.substring(1, x.length() - 1).strip();
        }
        int n = x.length();
        int e1 = scanNumber(x, 0);
        if (e1 == n && e1 > 0 && hasDigits(x, 0, e1)) {
            return new PyComplex(num(x.substring(0, e1)), 0.0);
        }
        if (e1 == n - 1 && isJ(x.charAt(e1))) {
            return new PyComplex(0.0, unitOr(x.substring(0, e1)));
        }
        if (e1 > 0 && hasDigits(x, 0, e1) && e1 < n && (x.charAt(e1) == '+' || x.charAt(e1) == '-')) {
            int e2 = scanNumber(x, e1);
            if (e2 == n - 1 && isJ(x.charAt(e2))) {
                return new PyComplex(num(x.substring(0, e1)), unitOr(x.substring(e1, e2)));
            }
        }
        throw Err.value("complex() arg is a malformed string");
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    private static boolean hasDigits(String x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(x.charAt(i)) || Character.isLetter(x.charAt(i)) && !isJ(x.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An imaginary coefficient: empty, {@code +} or {@code -} alone mean 1 or -1. */
    private static double unitOr(String t) {
        if (t.isEmpty() || t.equals("+")) {
            return 1.0;
        }
        if (t.equals("-")) {
            return -1.0;
        }
        if (!hasDigits(t, 0, t.length())) {
            throw Err.value("complex() arg is a malformed string");
        }
        return num(t);
    }

    /** The end of the longest float literal (with sign, underscores between digits, inf/nan) starting at {@code i}. */
    private static int scanNumber(String x, int i) {
        int n = x.length();
        if (i < n && (x.charAt(i) == '+' || x.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (x.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int start = i;
        i = digits(x, i);
        if (i < n && x.charAt(i) == '.') {
            i = digits(x, i + 1);
        }
        if (i == start || i == start + 1 && x.charAt(start) == '.') {
            return start;
        }
        if (i < n && (x.charAt(i) == 'e' || x.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (x.charAt(j) == '+' || x.charAt(j) == '-')) {
                j++;
            }
            int k = digits(x, j);
            if (k > j) {
                i = k;
            }
        }
        return i;
    }

    private static int digits(String x, int i) {
        int n = x.length();
        while (i < n && (Character.isDigit(x.charAt(i)) || x.charAt(i) == '_' && i + 1 < n && Character.isDigit(x.charAt(i + 1))
            && i > 0 && Character.isDigit(x.charAt(i - 1)))) {
            i++;
        }
        return i;
    }

    private static double num(String s) {
        String t = s.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean neg = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        double v = body.startsWith("inf") ? Double.POSITIVE_INFINITY : body.equals("nan") ? Double.NaN : Double.parseDouble(body);
        return neg ? -v : v;
    }

    /** In a holder: compiled by the first complex format, not by every process's start-up. */
    private static final class Spec {
        static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([eEfFgGn%])?", Pattern.DOTALL);
    }

    /** {@code format(z, spec)} as CPython's format_complex_internal. */
    static String format(PyComplex z, String spec) {
        if (spec.isEmpty()) {
            return z.repr();
        }
        Matcher m = Spec.SPEC.matcher(spec);
        if (!m.matches()) {
            throw Err.value("Invalid format specifier '" + spec + "' for object of type 'complex'");
        }
        if (m.group(6) != null) {
            throw Err.value("Zero padding is not allowed in complex format specifier");
        }
        if ("=".equals(m.group(2))) {
            throw Err.value("'=' alignment flag is not allowed in complex format specifier");
        }
        String type = m.group(10);
        if ("%".equals(type)) {
            throw Err.value("Unknown format code '%' for object of type 'complex'");
        }
        String sign = m.group(3) == null ? "" : m.group(3);
        String alt = m.group(5) == null ? "" : "#";
        String grouping = m.group(8) == null ? "" : m.group(8);
        String prec = m.group(9) == null ? "" : "." + m.group(9);
        boolean skipRe = false;
        boolean parens = false;
        String reS;
        String imS;
        if (type == null) {
            skipRe = z.re == 0.0 && Math.copySign(1.0, z.re) == 1.0;
            parens = !skipRe;
            if (prec.isEmpty()) {
                reS = signed(PyComplex.part(z.re), sign);
                imS = signed(PyComplex.part(z.im), skipRe ? sign : "+");
            } else {
                reS = Formatting.formatValue(z.re, sign + alt + grouping + prec + "g");
                imS = Formatting.formatValue(z.im, (skipRe ? sign : "+") + alt + grouping + prec + "g");
            }
        } else {
            reS = Formatting.formatValue(z.re, sign + alt + grouping + prec + type);
            imS = Formatting.formatValue(z.im, "+" + alt + grouping + prec + type);
        }
        String body = (parens ? "(" : "") + (skipRe ? "" : reS) + imS + "j" + (parens ? ")" : "");
        int width = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        String fill = m.group(1) == null ? " " : m.group(1);
        char align = m.group(2) == null ? '>' : m.group(2).charAt(0);
        int pad = width - body.codePointCount(0, body.length());
        if (pad <= 0) {
            return body;
        }
        return switch (align) {
            case '<' -> body + fill.repeat(pad);
            case '^' -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> fill.repeat(pad) + body;
        };
    }

    private static String signed(String s, String sign) {
        if (s.startsWith("-") || sign.isEmpty() || sign.equals("-")) {
            return s;
        }
        return sign + s;
    }
}
