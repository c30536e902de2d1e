package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _sqlite3} (Modules/_sqlite/module.c), under CPython's own {@code sqlite3} package:
 * {@code connect}, {@code Connection}, {@code Cursor}, {@code Row}, the DB-API exception
 * hierarchy, the adapter and converter registries, {@code complete_statement} and the constants.
 */
public final class SqliteModule {
    private SqliteModule() {}

    static final int PARSE_DECLTYPES = 1;
    static final int PARSE_COLNAMES = 2;

    /** The module state: exception types and the adapter/converter registries. */
    static final class State {
        final PyModule module;
        PyType warning;
        PyType error;
        PyType interfaceError;
        PyType databaseError;
        PyType internalError;
        PyType operationalError;
        PyType programmingError;
        PyType integrityError;
        PyType dataError;
        PyType notSupportedError;
        final PyDict adapters = new PyDict();
        final PyDict converters = new PyDict();

        State(PyModule module) { this.module = module; }
    }

    private static final Map<InterpreterState, State> STATES = new WeakHashMap<>();

    static State state(PyThread t) {
        synchronized (STATES) {
            State s = STATES.get(t.interp);
            if (s != null) {
                return s;
            }
        }
        t.interp.importModule(t, "_sqlite3");
        synchronized (STATES) {
            return STATES.get(t.interp);
        }
    }

    private static PyType exc(PyModule m, String name, PyType base) {
        PyType e = new PyType(name, new PyType[] {base}, PyType.Layout.EXCEPTION, false);
        e.module = "sqlite3";
        e.finishInit();
        m.put(name, e);
        return e;
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_sqlite3");
        State st = new State(m);
        st.warning = exc(m, "Warning", Types.Exception);
        st.error = exc(m, "Error", Types.Exception);
        st.interfaceError = exc(m, "InterfaceError", st.error);
        st.databaseError = exc(m, "DatabaseError", st.error);
        st.internalError = exc(m, "InternalError", st.databaseError);
        st.operationalError = exc(m, "OperationalError", st.databaseError);
        st.programmingError = exc(m, "ProgrammingError", st.databaseError);
        st.integrityError = exc(m, "IntegrityError", st.databaseError);
        st.dataError = exc(m, "DataError", st.databaseError);
        st.notSupportedError = exc(m, "NotSupportedError", st.databaseError);
        synchronized (STATES) {
            STATES.put(interp, st);
        }
        m.put("Connection", SqliteConnection.TYPE);
        m.put("Cursor", SqliteCursor.TYPE);
        m.put("Row", SqliteRow.TYPE);
        m.put("PrepareProtocol", PREPARE_PROTOCOL);
        m.put("adapters", st.adapters);
        m.put("converters", st.converters);
        m.put("version", "2.6.0");
        m.put("sqlite_version", SqliteDb.libversion());
        m.put("threadsafety", 3L); // the driver's SQLite is built serialized (SQLITE_THREADSAFE=1)
        m.put("PARSE_DECLTYPES", (long) PARSE_DECLTYPES);
        m.put("PARSE_COLNAMES", (long) PARSE_COLNAMES);
        m.put("SQLITE_OK", 0L);
        m.put("SQLITE_DENY", 1L);
        m.put("SQLITE_IGNORE", 2L);
        m.def("connect", (t, a, k) -> Ops.call(t, factory(a, k), a, k));
        m.def("complete_statement", (t, a, k) -> complete(BuiltinArgs.str(BuiltinArgs.get(a, k, 0, "statement", null), "complete_statement() argument")));
        m.def("register_adapter", (t, a, k) -> {
            BuiltinArgs.check("register_adapter", a, k, 2, 2);
            st.adapters.put(PyTuple.of(a[0], PREPARE_PROTOCOL), a[1]);
            return PyNone.NONE;
        });
        m.def("register_converter", (t, a, k) -> {
            BuiltinArgs.check("register_converter", a, k, 2, 2);
            st.converters.put(StrRepr.str(a[0]).toUpperCase(Locale.ROOT), a[1]);
            return PyNone.NONE;
        });
        m.def("adapt", (t, a, k) -> adapt(t, st, a[0], a.length > 2 ? a[2] : null));
        m.def("enable_callback_tracebacks", (t, a, k) -> PyNone.NONE);
        m.def("enable_shared_cache", (t, a, k) -> PyNone.NONE);
        return m;
    }

    static final PyType PREPARE_PROTOCOL = dev.gilspy.interp.runtime.NativeTypes.ready(
        dev.gilspy.interp.runtime.NativeTypes.newType("PrepareProtocol", "sqlite3", null, null));

    private static Object factory(Object[] a, String[] k) {
        Object f = BuiltinArgs.kw(a, k, "factory");
        if (f != null) {
            return f;
        }
        return SqliteConnection.TYPE;
    }

    /** {@code pysqlite_microprotocols_adapt}: the registered adapter for the exact type, then {@code __conform__}. */
    static Object adapt(PyThread t, State st, Object o, Object alt) {
        Object adapter = st.adapters.get(PyTuple.of(Ops.typeOf(o), PREPARE_PROTOCOL));
        if (adapter != null) {
            return Ops.call(t, adapter, new Object[] {o}, null);
        }
        Object conform = Ops.getattrOrNull(o, "__conform__");
        if (conform != null) {
            Object r = Ops.call(t, conform, new Object[] {PREPARE_PROTOCOL}, null);
            if (r != PyNone.NONE) {
                return r;
            }
        }
        if (alt != null) {
            return alt;
        }
        throw Err.make(st.programmingError, "can't adapt");
    }

    /** sqlite3_complete: true when the text ends a statement with a semicolon outside quotes, comments and triggers' bodies. */
    static boolean complete(String sql) {
        boolean sawSemi = false;
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            switch (c) {
                case ';' -> sawSemi = true;
                case ' ', '\t', '\n', '\r', '\f' -> { }
                case '\'', '"', '`' -> {
                    int j = sql.indexOf(c, i + 1);
                    if (j < 0) {
                        return false;
                    }
                    i = j;
                    sawSemi = false;
                }
                case '[' -> {
                    int j = sql.indexOf(']', i + 1);
                    if (j < 0) {
                        return false;
                    }
                    i = j;
                    sawSemi = false;
                }
                case '-' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == '-') {
                        int j = sql.indexOf('\n', i);
                        if (j < 0) {
                            return sawSemi;
                        }
                        i = j;
                    } else {
                        sawSemi = false;
                    }
                }
                case '/' -> {
                    if (i + 1 < n && sql.charAt(i + 1) == '*') {
                        int j = sql.indexOf("*/", i + 2);
                        if (j < 0) {
                            return false;
                        }
                        i = j + 1;
                    } else {
                        sawSemi = false;
                    }
                }
                default -> sawSemi = false;
            }
        }
        return sawSemi;
    }
}
