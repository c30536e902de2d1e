package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Statement text scanning and parameter binding ({@code bind_parameters} in Modules/_sqlite/cursor.c).
 * The driver does not expose sqlite3_bind_parameter_name nor the prepare tail, so the parameter
 * names (index 1..n as SQLite numbers them) and the end of the first statement are found by
 * scanning the text outside literals and comments.
 */
final class SqliteParams {
    private SqliteParams() {}

    /** The parameter names by index ({@code null} for a nameless {@code ?}), and where the first statement ends. */
    record Scan(List<String> names, int end) {}

    static Scan scan(String sql) {
        List<String> names = new ArrayList<>();
        names.add(null);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int j = sql.indexOf(c == '[' ? ']' : c, i + 1);
                i = j < 0 ? n : j + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else if (c == ';') {
                return new Scan(names, i + 1);
            } else if (c == '?') {
                int j = i + 1;
                while (j < n && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                if (j > i + 1) {
                    int idx = Integer.parseInt(sql.substring(i + 1, j));
                    while (names.size() <= idx) {
                        names.add(null);
                    }
                    names.set(idx, sql.substring(i, j));
                } else {
                    names.add(null);
                }
                i = j;
            } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isIdent(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && isIdent(sql.charAt(j))) {
                    j++;
                }
                String name = sql.substring(i, j);
                if (!names.contains(name)) {
                    names.add(name);
                }
                i = j;
            } else {
                i++;
            }
        }
        return new Scan(names, n);
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127;
    }

    /** True when only blanks and comments follow the first statement. */
    static boolean onlyBlankAfter(String sql, int end) {
        int n = sql.length();
        int i = end;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The first keyword of the statement, upper-cased. */
    static String keyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else {
                break;
            }
        }
        int j = i;
        while (j < n && Character.isLetter(sql.charAt(j))) {
            j++;
        }
        return sql.substring(i, j).toUpperCase(Locale.ROOT);
    }

    static void bind(PyThread t, SqliteConnection c, SqliteDb db, long stmt, Scan scan, Object params) throws Throwable {
        int count = db.paramCount(stmt);
        if (params instanceof PyDict || (!(params instanceof PyTuple) && !(params instanceof dev.gilspy.interp.runtime.PyList)
                && Ops.getattrOrNull(params, "keys") != null && !(params instanceof SqliteRow))) {
            for (int i = 1; i <= count; i++) {
                String name = i < scan.names().size() ? scan.names().get(i) : null;
                if (name == null) {
                    throw Err.make(c.st.programmingError, "Binding " + i + " has no name, but you supplied a dictionary (which has only names).");
                }
                Object v;
                try {
                    v = Ops.getitem(params, name.substring(1));
                } catch (dev.gilspy.interp.runtime.PyException e) {
                    if (Ops.isinstance(e.exc, Types.KeyError)) {
                        throw Err.make(c.st.programmingError, "You did not supply a value for binding parameter " + name + ".");
                    }
                    throw e;
                }
                bindOne(t, c, db, stmt, i, v);
            }
            return;
        }
        long len = Ops.len(params);
        if (len != count) {
            throw Err.make(c.st.programmingError, "Incorrect number of bindings supplied. The current statement uses " + count
                + ", and there are " + len + " supplied.");
        }
        for (int i = 1; i <= count; i++) {
            bindOne(t, c, db, stmt, i, Ops.getitem(params, (long) (i - 1)));
        }
    }

    private static void bindOne(PyThread t, SqliteConnection c, SqliteDb db, long stmt, int i, Object v) throws Throwable {
        PyType type = Ops.typeOf(v);
        if (!(v instanceof Long || v instanceof Double || v instanceof String || (v instanceof PyBytes b && b.type() == Types.BYTEARRAY))
                && c.st.adapters.size() > 0) {
            v = SqliteModule.adapt(t, c.st, v, v);
        }
        int rc;
        if (v == PyNone.NONE) {
            rc = db.bindNull(stmt, i);
        } else if (v instanceof Boolean bo) {
            rc = db.bindLong(stmt, i, bo ? 1 : 0);
        } else if (v instanceof Long l) {
            rc = db.bindLong(stmt, i, l);
        } else if (v instanceof BigInteger) {
            throw Err.overflow("Python int too large to convert to SQLite INTEGER");
        } else if (v instanceof Double d) {
            rc = db.bindDouble(stmt, i, d);
        } else if (v instanceof String s) {
            rc = db.bindText(stmt, i, s);
        } else if (v instanceof PyBytes b) {
            rc = db.bindBlob(stmt, i, b.data());
        } else if (v instanceof PyMemoryView mv) {
            rc = db.bindBlob(stmt, i, mv.toByteArray());
        } else if (Ops.isInt(v)) {
            rc = db.bindLong(stmt, i, Ops.toLong(v));
        } else if (v instanceof Number || Ops.isinstance(v, Types.FLOAT)) {
            rc = db.bindDouble(stmt, i, Ops.toDouble(v));
        } else {
            throw Err.make(c.st.programmingError, "Error binding parameter " + i + ": type '" + type.name + "' is not supported");
        }
        if (rc != SqliteDb.SQLITE_OK) {
            throw SqliteErrors.error(c.st, rc, db.errmsg());
        }
    }
}
