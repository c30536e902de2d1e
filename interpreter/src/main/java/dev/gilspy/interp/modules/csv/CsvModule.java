package dev.gilspy.interp.modules.csv;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _csv} (Modules/_csv.c), under CPython's own {@code csv.py}: {@code reader}, {@code writer},
 * {@code Dialect}, the dialect registry, {@code field_size_limit}, {@code Error} and the
 * {@code QUOTE_*} constants. The registry and the field limit are per interpreter (the C module's state).
 */
public final class CsvModule {
    private CsvModule() {}

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    /** The module state: {@code _csv.Error}, the dialect registry, the field size limit. */
    static final class State {
        final PyType error;
        final Map<String, Object> dialects = new LinkedHashMap<>();
        long fieldLimit = 128 * 1024;

        State(PyType error) { this.error = error; }

        Object get(String name) {
            Object d;
            synchronized (dialects) {
                d = dialects.get(name);
            }
            if (d == null) {
                throw Err.make(error, "unknown dialect");
            }
            return d;
        }
    }

    private static final Map<InterpreterState, State> STATES = new WeakHashMap<>();

    static State state(PyThread t) {
        synchronized (STATES) {
            State s = STATES.get(t.interp);
            if (s != null) {
                return s;
            }
        }
        t.interp.importModule(t, "_csv");
        synchronized (STATES) {
            return STATES.get(t.interp);
        }
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_csv");
        PyType error = new PyType("Error", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, false);
        error.module = "_csv";
        error.finishInit();
        State st = new State(error);
        synchronized (STATES) {
            STATES.put(interp, st);
        }
        m.put("__doc__", "CSV parsing and writing.\n");
        m.put("__version__", "1.0");
        m.put("QUOTE_MINIMAL", (long) QUOTE_MINIMAL);
        m.put("QUOTE_ALL", (long) QUOTE_ALL);
        m.put("QUOTE_NONNUMERIC", (long) QUOTE_NONNUMERIC);
        m.put("QUOTE_NONE", (long) QUOTE_NONE);
        m.put("Error", error);
        m.put("Dialect", CsvDialect.TYPE);
        m.def("reader", (t, a, k) -> {
            int npos = BuiltinArgs.npos(a, k);
            if (npos < 1) {
                throw Err.type("expected at least 1 argument, got 0");
            }
            Object it = Ops.iter(a[0]);
            return new CsvReader(it, CsvDialect.of(t, st, npos > 1 ? a[1] : kwDialect(a, k), a, npos, withoutDialect(k)), st);
        });
        m.def("writer", (t, a, k) -> {
            int npos = BuiltinArgs.npos(a, k);
            if (npos < 1) {
                throw Err.type("expected at least 1 argument, got 0");
            }
            Object write = Ops.getattrOrNull(a[0], "write");
            if (write == null) {
                throw Err.type("argument 1 must have a \"write\" method");
            }
            return new CsvWriter(write, CsvDialect.of(t, st, npos > 1 ? a[1] : kwDialect(a, k), a, npos, withoutDialect(k)), st);
        });
        m.def("register_dialect", (t, a, k) -> {
            int npos = BuiltinArgs.npos(a, k);
            if (npos < 1 || npos > 2) {
                throw Err.type("register_dialect() expected at most 2 arguments, got " + npos);
            }
            if (!(a[0] instanceof String name)) {
                throw Err.type("dialect name must be a string");
            }
            CsvDialect d = CsvDialect.of(t, st, npos > 1 ? a[1] : null, a, npos, k);
            synchronized (st.dialects) {
                st.dialects.put(name, d);
            }
            return PyNone.NONE;
        });
        m.def("unregister_dialect", (t, a, k) -> {
            synchronized (st.dialects) {
                if (st.dialects.remove(a[0]) == null) {
                    throw Err.make(error, "unknown dialect");
                }
            }
            return PyNone.NONE;
        });
        m.def("get_dialect", (t, a, k) -> {
            if (!(a[0] instanceof String name)) {
                throw Err.make(error, "unknown dialect");
            }
            return st.get(name);
        });
        m.def("list_dialects", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) > 0 || k != null && k.length > 0) {
                throw Err.type("_csv.list_dialects() takes no arguments (" + BuiltinArgs.npos(a, k) + " given)");
            }
            synchronized (st.dialects) {
                return new PyList(st.dialects.keySet().toArray());
            }
        });
        m.def("field_size_limit", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) > 1) {
                throw Err.type("field_size_limit() takes at most 1 argument (" + BuiltinArgs.npos(a, k) + " given)");
            }
            Object v = BuiltinArgs.get(a, k, 0, "new_limit", null);
            long old = st.fieldLimit;
            if (v != null) {
                if (!(v instanceof Long) && !(v instanceof Boolean)) {
                    throw Err.type("limit must be an integer");
                }
                st.fieldLimit = Ops.toLong(v);
            }
            return old;
        });
        return m;
    }

    /** The {@code dialect=} keyword of reader/writer, or "excel". */
    private static Object kwDialect(Object[] a, String[] k) {
        // none given: _csv's own defaults (excel's), but no dialect object whose attributes count as
        // given (so that quotechar=None alone means QUOTE_NONE, as in _csv.c's dialect_new)
        return BuiltinArgs.kw(a, k, "dialect");
    }

    /** The keyword names with {@code dialect} blanked out (so it is not taken for a format parameter). */
    private static String[] withoutDialect(String[] k) {
        if (k == null) {
            return null;
        }
        String[] r = Arrays.copyOf(k, k.length);
        for (int i = 0; i < r.length; i++) {
            if (r[i].equals("dialect")) {
                r[i] = "\0dialect";
            }
        }
        return r;
    }
}
