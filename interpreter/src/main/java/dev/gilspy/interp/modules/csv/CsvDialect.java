package dev.gilspy.interp.modules.csv;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;

/**
 * {@code _csv.Dialect} (Modules/_csv.c's DialectObj): the validated, read-only formatting
 * parameters a reader or writer works with. Built from a registered name, from any object that has
 * the attributes (CPython's {@code csv.Dialect} classes) and from keyword overrides.
 */
final class CsvDialect extends NativeObj {
    /** A character parameter that is not set (a {@code None} quotechar or escapechar). */
    static final int NOT_SET = -1;

    static final String[] ATTRS = {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
        "skipinitialspace", "strict"};

    static final PyType TYPE = NativeTypes.newType("Dialect", "_csv", null, CsvDialect::construct);

    int delimiter = ',';
    int quotechar = '"';
    int escapechar = NOT_SET;
    String lineterminator = "\r\n";
    int quoting = CsvModule.QUOTE_MINIMAL;
    boolean doublequote = true;
    boolean skipinitialspace;
    boolean strict;

    CsvDialect(PyType cls) { super(cls); }

    /** {@code Dialect(dialect=None, **fmtparams)}. */
    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (npos > 1) {
            throw Err.type("Dialect() takes at most 1 positional argument (" + npos + " given)");
        }
        Object[] given = new Object[ATTRS.length];
        Object dialect = npos == 1 ? a[0] : null;
        for (int i = 0; i < nk; i++) {
            String name = k[i];
            Object v = a[npos + i];
            if (name.equals("dialect")) {
                dialect = v;
                continue;
            }
            int at = java.util.Arrays.asList(ATTRS).indexOf(name);
            if (at < 0) {
                throw Err.type("'" + name + "' is an invalid keyword argument for Dialect()");
            }
            given[at] = v;
        }
        return make(t, cls, dialect, given);
    }

    /** {@code _call_dialect}: the dialect argument of reader/writer/register_dialect with keyword overrides. */
    static CsvDialect of(PyThread t, CsvModule.State state, Object dialect, Object[] a, int from, String[] k) {
        Object[] given = new Object[ATTRS.length];
        int nk = k == null ? 0 : k.length;
        for (int i = 0; i < nk; i++) {
            if (k[i].startsWith("\0")) {
                continue;
            }
            int at = java.util.Arrays.asList(ATTRS).indexOf(k[i]);
            if (at < 0) {
                throw Err.type("'" + k[i] + "' is an invalid keyword argument for this function");
            }
            given[at] = a[a.length - nk + i];
        }
        return make(t, TYPE, dialect instanceof String name ? state.get(name) : dialect, given);
    }

    private static CsvDialect make(PyThread t, PyType cls, Object dialect, Object[] given) {
        if (dialect instanceof String name) {
            dialect = CsvModule.state(t).get(name);
        }
        boolean anyGiven = false;
        for (Object g : given) {
            anyGiven |= g != null;
        }
        if (dialect instanceof CsvDialect d && cls == TYPE && d.type() == TYPE && !anyGiven) {
            return d;
        }
        Object[] v = new Object[ATTRS.length];
        for (int i = 0; i < ATTRS.length; i++) {
            v[i] = given[i] != null ? given[i] : dialect == null || dialect == PyNone.NONE ? null
                : Ops.getattrOrNull(dialect, ATTRS[i]);
        }
        CsvDialect d = new CsvDialect(cls);
        d.delimiter = charParam("delimiter", v[0], ',', false);
        d.doublequote = v[1] == null || Ops.truthy(v[1]);
        d.escapechar = charParam("escapechar", v[2], NOT_SET, true);
        if (v[3] != null && v[3] != PyNone.NONE) {
            if (!(v[3] instanceof String s)) {
                throw Err.type("\"lineterminator\" must be a string");
            }
            d.lineterminator = s;
        } else if (v[3] == PyNone.NONE) {
            d.lineterminator = null;
        }
        d.quotechar = charParam("quotechar", v[4], '"', true);
        if (v[5] != null) {
            if (!(v[5] instanceof Long) && !(v[5] instanceof Boolean)) {
                throw Err.type("\"quoting\" must be an integer");
            }
            d.quoting = (int) Ops.toLong(v[5]);
            if (d.quoting < 0 || d.quoting > CsvModule.QUOTE_NONE) {
                throw Err.type("bad \"quoting\" value");
            }
        } else if (v[4] == PyNone.NONE) {
            d.quoting = CsvModule.QUOTE_NONE;
        }
        d.skipinitialspace = v[6] != null && Ops.truthy(v[6]);
        d.strict = v[7] != null && Ops.truthy(v[7]);
        if (d.quoting != CsvModule.QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Err.type("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw Err.type("lineterminator must be set");
        }
        return d;
    }

    /** {@code _set_char}/{@code _set_char_or_none}: one character, or None where allowed. */
    private static int charParam(String name, Object v, int dflt, boolean noneOk) {
        if (v == null) {
            return dflt;
        }
        if (v == PyNone.NONE && noneOk) {
            return NOT_SET;
        }
        if (!(v instanceof String s)) {
            throw Err.type("\"" + name + "\" must be string" + (noneOk ? " or None" : "") + ", not " + Ops.typeName(v));
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw Err.type("\"" + name + "\" must be a 1-character string");
        }
        return s.codePointAt(0);
    }

    private static Object charOrNone(int c) { return c == NOT_SET ? PyNone.NONE : new String(Character.toChars(c)); }

    private static CsvDialect self(Object o) { return (CsvDialect) o; }

    static {
        PyType tp = TYPE;
        NativeTypes.getter(tp, "delimiter", o -> charOrNone(self(o).delimiter));
        NativeTypes.getter(tp, "quotechar", o -> charOrNone(self(o).quotechar));
        NativeTypes.getter(tp, "escapechar", o -> charOrNone(self(o).escapechar));
        NativeTypes.getter(tp, "lineterminator", o -> self(o).lineterminator);
        NativeTypes.getter(tp, "quoting", o -> (long) self(o).quoting);
        NativeTypes.getter(tp, "doublequote", o -> self(o).doublequote);
        NativeTypes.getter(tp, "skipinitialspace", o -> self(o).skipinitialspace);
        NativeTypes.getter(tp, "strict", o -> self(o).strict);
        NativeTypes.ready(tp);
    }
}
