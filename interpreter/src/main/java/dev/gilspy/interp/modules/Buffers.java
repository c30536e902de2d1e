package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import java.nio.charset.StandardCharsets;

/** Arguments of the native modules: bytes-like objects (CPython's {@code Py_buffer} converters), errors strings. */
final class Buffers {
    private Buffers() {}

    /** The bytes of a bytes-like argument; TypeError as CPython words it for {@code fn}. */
    static byte[] bytes(Object o, String fn) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof dev.gilspy.interp.runtime.BufferExporter) {
            return dev.gilspy.interp.runtime.PyMemoryView.of(o).toByteArray(); // an mmap
        }
        Object inner = Ops.getattrOrNull(o, "tobytes");
        if (inner != null && !(o instanceof String)) {
            Object r = Ops.call(inner);
            if (r instanceof PyBytes b) {
                return b.data();
            }
        }
        throw Err.type(fn + "() argument must be bytes-like object, not '" + Ops.typeName(o) + "'");
    }

    /** A bytes-like argument, or an ASCII-only str (what binascii's a2b_* and escape_decode take). */
    static byte[] bytesOrAscii(Object o, String fn) {
        if (o instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    throw Err.value("string argument should contain only ASCII characters");
                }
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        if (o instanceof PyBytes || Ops.getattrOrNull(o, "tobytes") != null) {
            return bytes(o, fn);
        }
        throw Err.type("argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
    }

    /** The {@code errors} argument at {@code i}: null (strict) when absent or None. */
    static String errors(Object[] a, String[] k, int i) {
        Object e = BuiltinArgs.get(a, k, i, "errors", PyNone.NONE);
        if (e == PyNone.NONE) {
            return null;
        }
        return BuiltinArgs.str(e, "errors");
    }

    static boolean flag(Object[] a, String[] k, int i, String name, boolean def) {
        Object v = BuiltinArgs.get(a, k, i, name, null);
        return v == null ? def : Ops.truthy(v);
    }

    static long integer(Object[] a, String[] k, int i, String name, long def) {
        Object v = BuiltinArgs.get(a, k, i, name, null);
        if (v == null) {
            return def;
        }
        if (!Ops.isInt(v)) {
            throw Err.type("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return Ops.toLong(v);
    }
}
