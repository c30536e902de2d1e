package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code marshal} ({@code Python/marshal.c}): CPython's serialization of constant data, versions 0
 * to 4. {@link MarshalWriter} writes, {@link MarshalReader} reads. Code objects are not marshalled:
 * CPython's are bytecode, gilspy's are trees, so {@code dumps(code)} raises ValueError
 * ("unmarshallable object") and a {@code 'c'} record in data is refused the same way.
 * Like CPython, no function releases the GIL.
 */
public final class MarshalModule {
    private MarshalModule() {}

    /** {@code Py_MARSHAL_VERSION}. */
    static final int VERSION = 4;

    static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.put("version", (long) VERSION);
        m.def("dumps", (t, a, k) -> {
            args(a, k, "dumps", 1, 2);
            return new PyBytes(MarshalWriter.write(a[0], version(a, 1)));
        });
        m.def("dump", (t, a, k) -> {
            args(a, k, "dump", 2, 3);
            byte[] data = MarshalWriter.write(a[0], version(a, 2));
            return Ops.call(Ops.getattr(a[1], "write"), new PyBytes(data));
        });
        m.def("loads", (t, a, k) -> {
            args(a, k, "loads", 1, 1);
            return MarshalReader.fromBytes(bytesLike(a[0])).readTop();
        });
        m.def("load", (t, a, k) -> {
            args(a, k, "load", 1, 1);
            Object read = Ops.getattr(a[0], "read");
            Object probe = Ops.call(read, 0L);
            if (!(probe instanceof PyBytes) || Ops.typeOf(probe) != Types.BYTES) {
                throw Err.type("file.read() returned not bytes but " + Ops.typeName(probe));
            }
            return MarshalReader.fromFile(read).readTop();
        });
        return m;
    }

    private static void args(Object[] a, String[] k, String fn, int min, int max) {
        if (k != null && k.length > 0) {
            throw Err.type("marshal." + fn + "() takes no keyword arguments");
        }
        BuiltinArgs.check(min == max ? "marshal." + fn : fn, a, k, min, max);
    }

    private static int version(Object[] a, int i) {
        if (a.length <= i) {
            return VERSION;
        }
        Object v = a[i];
        if (v instanceof Double) {
            throw Err.type("'float' object cannot be interpreted as an integer");
        }
        if (!Ops.isInt(v)) {
            throw Err.type("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return (int) Ops.toLong(v);
    }

    private static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof String || o == PyNone.NONE || Ops.getattrOrNull(o, "tobytes") == null) {
            throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
        }
        return Buffers.bytes(o, "loads");
    }
}
