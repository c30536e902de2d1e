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

    /** A new structseq type {@code module.name} with these fields. */
    public static PyType type(String module, String name, String... fields) {
        Map<String, Object> ns = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            ns.put(fields[i], new PyDescriptors.Property(new PyBuiltin(fields[i], (t, a, k) -> ((PyTuple) a[0]).items[idx]), null, null));
        }
        String full = module + "." + name;
        ns.put("__repr__", new PyBuiltin("__repr__", (t, a, k) -> {
            PyTuple self = (PyTuple) a[0];
            StringBuilder sb = new StringBuilder(full).append('(');
            for (int i = 0; i < fields.length && i < self.items.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(StrRepr.repr(self.items[i]));
            }
            return sb.append(')').toString();
        }));
        ns.put("n_fields", (long) fields.length);
        ns.put("n_sequence_fields", (long) fields.length);
        ns.put("n_unnamed_fields", 0L);
        ns.put("_fields", new PyTuple(fields.clone()));
        PyType t = Instantiate.makeClass(name, new PyType[] {Types.TUPLE}, ns);
        t.module = module;
        return t;
    }

    /** An instance of a structseq type. */
    public static PyTuple make(PyType type, Object... values) {
        return new PyTuple.Sub(type, values);
    }
}
