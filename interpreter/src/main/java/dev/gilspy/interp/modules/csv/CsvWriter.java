package dev.gilspy.interp.modules.csv;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;

/**
 * {@code _csv.writer}: {@code writerow} joins the fields as Modules/_csv.c's {@code join_append}
 * does (a counting pass decides whether the field needs quotes, the copying pass writes it), adds the
 * line terminator and hands the line to the file's {@code write}.
 */
final class CsvWriter extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("writer", "_csv", null, null);

    private final Object write;
    private final CsvDialect dialect;
    private final CsvModule.State module;
    private final StringBuilder rec = new StringBuilder();
    private int numFields;

    CsvWriter(Object write, CsvDialect dialect, CsvModule.State module) {
        super(TYPE);
        this.write = write;
        this.dialect = dialect;
        this.module = module;
    }

    private Object writerow(PyThread t, Object seq) {
        Object it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (Err.matches(e, Types.TypeError)) {
                throw Err.make(module.error, "iterable expected, not " + Ops.typeName(seq));
            }
            throw e;
        }
        rec.setLength(0);
        numFields = 0;
        CsvDialect d = dialect;
        for (Object field = Ops.next(t, it); field != null; field = Ops.next(t, it)) {
            boolean quoted = switch (d.quoting) {
                case CsvModule.QUOTE_NONNUMERIC -> !isNumber(field);
                case CsvModule.QUOTE_ALL -> true;
                default -> false;
            };
            String s = field == PyNone.NONE ? "" : field instanceof String str ? str : StrRepr.str(field);
            append(s, quoted);
        }
        if (numFields > 0 && rec.length() == 0) {
            if (d.quoting == CsvModule.QUOTE_NONE) {
                throw Err.make(module.error, "single empty field record must be quoted");
            }
            numFields--;
            append("", true);
        }
        rec.append(d.lineterminator);
        return Ops.call(t, write, new Object[] {rec.toString()}, null);
    }

    /** {@code PyNumber_Check}: ints, floats, complex numbers and objects that convert to one. */
    private static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger || o instanceof PyComplex) {
            return true;
        }
        PyType tp = Ops.typeOf(o);
        return tp.lookup("__index__") != null || tp.lookup("__int__") != null || tp.lookup("__float__") != null;
    }

    /** {@code join_append}: decide the quoting with a counting pass, then copy. */
    private void append(String field, boolean quoted) {
        boolean q = scan(field, quoted, null);
        scan(field, q, rec);
        numFields++;
    }

    /** One pass of {@code join_append_data}; copies into {@code out} when it is not null; answers "quoted". */
    private boolean scan(String field, boolean quoted, StringBuilder out) {
        CsvDialect d = dialect;
        StringBuilder sb = out == null ? new StringBuilder() : out;
        if (numFields > 0) {
            sb.appendCodePoint(d.delimiter);
        }
        if (out != null && quoted) {
            sb.appendCodePoint(d.quotechar);
        }
        for (int i = 0; i < field.length(); ) {
            int c = field.codePointAt(i);
            i += Character.charCount(c);
            boolean wantEscape = false;
            if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                if (d.quoting == CsvModule.QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            sb.appendCodePoint(d.quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) {
                        quoted = true;
                    }
                }
                if (wantEscape) {
                    if (d.escapechar == CsvDialect.NOT_SET) {
                        throw Err.make(module.error, "need to escape, but no escapechar set");
                    }
                    sb.appendCodePoint(d.escapechar);
                }
            }
            sb.appendCodePoint(c);
        }
        if (quoted && out != null) {
            sb.appendCodePoint(d.quotechar);
        }
        return quoted;
    }

    static {
        NativeTypes.def(TYPE, "writerow", (t, a, k) -> ((CsvWriter) a[0]).writerow(t, a[1]));
        NativeTypes.def(TYPE, "writerows", (t, a, k) -> {
            Object it = Ops.iter(a[1]);
            for (Object row = Ops.next(t, it); row != null; row = Ops.next(t, it)) {
                ((CsvWriter) a[0]).writerow(t, row);
            }
            return PyNone.NONE;
        });
        NativeTypes.getter(TYPE, "dialect", o -> ((CsvWriter) o).dialect);
        NativeTypes.ready(TYPE);
    }
}
