package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Seq;
import dev.gilspy.interp.runtime.SpecialMethods;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code _operator} ({@code Modules/_operator.c}): the operators as functions, and the
 * {@code itemgetter}/{@code attrgetter}/{@code methodcaller} callables that sort keys use.
 * {@code operator.py} imports all of it over its pure-Python definitions.
 */
public final class OperatorModule {
    private OperatorModule() {}

    /** itemgetter, attrgetter and methodcaller: a callable with its arguments and its repr. */
    static final class Getter extends NativeObj {
        final Object[] items;
        final String method;
        final Object[] args;
        final String[] kwnames;

        Getter(PyType cls, Object[] items, String method, Object[] args, String[] kwnames) {
            super(cls);
            this.items = items;
            this.method = method;
            this.args = args;
            this.kwnames = kwnames;
        }
    }

    static final PyType ITEMGETTER = NativeTypes.newType("itemgetter", "operator", null, (t, cls, a, k) -> {
        noKw("itemgetter", k);
        if (a.length == 0) {
            throw Err.type("itemgetter expected 1 argument, got 0");
        }
        return new Getter(cls, a.clone(), null, null, null);
    });
    static final PyType ATTRGETTER = NativeTypes.newType("attrgetter", "operator", null, (t, cls, a, k) -> {
        noKw("attrgetter", k);
        if (a.length == 0) {
            throw Err.type("attrgetter expected 1 argument, got 0");
        }
        for (Object x : a) {
            if (!(x instanceof String)) {
                throw Err.type("attribute name must be a string");
            }
        }
        return new Getter(cls, a.clone(), null, null, null);
    });
    static final PyType METHODCALLER = NativeTypes.newType("methodcaller", "operator", null, (t, cls, a, k) -> {
        int npos = BuiltinArgs.npos(a, k);
        if (npos < 1) {
            throw Err.type("methodcaller needs at least one argument, the method name");
        }
        if (!(a[0] instanceof String name)) {
            throw Err.type("method name must be a string");
        }
        return new Getter(cls, null, name, Arrays.copyOfRange(a, 1, a.length), k);
    });

    private static void noKw(String fn, String[] k) {
        if (k != null && k.length > 0) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
    }

    private static Object dotted(Object obj, String name) {
        for (String part : name.split("\\.", -1)) {
            obj = Ops.getattr(obj, part);
        }
        return obj;
    }

    private static Object getterCall(PyThread t, Getter g, Object[] a, String[] k) {
        if (a.length != 2 || k != null) {
            throw Err.type(g.type().name + " expected 1 argument, got " + (a.length - 1));
        }
        Object obj = a[1];
        if (g.type() == ITEMGETTER) {
            if (g.items.length == 1) {
                return Ops.getitem(obj, g.items[0]);
            }
            Object[] r = new Object[g.items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Ops.getitem(obj, g.items[i]);
            }
            return new PyTuple(r);
        }
        if (g.items.length == 1) {
            return dotted(obj, (String) g.items[0]);
        }
        Object[] r = new Object[g.items.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = dotted(obj, (String) g.items[i]);
        }
        return new PyTuple(r);
    }

    private static String getterRepr(Getter g) {
        List<String> parts = new ArrayList<>();
        if (g.method != null) {
            parts.add(StrRepr.repr(g.method));
            int npos = g.args.length - (g.kwnames == null ? 0 : g.kwnames.length);
            for (int i = 0; i < npos; i++) {
                parts.add(StrRepr.repr(g.args[i]));
            }
            for (int i = 0; g.kwnames != null && i < g.kwnames.length; i++) {
                parts.add(g.kwnames[i] + "=" + StrRepr.repr(g.args[npos + i]));
            }
        } else {
            for (Object x : g.items) {
                parts.add(StrRepr.repr(x));
            }
        }
        return "operator." + g.type().name + "(" + String.join(", ", parts) + ")";
    }

