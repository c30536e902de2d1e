package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.PyThread;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * One SQLite database handle ({@code sqlite3 *}) as xerial's driver holds it: the JDBC connection
 * only opens the file and owns the native library; statements go through the driver's
 * {@link DB} (sqlite3_prepare/bind/step/column/finalize), the C API that Modules/_sqlite calls.
 * The driver keeps prepare, bind and errmsg package-private, so they are reached through method
 * handles. {@link #prepare} and {@link #step} drop the GIL, as CPython's
 * {@code Py_BEGIN_ALLOW_THREADS} around {@code sqlite3_prepare_v2} and {@code sqlite3_step} does.
 */
final class SqliteDb {
    static final int SQLITE_OK = 0;
    static final int SQLITE_ROW = 100;
    static final int SQLITE_DONE = 101;
    static final int SQLITE_INTEGER = 1;
    static final int SQLITE_FLOAT = 2;
    static final int SQLITE_TEXT = 3;
    static final int SQLITE_BLOB = 4;
    static final int SQLITE_NULL = 5;

    private static final MethodHandle PREPARE;
    private static final MethodHandle FINALIZE;
    private static final MethodHandle ERRMSG;
    private static final MethodHandle PARAM_COUNT;
    private static final MethodHandle BIND_NULL;
    private static final MethodHandle BIND_LONG;
    private static final MethodHandle BIND_DOUBLE;
    private static final MethodHandle BIND_TEXT;
    private static final MethodHandle BIND_BLOB;

    static {
        try {
            Class<?> nat = Class.forName("org.sqlite.core.NativeDB");
            PREPARE = handle(nat, "prepare_utf8", byte[].class);
            FINALIZE = handle(nat, "finalize", long.class);
            ERRMSG = handle(nat, "errmsg");
            PARAM_COUNT = handle(nat, "bind_parameter_count", long.class);
            BIND_NULL = handle(nat, "bind_null", long.class, int.class);
            BIND_LONG = handle(nat, "bind_long", long.class, int.class, long.class);
            BIND_DOUBLE = handle(nat, "bind_double", long.class, int.class, double.class);
            BIND_TEXT = handle(nat, "bind_text_utf8", long.class, int.class, byte[].class);
            BIND_BLOB = handle(nat, "bind_blob", long.class, int.class, byte[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandle handle(Class<?> c, String name, Class<?>... params) throws ReflectiveOperationException {
        Method m = c.getDeclaredMethod(name, params);
        m.setAccessible(true);
        return MethodHandles.lookup().unreflect(m);
    }

    final Connection jdbc;
    final DB db;

    private SqliteDb(Connection jdbc) {
        this.jdbc = jdbc;
        this.db = ((SQLiteConnection) jdbc).getDatabase();
    }

    /** Opens {@code path} (a file name, {@code :memory:}, or with {@code uri} a {@code file:} URI). */
    static SqliteDb open(String path, boolean uri, double timeout) throws SQLException {
        String url = "jdbc:sqlite:" + (uri && path.startsWith("file:") ? path : path);
        Properties p = new Properties();
        p.setProperty("open_mode", String.valueOf(0x06 | (uri ? 0x40 : 0)));
        Connection c = DriverManager.getConnection(url, p);
        SqliteDb d = new SqliteDb(c);
        d.db.busy_timeout((int) (timeout * 1000));
        return d;
    }

    static String libversion() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            return ((SQLiteConnection) c).getDatabase().libversion();
        } catch (SQLException e) {
            return "3.0.0";
        }
    }

    /** sqlite3_prepare_v2 of the first statement of {@code sql}, GIL dropped; 0 for an empty statement. */
    long prepare(PyThread t, String sql) throws SQLException {
        byte[] utf8 = sql.getBytes(StandardCharsets.UTF_8);
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return (long) PREPARE.invoke(db, utf8);
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** sqlite3_prepare_v2 keeping the GIL, for the module's own short statements. */
    long prepareHeld(String sql) throws SQLException {
        try {
            return (long) PREPARE.invoke(db, sql.getBytes(StandardCharsets.UTF_8));
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        }
    }

    /** sqlite3_exec of a whole script with the GIL dropped (executescript steps each statement without it). */
    void exec(PyThread t, String sql) throws SQLException {
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            db._exec(sql);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** sqlite3_step with the GIL dropped. */
    int step(PyThread t, long stmt) throws SQLException {
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return db.step(stmt);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    int finalizeStmt(long stmt) {
        try {
            return (int) FINALIZE.invoke(db, stmt);
        } catch (Throwable e) {
            return 1;
        }
    }

    String errmsg() {
        try {
            return (String) ERRMSG.invoke(db);
        } catch (Throwable e) {
            return "unknown error";
        }
    }

    int paramCount(long stmt) {
        try {
            return (int) PARAM_COUNT.invoke(db, stmt);
        } catch (Throwable e) {
            return 0;
        }
    }

    int bindNull(long stmt, int i) throws Throwable { return (int) BIND_NULL.invoke(db, stmt, i); }

    int bindLong(long stmt, int i, long v) throws Throwable { return (int) BIND_LONG.invoke(db, stmt, i, v); }

    int bindDouble(long stmt, int i, double v) throws Throwable { return (int) BIND_DOUBLE.invoke(db, stmt, i, v); }

    int bindText(long stmt, int i, String v) throws Throwable {
        return (int) BIND_TEXT.invoke(db, stmt, i, v.getBytes(StandardCharsets.UTF_8));
    }

    int bindBlob(long stmt, int i, byte[] v) throws Throwable { return (int) BIND_BLOB.invoke(db, stmt, i, v); }

    void close() {
        try {
            jdbc.close();
        } catch (SQLException e) {
            // closing twice or with a statement left open: nothing the caller can do
        }
    }

}
