package dev.gilspy.interp.runtime;

/**
 * CPython's structseq ({@code Objects/structseq.c}): a tuple type whose items also have names, and
 * which may carry named fields beyond the tuple's length ({@code os.stat_result.st_atime} and the
 * {@code st_*_ns} fields are not in the tuple). {@code os.stat_result}, {@code os.terminal_size},
 * {@code os.times_result} and {@code os.uname_result} are made with it.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A new structseq type {@code module.name} whose first {@code visible} of {@code fields} are the tuple. */
    public static PyType newType(String module, String name, String[] fields, int visible) {
        PyType tp = new PyType(name, new PyType[] {Types.TUPLE}, PyType.Layout.BUILTIN, true);
        tp.module = module;
        tp.finishInit();
        tp.dict.put("n_sequence_fields", (long) visible);
        tp.dict.put("n_fields", (long) fields.length);
        tp.dict.put("_fields", fieldsTuple(fields, visible));
        tp.ctor = (t, cls, a, k) -> {
            Object[] items = a.length == 0 ? new Object[0] : Ops.toArray(a[0]);
            if (items.length < visible || items.length > fields.length) {
                // Objects/structseq.c's three messages
                String takes = visible == fields.length ? "a " + visible
                    : items.length < visible ? "an at least " + visible : "an at most " + fields.length;
                throw Err.type(module + "." + name + "() takes " + takes + "-sequence (" + items.length + "-sequence given)");
            }
            Object[] all = new Object[fields.length];
            System.arraycopy(items, 0, all, 0, items.length);
            Object extra = a.length > 1 ? a[1] : PyNone.NONE; // the dict of the fields past the sequence, as __reduce__ gives it
            if (extra != PyNone.NONE && !(extra instanceof PyDict)) {
                throw Err.type(module + "." + name + "() takes a dict as second arg, if any");
            }
            for (int i = items.length; i < all.length; i++) {
                Object v = extra instanceof PyDict d ? d.get(fields[i]) : null;
                all[i] = v == null ? PyNone.NONE : v;
            }
            return make(cls, fields, visible, all);
        };
        Methods.def(tp, "__repr__", (t, a, k) -> repr((PyTuple) a[0], module + "." + name, fields));
        Methods.def(tp, "__reduce__", (t, a, k) -> {
            PyTuple self = (PyTuple) a[0];
            PyDict extra = new PyDict();
            PyDict attrs = self instanceof PyTuple.Sub sub ? sub.attrs : null;
            for (int i = self.items.length; i < fields.length && attrs != null; i++) {
                Object v = attrs.get(fields[i]);
                extra.put(fields[i], v == null ? PyNone.NONE : v);
            }
            return PyTuple.of(tp, PyTuple.of(new PyTuple(self.items), extra));
        });
        return tp;
    }

    /** A new structseq type whose fields are all in the tuple ({@code sys.flags}, {@code time.struct_time}). */
    public static PyType type(String module, String name, String... fields) {
        return newType(module, name, fields, fields.length);
    }

    /** An instance of a type made by {@link #type}: one value per field. */
    public static PyTuple make(PyType tp, Object... values) {
        Object[] names = ((PyTuple) tp.dict.get("_fields")).items;
        String[] fields = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = (String) names[i];
        }
        return make(tp, fields, fields.length, values);
    }

    /** The repr of an instance of a structseq type ({@code sys.flags(debug=0, ...)}); null for any other tuple. */
    static String repr(PyTuple.Sub s) {
        PyType tp = s.cls;
        if (!tp.builtin || !(tp.dict.get("_fields") instanceof PyTuple names) || tp.dict.get("n_sequence_fields") == null) {
            return null;
        }
        String[] fields = new String[names.items.length];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = (String) names.items[i];
        }
        return repr(s, tp.module + "." + tp.name, fields);
    }

    private static PyTuple fieldsTuple(String[] fields, int visible) {
        Object[] names = new Object[visible];
        System.arraycopy(fields, 0, names, 0, visible);
        return new PyTuple(names);
    }

    /** An instance: {@code values} has one value per field, the first {@code visible} being the tuple's items. */
    public static PyTuple make(PyType tp, String[] fields, int visible, Object[] values) {
        Object[] items = new Object[visible];
        System.arraycopy(values, 0, items, 0, visible);
        PyTuple.Sub s = new PyTuple.Sub(tp, items);
        for (int i = 0; i < fields.length; i++) {
            s.attrs.put(fields[i], values[i]);
        }
        return s;
    }

    private static String repr(PyTuple self, String qualname, String[] fields) {
        StringBuilder sb = new StringBuilder(qualname).append('(');
        for (int i = 0; i < self.items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(StrRepr.repr(self.items[i]));
        }
        return sb.append(')').toString();
    }
}