    static {
        for (PyType T : new PyType[] {ITEMGETTER, ATTRGETTER}) {
            NativeTypes.def(T, "__call__", (t, a, k) -> getterCall(t, (Getter) a[0], a, k));
            NativeTypes.def(T, "__repr__", (t, a, k) -> getterRepr((Getter) a[0]));
            NativeTypes.def(T, "__reduce__", (t, a, k) -> PyTuple.of(T, new PyTuple(((Getter) a[0]).items)));
            NativeTypes.ready(T);
        }
        NativeTypes.def(METHODCALLER, "__call__", (t, a, k) -> {
            Getter g = (Getter) a[0];
            if (a.length != 2 || k != null) {
                throw Err.type("methodcaller expected 1 argument, got " + (a.length - 1));
            }
            return Ops.call(t, Ops.getattr(a[1], g.method), g.args, g.kwnames);
        });
        NativeTypes.def(METHODCALLER, "__repr__", (t, a, k) -> getterRepr((Getter) a[0]));
        NativeTypes.ready(METHODCALLER);
    }

    // ------------------------------------------------------------------ the functions

    private static Object unary(Object v, String dunder, String sym) {
        if (dunder.equals("__neg__")) {
            if (v instanceof Long l) {
                return l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) (-l);
            }
            if (v instanceof Double d) {
                return -d;
            }
            if (v instanceof Boolean b) {
                return b ? -1L : 0L;
            }
            if (v instanceof BigInteger b) {
                return Ops.normalize(b.negate());
            }
        } else if (dunder.equals("__pos__")) {
            if (v instanceof Long || v instanceof Double || v instanceof BigInteger) {
                return v;
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
        } else {
            if (v instanceof Long l) {
                return ~l;
            }
            if (v instanceof Boolean b) {
                return b ? -2L : -1L;
            }
            if (v instanceof BigInteger b) {
                return Ops.normalize(b.not());
            }
        }
        Object m = Ops.typeOf(v).lookup(dunder);
        if (m == null) {
            throw Err.type("bad operand type for unary " + sym + ": '" + Ops.typeName(v) + "'");
        }
        return Ops.call(PyThread.current(), m, new Object[] {v}, null);
    }

    /** The {@code is} operator as the evaluator decides it (small ints and 1-char strs are shared). */
    private static boolean same(Object a, Object b) {
        return a == b || (a instanceof Boolean && a.equals(b))
            || (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue() && x >= -5 && x <= 256)
            || (a instanceof String p && b instanceof String q && p.equals(q) && p.length() <= 1);
    }

