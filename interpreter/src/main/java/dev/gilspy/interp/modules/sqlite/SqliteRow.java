package dev.gilspy.interp.modules.sqlite;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PySlice;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;

/** {@code sqlite3.Row} (Modules/_sqlite/row.c): a row indexable by position and, case-insensitively, by column name. */
final class SqliteRow extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("Row", "sqlite3", null, SqliteRow::make);

    final Object description;
    final PyTuple data;

    private SqliteRow(PyType cls, Object description, PyTuple data) {
        super(cls);
        this.description = description;
        this.data = data;
    }

    private static Object make(dev.gilspy.interp.runtime.PyThread t, PyType cls, Object[] a, String[] k) {
        if (a.length != 2) {
            throw Err.type("Row expected 2 arguments, got " + a.length);
        }
        if (!(a[0] instanceof SqliteCursor c)) {
            throw Err.type("argument 1 must be sqlite3.Cursor, not " + Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof PyTuple data)) {
            throw Err.type("argument 2 must be tuple, not " + Ops.typeName(a[1]));
        }
        return new SqliteRow(cls, c.description, data);
    }

    private String[] names() {
        if (!(description instanceof PyTuple d)) {
            return new String[0];
        }
        String[] r = new String[d.items.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = StrRepr.str(((PyTuple) d.items[i]).items[0]);
        }
        return r;
    }

    private Object item(Object key) {
        if (key instanceof String s) {
            String[] names = names();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(s)) {
                    return data.items[i];
                }
            }
            throw Err.index("No item with that key");
        }
        if (key instanceof PySlice) {
            return Ops.getitem(data, key);
        }
        if (Ops.isInt(key)) {
            long i = Ops.toLong(key);
            int n = data.items.length;
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Err.index("tuple index out of range");
            }
            return data.items[(int) i];
        }
        throw Err.index("Index must be int or string");
    }

    /** {@code pysqlite_row_richcompare}: equal when both the description and the data are. */
    @Override
    public Object compare(Compare op, Object other) {
        if (!(other instanceof SqliteRow o) || (op != Compare.EQ && op != Compare.NE)) {
            return Types.NOT_IMPLEMENTED;
        }
        boolean eq = Ops.eq(description, o.description) && Ops.eq(data, o.data);
        return op == Compare.EQ ? eq : !eq;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqliteRow r && compare(Compare.EQ, r) == Boolean.TRUE;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(Hashing.hash(description) ^ Hashing.hash(data));
    }

    static SqliteRow self(Object o) {
        return (SqliteRow) o;
    }

    static {
        NativeTypes.def(TYPE, "__getitem__", (t, a, k) -> self(a[0]).item(a[1]));
        NativeTypes.def(TYPE, "__len__", (t, a, k) -> (long) self(a[0]).data.items.length);
        NativeTypes.def(TYPE, "__iter__", (t, a, k) -> Ops.iter(self(a[0]).data));
        NativeTypes.def(TYPE, "keys", (t, a, k) -> {
            PyList l = new PyList();
            for (String n : self(a[0]).names()) {
                l.append(n);
            }
            return l;
        });
        NativeTypes.def(TYPE, "__hash__", (t, a, k) -> (long) (Hashing.hash(self(a[0]).description) ^ Hashing.hash(self(a[0]).data)));
        NativeTypes.ready(TYPE);
    }
}
