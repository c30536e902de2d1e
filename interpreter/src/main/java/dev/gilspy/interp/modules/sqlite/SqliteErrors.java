package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyType;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** {@code _pysqlite_seterror} (Modules/_sqlite/util.c): an SQLite result code to the DB-API exception. */
final class SqliteErrors {
    private SqliteErrors() {}

    static PyException error(SqliteModule.State st, int rc, String msg) {
        PyType type = switch (rc & 0xff) {
            case 2 -> st.internalError; // INTERNAL
            case 19, 20 -> st.integrityError; // CONSTRAINT, MISMATCH
            case 18 -> st.dataError; // TOOBIG
            case 21, 25 -> st.interfaceError; // MISUSE, RANGE
            default -> st.operationalError; // ERROR, PERM, ABORT, BUSY, LOCKED, READONLY, INTERRUPT, IOERR, CORRUPT, FULL, CANTOPEN, ...
        };
        PyException e = Err.make(type, msg);
        e.exc.putDictAttr("sqlite_errorcode", (long) rc);
        return e;
    }

    /** An error the driver raised (prepare): the message is the database's own errmsg. */
    static PyException error(SqliteModule.State st, SqliteDb db, SQLException e) {
        int rc = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        String msg = db.errmsg();
        if (msg == null || msg.equals("not an error")) {
            msg = e.getMessage();
        }
        return error(st, rc == 0 ? 1 : rc, msg);
    }
}
