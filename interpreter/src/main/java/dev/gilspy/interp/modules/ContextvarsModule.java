package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _contextvars} ({@code Python/context.c}): {@code ContextVar}, {@code Token},
 * {@code Context}, {@code copy_context}. Each Python thread has its own current context (a new
 * thread starts with an empty one, as in 3.11). A context's mapping is copied on write, which gives
 * CPython's HAMT semantics: a copy never sees later writes to the original.
 */
public final class ContextvarsModule {
    private ContextvarsModule() {}

    static final PyType CONTEXT = NativeTypes.newType("Context", "_contextvars", null, (t, cls, a, k) -> {
        if (a.length > 0) {
            throw Err.type("Context() does not accept any arguments");
        }
        return new Ctx(cls);
    });
    static final PyType VAR = NativeTypes.newType("ContextVar", "_contextvars", null, ContextvarsModule::newVar);
    static final PyType TOKEN = NativeTypes.newType("Token", "_contextvars", null, (t, cls, a, k) -> {
        throw Err.runtime("Tokens can only be created by ContextVars");
    });
    static final PyType MISSING_TYPE = NativeTypes.newType("Token.MISSING", "_contextvars", null, null);
    static final Object MISSING = new Marker();
    static final PyType CONTEXT_ITER = NativeTypes.iteratorType("context_iterator", "_contextvars");

    static final class Marker extends NativeObj {
        Marker() { super(MISSING_TYPE); }
    }

    static final class Ctx extends NativeObj {
        Map<Var, Object> vars = new LinkedHashMap<>();
        boolean entered;

        Ctx(PyType cls) { super(cls); }

        Ctx copy() {
            Ctx c = new Ctx(CONTEXT);
            c.vars = vars;
            return c;
        }

        void put(Var v, Object value) {
            Map<Var, Object> m = new LinkedHashMap<>(vars);
            if (value == null) {
                m.remove(v);
            } else {
                m.put(v, value);
            }
            vars = m;
        }

        @Override public boolean truthy() { return !vars.isEmpty(); }
    }

    static final class Var extends NativeObj {
        final Object name;
        final Object defaultValue;

        Var(PyType cls, Object name, Object defaultValue) {
            super(cls);
            this.name = name;
            this.defaultValue = defaultValue;
        }

        @Override public int hashCode() { return System.identityHashCode(this); }

        @Override public boolean equals(Object o) { return o == this; }
    }

    static final class Token extends NativeObj {
        final Ctx ctx;
        final Var var;
        final Object old;
        boolean used;

        Token(Ctx ctx, Var var, Object old) {
            super(TOKEN);
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }
    }

    static Ctx current(PyThread t) {
        Object c = t.context;
        if (c == null) {
            t.context = c = new Ctx(CONTEXT);
        }
        return (Ctx) c;
    }

    private static void setCurrent(PyThread t, Ctx c) {
        t.context = c;
    }

    private static Object newVar(PyThread t, PyType cls, Object[] a, String[] k) {
        int npos = BuiltinArgs.npos(a, k);
        if (npos != 1) {
            throw Err.type("ContextVar() takes exactly 1 positional argument (" + npos + " given)");
        }
        if (!(a[0] instanceof String)) {
            throw Err.type("context variable name must be a str");
        }
        return new Var(cls, a[0], BuiltinArgs.kw(a, k, "default"));
    }

    private static Var var(Object o) {
        if (o instanceof Var v) {
            return v;
        }
        throw Err.type("a ContextVar key was expected, got " + StrRepr.repr(o));
    }

    private static Ctx ctx(Object o) {
        if (o instanceof Ctx c) {
            return c;
        }
        throw Err.type("descriptor requires a '_contextvars.Context' object but received a '" + Ops.typeName(o) + "'");
    }

    private static String at(Object o) { return " at 0x" + Long.toHexString(System.identityHashCode(o)); }

    static Object run(PyThread t, Ctx c, Object[] a, String[] k) {
        if (c.entered) {
            throw Err.runtime("cannot enter context: " + StrRepr.repr(c) + " is already entered");
        }
        Ctx prev = current(t);
        c.entered = true;
        setCurrent(t, c);
        try {
            return Ops.call(t, a[0], Arrays.copyOfRange(a, 1, a.length), k);
        } finally {
            c.entered = false;
            setCurrent(t, prev);
        }
    }

