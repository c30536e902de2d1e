package dev.gilspy.interp.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPython's structseq ({@code PyStructSequence}): a tuple subclass whose items are also named
 * attributes, and whose repr is {@code sys.flags(debug=0, ...)}. Used for {@code sys.flags},
 * {@code sys.float_info}, {@code sys.int_info}, {@code sys.hash_info}, {@code sys.thread_info}.
 */
public final class StructSeq {
    private StructSeq() {}

    /** A new structseq type {@code module.name} with these fields: create it once, in a static field. */
    public static PyType type(String module, String name, String... fields) {
        Map<String, Object> ns = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            ns.put(fields[i], new PyDescriptors.Property(new PyBuiltin(fields[i], (t, a, k) -> ((PyTuple) a[0]).items[idx]), null, null));
        }
        String full = module + "." + name;
        ns.put("n_fields", (long) fields.length);
        ns.put("n_sequence_fields", (long) fields.length);
        ns.put("n_unnamed_fields", 0L);
        // immutable and shared by every interpreter, as CPython's static structseq types
        PyType t = new PyType(name, new PyType[] {Types.TUPLE}, PyType.Layout.BUILTIN, true);
        t.dict.putAll(ns);
        t.module = module;
        t.ctor = (th, cls, a, k) -> {
            if (a.length != 1) {
                throw Err.type(full + "() takes at most 2 arguments (" + a.length + " given)");
            }
            Object[] items = Ops.toArray(a[0]);
            if (items.length != fields.length) {
                throw Err.type(full + "() takes " + (full.equals("time.struct_time") ? "an at least " : "a ")
                    + fields.length + "-sequence (" + items.length + "-sequence given)");
            }
            return new PyTuple.Sub(cls, items);
        };
        t.finishInit();
        FIELDS.put(t, fields.clone());
        return t;
    }

    /** The field names of each structseq type (written once, when the type is made). */
    private static final Map<PyType, String[]> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code sys.flags(debug=0, ...)} for an instance of a structseq type, else null. */
    static String repr(Object o) {
        if (!(o instanceof PyTuple.Sub sub)) {
            return null;
        }
        String[] fields = FIELDS.get(sub.cls);
        if (fields == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(sub.cls.module).append('.').append(sub.cls.name).append('(');
        for (int i = 0; i < fields.length && i < sub.items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(StrRepr.repr(sub.items[i]));
        }
        return sb.append(')').toString();
    }

    /** An instance of a structseq type. */
    public static PyTuple make(PyType type, Object... values) {
        return new PyTuple.Sub(type, values);
    }
}
