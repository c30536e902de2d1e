package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code sqlite3.Connection} (Modules/_sqlite/connection.c): one database handle, the 3.11
 * transaction control (an implicit {@code BEGIN} before DML while {@code isolation_level} is not
 * None), the execute shortcuts, {@code create_function}/{@code create_aggregate} and the
 * context manager.
 */
final class SqliteConnection extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("Connection", "sqlite3", null, SqliteConnection::make);

    final SqliteModule.State st;
    SqliteDb db;
    Object isolationLevel = "";
    int detectTypes;
    Object rowFactory = PyNone.NONE;
    Object textFactory = Types.STR;
    boolean checkSameThread;
    final Thread owner = Thread.currentThread();
    /** sqlite3_get_autocommit is not exposed by the driver: tracked from the statements run. */
    boolean inTransaction;

    private SqliteConnection(PyType cls, SqliteModule.State st) {
        super(cls);
        this.st = st;
    }

    private static Object make(PyThread t, PyType cls, Object[] a, String[] k) {
        SqliteModule.State st = SqliteModule.state(t);
        SqliteConnection c = new SqliteConnection(cls, st);
        Object database = BuiltinArgs.get(a, k, 0, "database", null);
        if (database == null) {
            throw Err.type("connect() missing required argument 'database' (pos 1)");
        }
        String path = database instanceof String s ? s : StrRepr.str(Ops.call(t, Ops.getattr(t.interp.importModule(t, "os"), "fsdecode"), new Object[] {database}, null));
        double timeout = Ops.toDouble(BuiltinArgs.get(a, k, 1, "timeout", 5.0));
        c.detectTypes = (int) Ops.toLong(BuiltinArgs.get(a, k, 2, "detect_types", 0L));
        c.setIsolationLevel(BuiltinArgs.get(a, k, 3, "isolation_level", ""));
        c.checkSameThread = Ops.truthy(BuiltinArgs.get(a, k, 4, "check_same_thread", Boolean.TRUE));
        boolean uri = Ops.truthy(BuiltinArgs.get(a, k, 7, "uri", Boolean.FALSE));
        try {
            c.db = SqliteDb.open(path, uri, timeout);
        } catch (SQLException e) {
            throw Err.make(st.operationalError, "unable to open database file");
        }
        return c;
    }

    void setIsolationLevel(Object v) {
        if (v == PyNone.NONE) {
            isolationLevel = v;
            return;
        }
        if (!(v instanceof String s)) {
            throw Err.type("isolation_level must be str or None, not " + Ops.typeName(v));
        }
        String u = s.toUpperCase(Locale.ROOT);
        if (!u.isEmpty() && !u.equals("DEFERRED") && !u.equals("IMMEDIATE") && !u.equals("EXCLUSIVE")) {
            throw Err.value("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
        }
        isolationLevel = s;
    }

    /** {@code pysqlite_check_thread} and {@code pysqlite_check_connection}. */
    void check() {
        if (checkSameThread && Thread.currentThread() != owner) {
            throw Err.make(st.programmingError, "SQLite objects created in a thread can only be used in that same thread. "
                + "The object was created in thread id " + owner.getId() + " and this is thread id " + Thread.currentThread().getId() + ".");
        }
        if (db == null) {
            throw Err.make(st.programmingError, "Cannot operate on a closed database.");
        }
    }

    /** Runs a statement that returns no rows (BEGIN, COMMIT, ROLLBACK), GIL dropped. */
    void run(PyThread t, String sql) {
        long stmt;
        try {
            stmt = db.prepare(t, sql);
        } catch (SQLException e) {
            throw SqliteErrors.error(st, db, e);
        }
        try {
            int rc = db.step(t, stmt);
            if (rc != SqliteDb.SQLITE_DONE && rc != SqliteDb.SQLITE_ROW) {
                throw SqliteErrors.error(st, rc, db.errmsg());
            }
        } catch (SQLException e) {
            throw SqliteErrors.error(st, db, e);
        } finally {
            db.finalizeStmt(stmt);
        }
    }

    SqliteCursor cursor(PyThread t, Object[] a, String[] k) {
        check();
        Object factory = BuiltinArgs.get(a, k, 0, "factory", null);
        Object cur = factory == null ? new SqliteCursor(SqliteCursor.TYPE, this) : Ops.call(t, factory, new Object[] {this}, null);
        if (!(cur instanceof SqliteCursor c)) {
            throw Err.type("factory must return a cursor, not " + Ops.typeName(cur));
        }
        if (c.rowFactory == PyNone.NONE) {
            c.rowFactory = rowFactory;
        }
        return c;
    }

    private Object shortcut(PyThread t, String name, Object[] a, String[] k) {
        SqliteCursor c = cursor(t, new Object[0], null);
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        Ops.call(t, Ops.getattr(c, name), rest, k);
        return c;
    }

    void commit(PyThread t) {
        check();
        if (inTransaction) {
            run(t, "COMMIT");
            inTransaction = false;
        }
    }

    void rollback(PyThread t) {
        check();
        if (inTransaction) {
            run(t, "ROLLBACK");
            inTransaction = false;
        }
    }

    static SqliteConnection self(Object o) {
        return (SqliteConnection) o;
    }

    static {
        NativeTypes.def(TYPE, "__init__", (t, a, k) -> PyNone.NONE);
        NativeTypes.def(TYPE, "cursor", (t, a, k) -> self(a[0]).cursor(t, java.util.Arrays.copyOfRange(a, 1, a.length), k));
        NativeTypes.def(TYPE, "execute", (t, a, k) -> self(a[0]).shortcut(t, "execute", a, k));
        NativeTypes.def(TYPE, "executemany", (t, a, k) -> self(a[0]).shortcut(t, "executemany", a, k));
        NativeTypes.def(TYPE, "executescript", (t, a, k) -> self(a[0]).shortcut(t, "executescript", a, k));
        NativeTypes.def(TYPE, "commit", (t, a, k) -> {
            self(a[0]).commit(t);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "rollback", (t, a, k) -> {
            self(a[0]).rollback(t);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "close", (t, a, k) -> {
            SqliteConnection c = self(a[0]);
            if (c.db != null) {
                if (c.checkSameThread && Thread.currentThread() != c.owner) {
                    c.check();
                }
                c.db.close();
                c.db = null;
            }
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "__enter__", (t, a, k) -> {
            self(a[0]).check();
            return a[0];
        });
        NativeTypes.def(TYPE, "__exit__", (t, a, k) -> {
            SqliteConnection c = self(a[0]);
            if (a.length > 1 && a[1] == PyNone.NONE) {
                c.commit(t);
            } else {
                c.rollback(t);
            }
            return Boolean.FALSE;
        });
        NativeTypes.def(TYPE, "create_function", (t, a, k) -> {
            SqliteConnection c = self(a[0]);
            c.check();
            Object name = BuiltinArgs.get(a, k, 1, "name", null);
            long narg = Ops.toLong(BuiltinArgs.get(a, k, 2, "narg", -1L));
            Object fn = BuiltinArgs.get(a, k, 3, "func", PyNone.NONE);
            boolean det = Ops.truthy(BuiltinArgs.kw(a, k, "deterministic") == null ? Boolean.FALSE : BuiltinArgs.kw(a, k, "deterministic"));
            SqliteFunctions.createFunction(t, c, StrRepr.str(name), (int) narg, fn, det);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "create_aggregate", (t, a, k) -> {
            SqliteConnection c = self(a[0]);
            c.check();
            Object name = BuiltinArgs.get(a, k, 1, "name", null);
            long narg = Ops.toLong(BuiltinArgs.get(a, k, 2, "n_arg", -1L));
            Object cls = BuiltinArgs.get(a, k, 3, "aggregate_class", PyNone.NONE);
            SqliteFunctions.createAggregate(t, c, StrRepr.str(name), (int) narg, cls);
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "interrupt", (t, a, k) -> {
            SqliteConnection c = self(a[0]);
            if (c.db == null) {
                throw Err.make(c.st.programmingError, "Cannot operate on a closed database.");
            }
            try {
                c.db.db.interrupt();
            } catch (SQLException e) {
                throw SqliteErrors.error(c.st, c.db, e);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "iterdump", (t, a, k) -> {
            Object dump = t.interp.importModule(t, "sqlite3.dump");
            return Ops.call(t, Ops.getattr(dump, "_iterdump"), new Object[] {a[0]}, null);
        });
        NativeTypes.getset(TYPE, "isolation_level", o -> self(o).isolationLevel, (o, v) -> self(o).setIsolationLevel(v));
        NativeTypes.getset(TYPE, "row_factory", o -> self(o).rowFactory, (o, v) -> self(o).rowFactory = v);
        NativeTypes.getset(TYPE, "text_factory", o -> self(o).textFactory, (o, v) -> self(o).textFactory = v);
        NativeTypes.getter(TYPE, "in_transaction", o -> {
            self(o).check();
            return self(o).inTransaction;
        });
        NativeTypes.getter(TYPE, "total_changes", o -> {
            SqliteConnection c = self(o);
            c.check();
            try {
                return c.db.db.total_changes();
            } catch (SQLException e) {
                throw SqliteErrors.error(c.st, c.db, e);
            }
        });
        for (String e : new String[] {"Warning", "Error", "InterfaceError", "DatabaseError", "InternalError", "OperationalError",
                "ProgrammingError", "IntegrityError", "DataError", "NotSupportedError"}) {
            NativeTypes.getter(TYPE, e, o -> Ops.getattr(SqliteModule.state(PyThread.current()).module, e));
        }
        NativeTypes.ready(TYPE);
    }
}
