package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.codec.Charmap;
import dev.gilspy.interp.runtime.codec.CodecErrors;
import dev.gilspy.interp.runtime.codec.CodecState;
import dev.gilspy.interp.runtime.codec.Decoder;
import dev.gilspy.interp.runtime.codec.Escapes;
import dev.gilspy.interp.runtime.codec.Ucs1;
import dev.gilspy.interp.runtime.codec.Utf16And32;
import dev.gilspy.interp.runtime.codec.Utf7;
import dev.gilspy.interp.runtime.codec.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * {@code _codecs} (CPython's {@code Modules/_codecsmodule.c}): the registry ({@code register},
 * {@code lookup}, {@code register_error}, {@code lookup_error}), {@code encode}/{@code decode}, and the
 * {@code *_encode}/{@code *_decode} functions {@code encodings/*.py} call. The codecs themselves are in
 * {@code runtime.codec}, where {@code str.encode} and {@code bytes.decode} find them too. Holds the GIL
 * throughout, as CPython does.
 */
public final class CodecsModule {
    private CodecsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_codecs");
        m.def("register", (t, a, k) -> {
            BuiltinArgs.check("register", a, k, 1, 1);
            state(t).register(a[0]);
            return PyNone.NONE;
        });
        m.def("unregister", (t, a, k) -> {
            state(t).unregister(a[0]);
            return PyNone.NONE;
        });
        m.def("lookup", (t, a, k) -> state(t).lookup(t, BuiltinArgs.str(a[0], "lookup() argument")));
        m.def("_forget_codec", (t, a, k) -> {
            state(t).forget(StrRepr.str(a[0]));
            return PyNone.NONE;
        });
        m.def("register_error", (t, a, k) -> {
            state(t).registerError(BuiltinArgs.str(a[0], "register_error() argument 1"), a[1]);
            return PyNone.NONE;
        });
        m.def("lookup_error", (t, a, k) -> state(t).lookupError(BuiltinArgs.str(a[0], "lookup_error() argument")));
        m.def("encode", (t, a, k) -> transcode(t, a, k, 0));
        m.def("decode", (t, a, k) -> transcode(t, a, k, 1));
        textCodecs(m);
        escapeCodecs(m);
        return m;
    }

    private static CodecState state(PyThread t) { return CodecState.of(t.interp); }

    /** {@code codecs.encode}/{@code decode}: any codec, any types, the result unchecked but for the pair. */
    private static Object transcode(PyThread t, Object[] a, String[] k, int which) {
        Object obj = BuiltinArgs.get(a, k, 0, "obj", null);
        if (obj == null) {
            throw Err.type((which == 0 ? "encode" : "decode") + "() missing required argument 'obj' (pos 1)");
        }
        String enc = BuiltinArgs.str(BuiltinArgs.get(a, k, 1, "encoding", "utf-8"), (which == 0 ? "encode" : "decode") + "() argument 'encoding'");
        String errors = BuiltinArgs.str(BuiltinArgs.get(a, k, 2, "errors", "strict"), "errors");
        Object info = state(t).lookup(t, enc);
        Object r;
        try {
            r = Ops.call(t, ((PyTuple) info).items[which], new Object[] {obj, errors}, null);
        } catch (PyException e) {
            throw CodecErrors.wrap(e, which == 0 ? "encoding" : "decoding", enc);
        }
        if (!(r instanceof PyTuple tu) || tu.items.length != 2) {
            throw Err.type((which == 0 ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        return tu.items[0];
    }

    private static String text(Object o, String fn) {
        if (o instanceof String s) {
            return s;
        }
        throw Err.type(fn + "() argument 1 must be str, not " + Ops.typeName(o));
    }

    private static PyTuple encoded(byte[] b, String s) {
        return PyTuple.of(new PyBytes(b), Ops.len(s));
    }

    private static PyTuple decoded(Decoder.Result r) {
        return PyTuple.of(r.text(), (long) r.consumed());
    }

    private static void textCodecs(PyModule m) {
        m.def("utf_8_encode", (t, a, k) -> encoded(Utf8.encode(text(a[0], "utf_8_encode"), Buffers.errors(a, k, 1)), (String) a[0]));
        m.def("utf_8_decode", (t, a, k) -> decoded(Utf8.decode(Buffers.bytes(a[0], "utf_8_decode"), Buffers.errors(a, k, 1),
            Buffers.flag(a, k, 2, "final", false))));
        m.def("latin_1_encode", (t, a, k) -> encoded(Ucs1.encodeLatin1(text(a[0], "latin_1_encode"), Buffers.errors(a, k, 1)), (String) a[0]));
        m.def("latin_1_decode", (t, a, k) -> {
            byte[] b = Buffers.bytes(a[0], "latin_1_decode");
            return PyTuple.of(Ucs1.decodeLatin1(b), (long) b.length);
        });
        m.def("ascii_encode", (t, a, k) -> encoded(Ucs1.encodeAscii(text(a[0], "ascii_encode"), Buffers.errors(a, k, 1)), (String) a[0]));
        m.def("ascii_decode", (t, a, k) -> {
            byte[] b = Buffers.bytes(a[0], "ascii_decode");
            return PyTuple.of(Ucs1.decodeAscii(b, Buffers.errors(a, k, 1)), (long) b.length);
        });
        for (int width : new int[] {2, 4}) {
            String base = width == 2 ? "utf_16" : "utf_32";
            m.def(base + "_encode", (t, a, k) -> encoded(Utf16And32.encoder(width, (int) Buffers.integer(a, k, 2, "byteorder", 0))
                .encode(text(a[0], base + "_encode"), Buffers.errors(a, k, 1)), (String) a[0]));
            for (String suffix : new String[] {"_le", "_be"}) {
                int order = suffix.equals("_le") ? -1 : 1;
                m.def(base + suffix + "_encode", (t, a, k) -> encoded(Utf16And32.encoder(width, order)
                    .encode(text(a[0], base + suffix + "_encode"), Buffers.errors(a, k, 1)), (String) a[0]));
                m.def(base + suffix + "_decode", (t, a, k) -> {
                    Utf16And32.ExResult r = Utf16And32.decode(width, Buffers.bytes(a[0], base + suffix + "_decode"), Buffers.errors(a, k, 1),
                        order, Buffers.flag(a, k, 2, "final", false));
                    return PyTuple.of(r.text(), (long) r.consumed());
                });
            }
            m.def(base + "_decode", (t, a, k) -> {
                Utf16And32.ExResult r = Utf16And32.decode(width, Buffers.bytes(a[0], base + "_decode"), Buffers.errors(a, k, 1), 0,
                    Buffers.flag(a, k, 2, "final", false));
                return PyTuple.of(r.text(), (long) r.consumed());
            });
            m.def(base + "_ex_decode", (t, a, k) -> {
                Utf16And32.ExResult r = Utf16And32.decode(width, Buffers.bytes(a[0], base + "_ex_decode"), Buffers.errors(a, k, 1),
                    (int) Buffers.integer(a, k, 2, "byteorder", 0), Buffers.flag(a, k, 3, "final", false));
                return PyTuple.of(r.text(), (long) r.consumed(), (long) r.byteorder());
            });
        }
        m.def("utf_7_encode", (t, a, k) -> encoded(Utf7.encode(text(a[0], "utf_7_encode")), (String) a[0]));
        m.def("utf_7_decode", (t, a, k) -> decoded(Utf7.decode(Buffers.bytes(a[0], "utf_7_decode"), Buffers.errors(a, k, 1),
            Buffers.flag(a, k, 2, "final", false))));
        m.def("charmap_build", (t, a, k) -> Charmap.build(text(a[0], "charmap_build")));
        m.def("charmap_encode", (t, a, k) -> encoded(Charmap.encode(text(a[0], "charmap_encode"), Buffers.errors(a, k, 1),
            BuiltinArgs.get(a, k, 2, "mapping", PyNone.NONE)), (String) a[0]));
        m.def("charmap_decode", (t, a, k) -> decoded(Charmap.decode(Buffers.bytes(a[0], "charmap_decode"), Buffers.errors(a, k, 1),
            BuiltinArgs.get(a, k, 2, "mapping", PyNone.NONE))));
    }

    private static void escapeCodecs(PyModule m) {
        m.def("unicode_escape_encode", (t, a, k) -> encoded(Escapes.unicodeEscapeEncode(text(a[0], "unicode_escape_encode")), (String) a[0]));
        m.def("raw_unicode_escape_encode", (t, a, k) -> encoded(Escapes.rawUnicodeEscapeEncode(text(a[0], "raw_unicode_escape_encode")),
            (String) a[0]));
        m.def("unicode_escape_decode", (t, a, k) -> decoded(Escapes.unicodeEscapeDecode(Buffers.bytesOrAscii(a[0], "unicode_escape_decode"),
            Buffers.errors(a, k, 1), Buffers.flag(a, k, 2, "final", true), false)));
        m.def("raw_unicode_escape_decode", (t, a, k) -> decoded(Escapes.unicodeEscapeDecode(
            Buffers.bytesOrAscii(a[0], "raw_unicode_escape_decode"), Buffers.errors(a, k, 1), Buffers.flag(a, k, 2, "final", true), true)));
        m.def("escape_encode", (t, a, k) -> {
            if (!(a[0] instanceof PyBytes b) || b.type() != dev.gilspy.interp.runtime.Types.BYTES) {
                throw Err.type("escape_encode() argument 1 must be bytes, not " + Ops.typeName(a[0]));
            }
            return PyTuple.of(new PyBytes(Escapes.escapeEncode(b.data())), (long) b.data().length);
        });
        m.def("escape_decode", (t, a, k) -> {
            byte[] d = a[0] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Buffers.bytes(a[0], "escape_decode");
            return PyTuple.of(new PyBytes(Escapes.escapeDecode(d, Buffers.errors(a, k, 1))), (long) d.length);
        });
        m.def("readbuffer_encode", (t, a, k) -> {
            byte[] d = a[0] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Buffers.bytes(a[0], "readbuffer_encode");
            return PyTuple.of(new PyBytes(d), (long) d.length);
        });
    }
}