    private static Object index(Object v) {
        if (Ops.isInt(v)) {
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }
        Object m = Ops.typeOf(v).lookup("__index__");
        if (m == null) {
            throw Err.type("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return Ops.call(PyThread.current(), m, new Object[] {v}, null);
    }

    private static boolean isSequence(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyBytes
            || Ops.typeOf(o).lookup("__getitem__") != null && !(o instanceof dev.gilspy.interp.runtime.PyDict);
    }

    private static Object lengthHint(PyThread t, Object o, long def) {
        try {
            return Ops.len(o);
        } catch (PyException e) {
            if (!Err.matches(e, Types.TypeError)) {
                throw e;
            }
        }
        Object m = Ops.typeOf(o).lookup("__length_hint__");
        if (m == null) {
            return def;
        }
        Object r;
        try {
            r = SpecialMethods.call(t, m, new Object[] {o});
        } catch (PyException e) {
            if (!Err.matches(e, Types.TypeError)) {
                throw e;
            }
            return def; // PyObject_LengthHint: a TypeError from __length_hint__ means "no hint" (repeat(x))
        }
        if (r == Types.NOT_IMPLEMENTED) {
            return def;
        }
        if (!Ops.isInt(r)) {
            throw Err.type("__length_hint__ must be an integer, not " + Ops.typeName(r));
        }
        if (Ops.toLong(r) < 0) {
            throw Err.value("__length_hint__() should return >= 0");
        }
        return r;
    }

    static PyModule create() {
        PyModule m = new PyModule("_operator");
        m.put("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
            + "to the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  "
            + "The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
        String[][] cmps = {{"lt", "LT"}, {"le", "LE"}, {"eq", "EQ"}, {"ne", "NE"}, {"ge", "GE"}, {"gt", "GT"}};
        for (String[] c : cmps) {
            Compare op = Compare.valueOf(c[1]);
            m.def(c[0], (t, a, k) -> op.test(a[0], a[1]));
        }
        String[][] bins = {{"add", "ADD"}, {"sub", "SUB"}, {"mul", "MUL"}, {"truediv", "TRUEDIV"}, {"floordiv", "FLOORDIV"},
            {"mod", "MOD"}, {"pow", "POW"}, {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"}, {"and_", "AND"}, {"or_", "OR"},
            {"xor", "XOR"}, {"matmul", "MATMUL"}};
        for (String[] b : bins) {
            BinOp op = BinOp.valueOf(b[1]);
            m.def(b[0], (t, a, k) -> op.apply(a[0], a[1]));
            String in = "i" + (b[0].endsWith("_") ? b[0].substring(0, b[0].length() - 1) : b[0]);
            m.def(in, (t, a, k) -> op.applyInPlace(a[0], a[1]));
        }
        m.def("neg", (t, a, k) -> unary(a[0], "__neg__", "-"));
        m.def("pos", (t, a, k) -> unary(a[0], "__pos__", "+"));
        m.def("inv", (t, a, k) -> unary(a[0], "__invert__", "~"));
        m.def("invert", (t, a, k) -> unary(a[0], "__invert__", "~"));
        m.def("abs", (t, a, k) -> Ops.abs(a[0]));
        m.def("not_", (t, a, k) -> !Ops.truthy(a[0]));
        m.def("truth", (t, a, k) -> Ops.truthy(a[0]));
        m.def("is_", (t, a, k) -> same(a[0], a[1]));
        m.def("is_not", (t, a, k) -> !same(a[0], a[1]));
        m.def("index", (t, a, k) -> index(a[0]));
        m.def("concat", (t, a, k) -> {
            if (!isSequence(a[0])) {
                throw Err.type("'" + Ops.typeName(a[0]) + "' object can't be concatenated");
            }
            return BinOp.ADD.apply(a[0], a[1]);
        });
        m.def("iconcat", (t, a, k) -> {
            if (!isSequence(a[0])) {
                throw Err.type("'" + Ops.typeName(a[0]) + "' object can't be concatenated");
            }
            return BinOp.ADD.applyInPlace(a[0], a[1]);
        });
        m.def("contains", (t, a, k) -> Ops.contains(a[0], a[1]));
        m.def("countOf", (t, a, k) -> {
            long n = 0;
            for (Object x : Ops.toArray(a[0])) {
                if (x == a[1] || Ops.eq(x, a[1])) {
                    n++;
                }
            }
            return n;
        });
        m.def("indexOf", (t, a, k) -> {
            Object[] items = Ops.toArray(a[0]);
            for (int i = 0; i < items.length; i++) {
                if (items[i] == a[1] || Ops.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Err.value("sequence.index(x): x not in sequence");
        });
        m.def("getitem", (t, a, k) -> Ops.getitem(a[0], a[1]));
        m.def("setitem", (t, a, k) -> {
            Ops.setitem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.def("delitem", (t, a, k) -> {
            Seq.delitem(a[0], a[1]);
            return PyNone.NONE;
        });
        m.def("length_hint", (t, a, k) -> {
            long def = a.length > 1 ? Ops.toLong(index(a[1])) : 0;
            return lengthHint(t, a[0], def);
        });
        m.def("call", (t, a, k) -> Ops.call(t, a[0], Arrays.copyOfRange(a, 1, a.length), k));
        m.def("_compare_digest", (t, a, k) -> {
            if (a[0] instanceof String x && a[1] instanceof String y) {
                return java.security.MessageDigest.isEqual(x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (a[0] instanceof PyBytes x && a[1] instanceof PyBytes y) {
                return java.security.MessageDigest.isEqual(x.data(), y.data());
            }
            throw Err.type("unsupported operand types(s) or combination of types: '" + Ops.typeName(a[0]) + "' and '"
                + Ops.typeName(a[1]) + "'");
        });
        m.put("itemgetter", ITEMGETTER);
        m.put("attrgetter", ATTRGETTER);
        m.put("methodcaller", METHODCALLER);
        return m;
    }
}
