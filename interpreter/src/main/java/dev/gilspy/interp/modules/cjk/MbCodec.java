package dev.gilspy.interp.modules.cjk;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.codec.Multibyte;

/** {@code _multibytecodec.MultibyteCodec}: what {@code getcodec} returns; stateless encode/decode. */
final class MbCodec extends NativeObj {
    static final PyType TYPE = makeType();

    final Multibyte.Codec codec;

    MbCodec(Multibyte.Codec codec) {
        super(TYPE);
        this.codec = codec;
    }

    static String errors(Object o) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        if (!(o instanceof String s)) {
            throw Err.type("errors must be a string, not " + Ops.typeName(o));
        }
        return s;
    }

    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        Object tb = Ops.getattrOrNull(o, "tobytes");
        if (tb != null && !(o instanceof String)) {
            return ((PyBytes) Ops.call(tb)).data();
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    byte[] encode(String s, String errors) {
        return Multibyte.encoder(codec).encode(s, errors, true);
    }

    private static PyType makeType() {
        PyType t = NativeTypes.newType("MultibyteCodec", "_multibytecodec", null, null);
        NativeTypes.def(t, "encode", (th, a, k) -> {
            MbCodec c = (MbCodec) a[0];
            Object in = BuiltinArgs.get(a, k, 1, "input", null);
            if (!(in instanceof String s)) {
                throw Err.type("couldn't convert the object to unicode.");
            }
            String err = errors(BuiltinArgs.get(a, k, 2, "errors", null));
            return PyTuple.of(new PyBytes(c.encode(s, err)), (long) s.codePointCount(0, s.length()));
        });
        NativeTypes.def(t, "decode", (th, a, k) -> {
            MbCodec c = (MbCodec) a[0];
            byte[] d = bytesOf(BuiltinArgs.get(a, k, 1, "input", null));
            String err = errors(BuiltinArgs.get(a, k, 2, "errors", null));
            return PyTuple.of(Multibyte.decoder(c.codec).decode(d, err, true).text(), (long) d.length);
        });
        return NativeTypes.ready(t);
    }
}