    static {
        PyType C = CONTEXT;
        NativeTypes.def(C, "run", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) < 2) {
                throw Err.type("run() missing 1 required positional argument");
            }
            return run(t, ctx(a[0]), Arrays.copyOfRange(a, 1, a.length), k);
        });
        NativeTypes.def(C, "copy", (t, a, k) -> ctx(a[0]).copy());
        NativeTypes.def(C, "get", (t, a, k) -> {
            Object v = ctx(a[0]).vars.get(var(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        NativeTypes.def(C, "__getitem__", (t, a, k) -> {
            Object v = ctx(a[0]).vars.get(var(a[1]));
            if (v == null) {
                throw Err.key(a[1]);
            }
            return v;
        });
        NativeTypes.def(C, "__contains__", (t, a, k) -> ctx(a[0]).vars.containsKey(var(a[1])));
        NativeTypes.def(C, "__len__", (t, a, k) -> (long) ctx(a[0]).vars.size());
        NativeTypes.def(C, "__iter__", (t, a, k) -> {
            Object[] keys = ctx(a[0]).vars.keySet().toArray();
            int[] i = {0};
            return new PyIter.Fn(CONTEXT_ITER, th -> i[0] < keys.length ? keys[i[0]++] : null);
        });
        NativeTypes.def(C, "keys", (t, a, k) -> new PyList(ctx(a[0]).vars.keySet().toArray()));
        NativeTypes.def(C, "values", (t, a, k) -> new PyList(ctx(a[0]).vars.values().toArray()));
        NativeTypes.def(C, "items", (t, a, k) -> new PyList(ctx(a[0]).vars.entrySet().stream()
            .map(e -> PyTuple.of(e.getKey(), e.getValue())).toArray()));
        NativeTypes.put(C, "__hash__", PyNone.NONE);
        NativeTypes.ready(C);

        PyType V = VAR;
        NativeTypes.getter(V, "name", o -> ((Var) o).name);
        NativeTypes.def(V, "get", (t, a, k) -> {
            Var v = (Var) a[0];
            Object x = current(t).vars.get(v);
            if (x != null) {
                return x;
            }
            if (a.length > 1) {
                return a[1];
            }
            if (v.defaultValue != null) {
                return v.defaultValue;
            }
            throw Err.make(Types.LookupError, new Object[] {v});
        });
        NativeTypes.def(V, "set", (t, a, k) -> {
            Var v = (Var) a[0];
            Ctx c = current(t);
            Object old = c.vars.get(v);
            c.put(v, a[1]);
            return new Token(c, v, old == null ? MISSING : old);
        });
        NativeTypes.def(V, "reset", (t, a, k) -> {
            Var v = (Var) a[0];
            if (!(a[1] instanceof Token tok)) {
                throw Err.type("expected an instance of Token, got " + StrRepr.repr(a[1]));
            }
            if (tok.used) {
                throw Err.runtime(StrRepr.repr(tok) + " has already been used once");
            }
            if (tok.var != v) {
                throw Err.value(StrRepr.repr(tok) + " was created by a different ContextVar");
            }
            Ctx c = current(t);
            if (tok.ctx != c) {
                throw Err.value(StrRepr.repr(tok) + " was created in a different Context");
            }
            tok.used = true;
            c.put(v, tok.old == MISSING ? null : tok.old);
            return PyNone.NONE;
        });
        NativeTypes.def(V, "__repr__", (t, a, k) -> {
            Var v = (Var) a[0];
            return "<ContextVar name=" + StrRepr.repr(v.name)
                + (v.defaultValue == null ? "" : " default=" + StrRepr.repr(v.defaultValue)) + at(v) + ">";
        });
        NativeTypes.classMethod(V, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.ready(V);

        PyType T = TOKEN;
        NativeTypes.getter(T, "var", o -> ((Token) o).var);
        NativeTypes.getter(T, "old_value", o -> ((Token) o).old);
        NativeTypes.put(T, "MISSING", MISSING);
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            Token tok = (Token) a[0];
            return "<Token" + (tok.used ? " used" : "") + " var=" + StrRepr.repr(tok.var) + at(tok) + ">";
        });
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.ready(T);
        NativeTypes.def(MISSING_TYPE, "__repr__", (t, a, k) -> "<Token.MISSING>");
        NativeTypes.ready(MISSING_TYPE);
    }

    static PyModule create() {
        PyModule m = new PyModule("_contextvars");
        m.put("Context", CONTEXT);
        m.put("ContextVar", VAR);
        m.put("Token", TOKEN);
        m.def("copy_context", (t, a, k) -> current(t).copy());
        return m;
    }
}
