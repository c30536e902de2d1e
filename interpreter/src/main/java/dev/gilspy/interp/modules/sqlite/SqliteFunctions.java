package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import java.math.BigInteger;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code create_function} and {@code create_aggregate}: Python callables as SQLite functions.
 * SQLite calls them inside {@code sqlite3_step}, where the GIL is dropped, so each call takes
 * the GIL back for its duration (CPython's {@code PyGILState_Ensure} in {@code func_callback}).
 */
final class SqliteFunctions {
    private SqliteFunctions() {}

    static void createFunction(PyThread t, SqliteConnection c, String name, int narg, Object fn, boolean deterministic) {
        try {
            Function.create(c.db.jdbc, name, new PyFn() {
                @Override
                protected void xFunc() throws SQLException {
                    PyThread cur = PyThread.current();
                    cur.ts.endAllowThreads();
                    try {
                        Object[] args = new Object[args()];
                        for (int i = 0; i < args.length; i++) {
                            args[i] = value(c.db.db, this, i);
                        }
                        emit(this, Ops.call(cur, fn, args, null), "user-defined function raised exception");
                    } catch (PyException e) {
                        error("user-defined function raised exception");
                    } finally {
                        cur.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
                    }
                }
            }, narg, deterministic ? Function.FLAG_DETERMINISTIC : 0);
        } catch (SQLException e) {
            throw SqliteErrors.error(c.st, c.db, e);
        }
    }

    static void createAggregate(PyThread t, SqliteConnection c, String name, int narg, Object cls) {
        try {
            Function.create(c.db.jdbc, name, new PyAgg() {
                private Object instance;

                private Object instance(PyThread cur) {
                    if (instance == null) {
                        instance = Ops.call(cur, cls, new Object[0], null);
                    }
                    return instance;
                }

                @Override
                protected void xStep() throws SQLException {
                    PyThread cur = PyThread.current();
                    cur.ts.endAllowThreads();
                    try {
                        Object[] args = new Object[args()];
                        for (int i = 0; i < args.length; i++) {
                            args[i] = value(c.db.db, this, i);
                        }
                        Ops.call(cur, Ops.getattr(instance(cur), "step"), args, null);
                    } catch (PyException e) {
                        error("user-defined aggregate's 'step' method raised error");
                    } finally {
                        cur.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
                    }
                }

                @Override
                protected void xFinal() throws SQLException {
                    PyThread cur = PyThread.current();
                    cur.ts.endAllowThreads();
                    try {
                        emit(this, Ops.call(cur, Ops.getattr(instance(cur), "finalize"), new Object[0], null),
                            "user-defined aggregate's 'finalize' method raised error");
                    } catch (PyException e) {
                        error("user-defined aggregate's 'finalize' method raised error");
                    } finally {
                        cur.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
                    }
                }
            }, narg, 0);
        } catch (SQLException e) {
            throw SqliteErrors.error(c.st, c.db, e);
        }
    }

    /** Argument {@code i} of the current call as a Python value. */
    static Object value(org.sqlite.core.DB db, Function f, int i) throws SQLException {
        return switch (db.value_type(f, i)) {
            case SqliteDb.SQLITE_INTEGER -> db.value_long(f, i);
            case SqliteDb.SQLITE_FLOAT -> db.value_double(f, i);
            case SqliteDb.SQLITE_TEXT -> db.value_text(f, i);
            case SqliteDb.SQLITE_BLOB -> {
                byte[] b = db.value_blob(f, i);
                yield new PyBytes(b == null ? new byte[0] : b);
            }
            default -> PyNone.NONE;
        };
    }

    /** A callback's result as null, Long, Double, String or byte[]; {@link #BAD} when SQLite cannot hold it. */
    static Object result(Object r) {
        if (r == PyNone.NONE) {
            return null;
        } else if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (r instanceof Long || r instanceof Double || r instanceof String) {
            return r;
        } else if (r instanceof PyBytes b) {
            return b.data();
        } else if (r instanceof PyMemoryView mv) {
            return mv.toByteArray();
        } else if (r instanceof BigInteger) {
            return BAD;
        } else if (Ops.isInt(r)) {
            return Ops.toLong(r);
        }
        return BAD;
    }

    static final Object BAD = new Object();

    /** The Python-facing parts shared by scalar functions and aggregates. */
    interface Sink {
        void setNull() throws SQLException;
        void setLong(long v) throws SQLException;
        void setDouble(double v) throws SQLException;
        void setText(String v) throws SQLException;
        void setBlob(byte[] v) throws SQLException;
        void setError(String msg) throws SQLException;
    }

    static void emit(Sink s, Object r, String err) throws SQLException {
        Object v = result(r);
        if (v == null) {
            s.setNull();
        } else if (v instanceof Long l) {
            s.setLong(l);
        } else if (v instanceof Double d) {
            s.setDouble(d);
        } else if (v instanceof String str) {
            s.setText(str);
        } else if (v instanceof byte[] b) {
            s.setBlob(b);
        } else {
            s.setError(err);
        }
    }

    /** A {@link Function} that hands its protected result setters to {@link #emit}. */
    abstract static class PyFn extends Function implements Sink {
        @Override public void setNull() throws SQLException { result(); }
        @Override public void setLong(long v) throws SQLException { result(v); }
        @Override public void setDouble(double v) throws SQLException { result(v); }
        @Override public void setText(String v) throws SQLException { result(v); }
        @Override public void setBlob(byte[] v) throws SQLException { result(v); }
        @Override public void setError(String msg) throws SQLException { error(msg); }
        int nargs() throws SQLException { return args(); }
    }

    /** The same for {@link Function.Aggregate}. */
    abstract static class PyAgg extends Function.Aggregate implements Sink {
        @Override public void setNull() throws SQLException { result(); }
        @Override public void setLong(long v) throws SQLException { result(v); }
        @Override public void setDouble(double v) throws SQLException { result(v); }
        @Override public void setText(String v) throws SQLException { result(v); }
        @Override public void setBlob(byte[] v) throws SQLException { result(v); }
        @Override public void setError(String msg) throws SQLException { error(msg); }
        int nargs() throws SQLException { return args(); }
    }
}
