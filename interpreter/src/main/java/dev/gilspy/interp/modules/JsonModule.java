package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;

/**
 * {@code _json} (CPython's {@code Modules/_json.c}): the accelerators CPython's {@code json} package
 * picks up — {@code scanstring}, {@code make_scanner}, {@code make_encoder},
 * {@code encode_basestring(_ascii)}. {@link JsonScanner} decodes, {@link JsonEncoder} encodes. The
 * scanner and encoder are returned as callables (CPython makes them instances of a type). Holds
 * the GIL throughout, as CPython does.
 */
public final class JsonModule {
    private JsonModule() {}

    static final PyCallable ESCAPE_ASCII = (t, a, k) -> JsonEncoder.escapeAscii(text(a, "encode_basestring_ascii"));
    static final PyCallable ESCAPE = (t, a, k) -> JsonEncoder.escape(text(a, "encode_basestring"));

    private static String text(Object[] a, String fn) {
        if (a.length != 1) {
            throw Err.type(fn + "() takes exactly one argument (" + a.length + " given)");
        }
        if (!(a[0] instanceof String s)) {
            if (Ops.isinstance(a[0], dev.gilspy.interp.runtime.Types.STR)) {
                return (String) dev.gilspy.interp.runtime.PyValueSub.unwrap(a[0]);
            }
            throw Err.type("first argument must be a string, not " + Ops.typeName(a[0]));
        }
        return s;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_json");
        m.put("encode_basestring_ascii", new PyBuiltin("encode_basestring_ascii", ESCAPE_ASCII, m));
        m.put("encode_basestring", new PyBuiltin("encode_basestring", ESCAPE, m));
        m.def("scanstring", (t, a, k) -> {
            Object s = BuiltinArgs.get(a, k, 0, "string", null);
            long end = Ops.toLong(BuiltinArgs.get(a, k, 1, "end", null)); // first, as the "On|p" format does
            if (!(s instanceof String str)) {
                throw Err.type("first argument must be a string, not " + Ops.typeName(s));
            }
            boolean strict = Ops.truthy(BuiltinArgs.get(a, k, 2, "strict", true));
            JsonScanner sc = new JsonScanner(t, str, new JsonScanner.Context(strict, null, null, null, null, null));
            int[] out = new int[1];
            String r = sc.string((int) end, strict, out);
            return PyTuple.of(r, (long) out[0]);
        });
        m.def("make_scanner", (t, a, k) -> {
            BuiltinArgs.check("make_scanner", a, k, 1, 1);
            JsonScanner.Context ctx = JsonScanner.Context.of(a[0]);
            return new PyBuiltin("scan_once", (th, b, kw) -> {
                Object s = BuiltinArgs.get(b, kw, 0, "string", null);
                if (!(s instanceof String str)) {
                    throw Err.type("first argument must be a string, not " + Ops.typeName(s));
                }
                return new JsonScanner(th, str, ctx).scanOnce((int) Ops.toLong(BuiltinArgs.get(b, kw, 1, "idx", null)));
            }, m);
        });
        m.def("make_encoder", (t, a, k) -> {
            BuiltinArgs.check("make_encoder", a, k, 9, 9);
            if (a[0] != PyNone.NONE && !(a[0] instanceof PyDict)) {
                throw Err.type("make_encoder() argument 1 must be dict or None, not " + Ops.typeName(a[0]));
            }
            Object[] args = a.clone();
            return new PyBuiltin("encoder", (th, b, kw) -> PyTuple.of(new JsonEncoder(th, args).encode(b[0])), m);
        });
        return m;
    }
}
