package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code sqlite3.Cursor} (Modules/_sqlite/cursor.c): runs one statement at a time, keeps it
 * stepped one row ahead (so {@code description} is known and the last row closes it), converts
 * columns by type or by registered converter ({@code PARSE_DECLTYPES}/{@code PARSE_COLNAMES}).
 */
final class SqliteCursor extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("Cursor", "sqlite3", null,
        (t, cls, a, k) -> new SqliteCursor(cls, (SqliteConnection) a[0]));

    final SqliteConnection conn;
    Object rowFactory = PyNone.NONE;
    Object description = PyNone.NONE;
    long rowcount = -1;
    Object lastrowid = PyNone.NONE;
    long arraysize = 1;
    private boolean closed;
    private long stmt;
    /** The row stepped to and not yet returned. */
    private boolean hasRow;
    private Object[] converters;

    SqliteCursor(PyType cls, SqliteConnection conn) {
        super(cls);
        this.conn = conn;
    }

    private void check() {
        if (closed) {
            throw Err.make(conn.st.programmingError, "Cannot operate on a closed cursor.");
        }
        conn.check();
    }

    private void reset() {
        if (stmt != 0 && conn.db != null) {
            conn.db.finalizeStmt(stmt);
        }
        stmt = 0;
        hasRow = false;
    }

    Object execute(PyThread t, String sql, Object params, boolean many) {
        check();
        reset();
        description = PyNone.NONE;
        rowcount = -1;
        SqliteDb db = conn.db;
        SqliteParams.Scan scan = SqliteParams.scan(sql);
        String kw = SqliteParams.keyword(sql);
        if (!SqliteParams.onlyBlankAfter(sql, scan.end()) && !(kw.equals("CREATE") && sql.toUpperCase(Locale.ROOT).contains("TRIGGER"))) {
            throw Err.make(conn.st.programmingError, "You can only execute one statement at a time.");
        }
        boolean dml = kw.equals("INSERT") || kw.equals("UPDATE") || kw.equals("DELETE") || kw.equals("REPLACE");
        if (dml && conn.isolationLevel instanceof String level && !conn.inTransaction) {
            conn.run(t, "BEGIN " + level);
            conn.inTransaction = true;
        }
        Object paramIter = many ? Ops.iter(params) : null;
        long total = 0;
        while (true) {
            Object p = params;
            if (many) {
                p = Ops.next(t, paramIter);
                if (p == null) {
                    break;
                }
            }
            reset();
            try {
                stmt = db.prepare(t, sql);
            } catch (SQLException e) {
                throw SqliteErrors.error(conn.st, db, e);
            }
            if (stmt == 0) {
                break;
            }
            try {
                if (p != null && p != PyNone.NONE) {
                    SqliteParams.bind(t, conn, db, stmt, scan, p);
                } else {
                    SqliteParams.bind(t, conn, db, stmt, scan, PyTuple.EMPTY);
                }
                int rc = db.step(t, stmt);
                if (rc == SqliteDb.SQLITE_ROW) {
                    if (many) {
                        throw Err.make(conn.st.programmingError, "executemany() can only execute DML statements.");
                    }
                    hasRow = true;
                } else if (rc != SqliteDb.SQLITE_DONE) {
                    String msg = db.errmsg();
                    reset();
                    throw SqliteErrors.error(conn.st, rc, msg);
                }
                int ncols = db.db.column_count(stmt);
                if (ncols > 0 && description == PyNone.NONE) {
                    buildDescription(ncols);
                }
                if (dml) {
                    total += db.db.changes();
                }
            } catch (SQLException e) {
                throw SqliteErrors.error(conn.st, db, e);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (!many) {
                break;
            }
        }
        if (dml) {
            rowcount = total;
        }
        trackTransaction(kw, sql);
        if (!many) {
            lastrowid = lastInsertRowid(t);
        }
        if (!hasRow) {
            reset();
        }
        return this;
    }

    private void trackTransaction(String kw, String sql) {
        switch (kw) {
            case "BEGIN" -> conn.inTransaction = true;
            case "COMMIT", "END" -> conn.inTransaction = false;
            case "ROLLBACK" -> {
                if (!sql.toUpperCase(Locale.ROOT).matches("(?s)\\s*ROLLBACK\\s+(TRANSACTION\\s+)?TO\\b.*")) {
                    conn.inTransaction = false;
                }
            }
            default -> { }
        }
    }

    private Object lastInsertRowid(PyThread t) {
        SqliteDb db = conn.db;
        long s = 0;
        try {
            // sqlite3_last_insert_rowid, which the driver does not expose; CPython keeps the GIL for it
            s = db.prepareHeld("SELECT last_insert_rowid()");
            if (db.db.step(s) == SqliteDb.SQLITE_ROW) {
                return db.db.column_long(s, 0);
            }
            return PyNone.NONE;
        } catch (SQLException e) {
            return PyNone.NONE;
        } finally {
            if (s != 0) {
                db.finalizeStmt(s);
            }
        }
    }

    private void buildDescription(int ncols) throws SQLException {
        Object[] d = new Object[ncols];
        converters = new Object[ncols];
        SqliteDb db = conn.db;
        for (int i = 0; i < ncols; i++) {
            String name = db.db.column_name(stmt, i);
            Object conv = null;
            if ((conn.detectTypes & SqliteModule.PARSE_COLNAMES) != 0 && name != null) {
                int lb = name.indexOf('[');
                int rb = lb < 0 ? -1 : name.indexOf(']', lb);
                if (rb > lb) {
                    conv = conn.st.converters.get(name.substring(lb + 1, rb).toUpperCase(Locale.ROOT));
                }
            }
            if (conv == null && (conn.detectTypes & SqliteModule.PARSE_DECLTYPES) != 0) {
                String decl = db.db.column_decltype(stmt, i);
                if (decl != null) {
                    int j = 0;
                    while (j < decl.length() && decl.charAt(j) != ' ' && decl.charAt(j) != '(') {
                        j++;
                    }
                    conv = conn.st.converters.get(decl.substring(0, j).toUpperCase(Locale.ROOT));
                }
            }
            converters[i] = conv;
            if ((conn.detectTypes & SqliteModule.PARSE_COLNAMES) != 0 && name != null) {
                int lb = name.indexOf('[');
                if (lb >= 0) {
                    name = name.substring(0, lb).stripTrailing();
                }
            }
            d[i] = PyTuple.of(name, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        description = new PyTuple(d);
    }

    /** The pending row as a tuple (or through the row factory), then steps to the next one. */
    private Object nextRow(PyThread t) {
        check();
        if (!hasRow) {
            return null;
        }
        SqliteDb db = conn.db;
        Object row;
        try {
            int n = db.db.column_count(stmt);
            Object[] vals = new Object[n];
            for (int i = 0; i < n; i++) {
                vals[i] = column(t, db, i);
            }
            row = new PyTuple(vals);
            int rc = db.step(t, stmt);
            if (rc != SqliteDb.SQLITE_ROW) {
                String msg = db.errmsg();
                reset();
                if (rc != SqliteDb.SQLITE_DONE) {
                    throw SqliteErrors.error(conn.st, rc, msg);
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.error(conn.st, db, e);
        }
        if (rowFactory != PyNone.NONE) {
            return Ops.call(t, rowFactory, new Object[] {this, row}, null);
        }
        return row;
    }

    private Object column(PyThread t, SqliteDb db, int i) throws SQLException {
        int type = db.db.column_type(stmt, i);
        Object conv = converters == null ? null : converters[i];
        if (conv != null) {
            if (type == SqliteDb.SQLITE_NULL) {
                return PyNone.NONE;
            }
            byte[] raw = type == SqliteDb.SQLITE_BLOB ? db.db.column_blob(stmt, i)
                : db.db.column_text(stmt, i).getBytes(StandardCharsets.UTF_8);
            return Ops.call(t, conv, new Object[] {new PyBytes(raw == null ? new byte[0] : raw)}, null);
        }
        switch (type) {
            case SqliteDb.SQLITE_INTEGER:
                return db.db.column_long(stmt, i);
            case SqliteDb.SQLITE_FLOAT:
                return db.db.column_double(stmt, i);
            case SqliteDb.SQLITE_TEXT: {
                String s = db.db.column_text(stmt, i);
                Object tf = conn.textFactory;
                if (tf == Types.STR) {
                    return s;
                }
                PyBytes b = new PyBytes(s.getBytes(StandardCharsets.UTF_8));
                return tf == Types.BYTES ? b : Ops.call(t, tf, new Object[] {b}, null);
            }
            case SqliteDb.SQLITE_BLOB: {
                byte[] b = db.db.column_blob(stmt, i);
                return new PyBytes(b == null ? new byte[0] : b);
            }
            default:
                return PyNone.NONE;
        }
    }

    private Object executescript(PyThread t, Object script) {
        check();
        reset();
        if (!(script instanceof String sql)) {
            throw Err.type("argument 1 must be str, not " + Ops.typeName(script));
        }
        conn.commit(t);
        try {
            conn.db.exec(t, sql);
        } catch (SQLException e) {
            throw SqliteErrors.error(conn.st, conn.db, e);
        }
        return this;
    }

    static SqliteCursor self(Object o) {
        return (SqliteCursor) o;
    }

    private static String sqlArg(Object o) {
        if (!(o instanceof String s)) {
            throw Err.type("execute() argument 1 must be str, not " + Ops.typeName(o));
        }
        return s;
    }

    static {
        NativeTypes.def(TYPE, "__init__", (t, a, k) -> PyNone.NONE);
        NativeTypes.def(TYPE, "execute", (t, a, k) -> self(a[0]).execute(t, sqlArg(BuiltinArgs.get(a, k, 1, "sql", null)),
            BuiltinArgs.get(a, k, 2, "parameters", PyTuple.EMPTY), false));
        NativeTypes.def(TYPE, "executemany", (t, a, k) -> self(a[0]).execute(t, sqlArg(BuiltinArgs.get(a, k, 1, "sql", null)),
            BuiltinArgs.get(a, k, 2, "seq_of_parameters", PyTuple.EMPTY), true));
        NativeTypes.def(TYPE, "executescript", (t, a, k) -> self(a[0]).executescript(t, BuiltinArgs.get(a, k, 1, "sql_script", null)));
        NativeTypes.def(TYPE, "fetchone", (t, a, k) -> {
            Object r = self(a[0]).nextRow(t);
            return r == null ? PyNone.NONE : r;
        });
        NativeTypes.def(TYPE, "fetchmany", (t, a, k) -> {
            SqliteCursor c = self(a[0]);
            long n = Ops.toLong(BuiltinArgs.get(a, k, 1, "size", c.arraysize));
            PyList out = new PyList();
            for (long i = 0; i < n; i++) {
                Object r = c.nextRow(t);
                if (r == null) {
                    break;
                }
                out.append(r);
            }
            return out;
        });
        NativeTypes.def(TYPE, "fetchall", (t, a, k) -> {
            SqliteCursor c = self(a[0]);
            PyList out = new PyList();
            for (Object r = c.nextRow(t); r != null; r = c.nextRow(t)) {
                out.append(r);
            }
            return out;
        });
        NativeTypes.def(TYPE, "__iter__", (t, a, k) -> a[0]);
        NativeTypes.def(TYPE, "__next__", (t, a, k) -> {
            Object r = self(a[0]).nextRow(t);
            if (r == null) {
                throw Err.make(Types.StopIteration, new Object[0]);
            }
            return r;
        });
        NativeTypes.def(TYPE, "close", (t, a, k) -> {
            SqliteCursor c = self(a[0]);
            c.conn.check();
            c.reset();
            c.closed = true;
            return PyNone.NONE;
        });
        NativeTypes.def(TYPE, "setinputsizes", (t, a, k) -> PyNone.NONE);
        NativeTypes.def(TYPE, "setoutputsize", (t, a, k) -> PyNone.NONE);
        NativeTypes.getter(TYPE, "connection", o -> self(o).conn);
        NativeTypes.getter(TYPE, "description", o -> self(o).description);
        NativeTypes.getter(TYPE, "rowcount", o -> self(o).rowcount);
        NativeTypes.getter(TYPE, "lastrowid", o -> self(o).lastrowid);
        NativeTypes.getset(TYPE, "arraysize", o -> self(o).arraysize, (o, v) -> self(o).arraysize = Ops.toLong(v));
        NativeTypes.getset(TYPE, "row_factory", o -> self(o).rowFactory, (o, v) -> self(o).rowFactory = v);
        NativeTypes.ready(TYPE);
    }
}
