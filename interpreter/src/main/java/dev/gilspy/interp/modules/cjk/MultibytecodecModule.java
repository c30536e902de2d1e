package dev.gilspy.interp.modules.cjk;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.codec.Multibyte;
import java.util.Arrays;

/**
 * {@code _multibytecodec} (Modules/cjkcodecs/multibytecodec.c): the incremental encoder and decoder
 * and the stream reader and writer that CPython's {@code encodings/<cjk>.py} subclass, each finding
 * its codec in the subclass's {@code codec} class attribute. The coders keep the shift state of the
 * stateful encodings and an incomplete byte tail between calls.
 */
public final class MultibytecodecModule {
    private MultibytecodecModule() {}

    /** What the four classes share: the codec, the errors name, the stateful encoder or decoder. */
    static final class Coder extends NativeObj {
        final MbCodec codec;
        String errors;
        Multibyte.Encoding enc;
        Multibyte.Decoding dec;
        byte[] pending = new byte[0];
        /** The 8 state bytes setstate gave, for a codec that keeps none of its own (CPython keeps them all the same). */
        byte[] encState = new byte[8];
        byte[] decState = new byte[8];
        Object stream;

        Coder(PyType cls, MbCodec codec, String errors) {
            super(cls);
            this.codec = codec;
            this.errors = errors;
            this.enc = Multibyte.encoder(codec.codec);
            this.dec = Multibyte.decoder(codec.codec);
        }

        byte[] encode(String s, boolean fin) {
            return enc.encode(s, errors, fin);
        }

        String decode(byte[] d, boolean fin) {
            byte[] all = pending.length == 0 ? d : concat(pending, d);
            var r = dec.decode(all, errors, fin);
            pending = Arrays.copyOfRange(all, r.consumed(), all.length);
            if (fin) {
                pending = new byte[0];
            }
            return r.text();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static Coder make(PyType cls, Object[] a, String[] k, boolean withStream) {
        Object c = cls.lookup("codec");
        if (c == null) {
            // a C type's tp_name carries its module; a class statement's is its bare name
            throw Err.attr("type object '" + (cls.builtin ? "_multibytecodec." : "") + cls.name + "' has no attribute 'codec'");
        }
        if (!(c instanceof MbCodec mc)) {
            throw Err.type("codec is unexpected type");
        }
        int off = withStream ? 1 : 0;
        Object err = BuiltinArgs.get(a, k, off, "errors", null);
        Coder co = new Coder(cls, mc, MbCodec.errors(err));
        if (withStream) {
            co.stream = BuiltinArgs.get(a, k, 0, "stream", null);
            if (co.stream == null) {
                throw Err.type("missing stream argument");
            }
        }
        return co;
    }

    private static void common(PyType t) {
        NativeTypes.getset(t, "errors", o -> ((Coder) o).errors, (o, v) -> {
            if (!(v instanceof String s)) {
                throw Err.type("errors must be a string");
            }
            ((Coder) o).errors = s;
        });
    }

    static final PyType ENCODER = encoderType();
    static final PyType DECODER = decoderType();
    static final PyType READER = readerType();
    static final PyType WRITER = writerType();

    private static PyType encoderType() {
        PyType t = NativeTypes.newType("MultibyteIncrementalEncoder", "_multibytecodec", null,
            (th, cls, a, k) -> make(cls, a, k, false));
        common(t);
        NativeTypes.def(t, "__init__", (th, a, k) -> PyNone.NONE);
        NativeTypes.def(t, "encode", (th, a, k) -> {
            Coder c = (Coder) a[0];
            Object in = BuiltinArgs.get(a, k, 1, "input", null);
            if (!(in instanceof String s)) {
                throw Err.type("couldn't convert the object to unicode.");
            }
            return new PyBytes(c.encode(s, Ops.truthy(BuiltinArgs.get(a, k, 2, "final", false))));
        });
        NativeTypes.def(t, "reset", (th, a, k) -> {
            ((Coder) a[0]).enc.reset();
            return PyNone.NONE;
        });
        NativeTypes.def(t, "getstate", (th, a, k) -> CoderState.encoderState((Coder) a[0]));
        NativeTypes.def(t, "setstate", (th, a, k) -> {
            CoderState.setEncoderState((Coder) a[0], a[1]);
            return PyNone.NONE;
        });
        return NativeTypes.ready(t);
    }

    private static PyType decoderType() {
        PyType t = NativeTypes.newType("MultibyteIncrementalDecoder", "_multibytecodec", null,
            (th, cls, a, k) -> make(cls, a, k, false));
        common(t);
        NativeTypes.def(t, "__init__", (th, a, k) -> PyNone.NONE);
        NativeTypes.def(t, "decode", (th, a, k) -> {
            Coder c = (Coder) a[0];
            byte[] d = MbCodec.bytesOf(BuiltinArgs.get(a, k, 1, "input", null));
            return c.decode(d, Ops.truthy(BuiltinArgs.get(a, k, 2, "final", false)));
        });
        NativeTypes.def(t, "reset", (th, a, k) -> {
            Coder c = (Coder) a[0];
            c.dec.reset();
            c.pending = new byte[0];
            return PyNone.NONE;
        });
        NativeTypes.def(t, "getstate", (th, a, k) -> CoderState.decoderState((Coder) a[0]));
        NativeTypes.def(t, "setstate", (th, a, k) -> {
            CoderState.setDecoderState((Coder) a[0], a[1]);
            return PyNone.NONE;
        });
        return NativeTypes.ready(t);
    }

    private static Object readData(PyThread th, Coder c, String method, Object size) {
        Object fn = Ops.getattr(c.stream, method);
        Object r = size == null ? Ops.call(th, fn, new Object[0], null) : Ops.call(th, fn, new Object[] {size}, null);
        if (!(r instanceof PyBytes)) {
            throw Err.type("stream function returned a non-bytes object (" + Ops.typeName(r) + ")");
        }
        return r;
    }

    /** Reads until some text is decoded or the stream ends (a chunk may end inside a character). */
    private static String readSome(PyThread th, Coder c, String method, Object size) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            PyBytes b = (PyBytes) readData(th, c, method, size);
            boolean eof = b.data().length == 0;
            sb.append(c.decode(b.data(), eof));
            if (eof || sb.length() > 0) {
                return sb.toString();
            }
        }
    }

    private static PyType readerType() {
        PyType t = NativeTypes.newType("MultibyteStreamReader", "_multibytecodec", null,
            (th, cls, a, k) -> make(cls, a, k, true));
        common(t);
        NativeTypes.def(t, "__init__", (th, a, k) -> PyNone.NONE);
        NativeTypes.getter(t, "stream", o -> ((Coder) o).stream);
        NativeTypes.def(t, "read", (th, a, k) -> {
            Coder c = (Coder) a[0];
            Object size = BuiltinArgs.get(a, k, 1, "sizehint", PyNone.NONE);
            boolean all = size == PyNone.NONE || Ops.toLong(size) < 0;
            return readSome(th, c, "read", all ? null : size);
        });
        NativeTypes.def(t, "readline", (th, a, k) -> {
            Coder c = (Coder) a[0];
            Object size = BuiltinArgs.get(a, k, 1, "size", PyNone.NONE);
            boolean all = size == PyNone.NONE || Ops.toLong(size) < 0;
            return readSome(th, c, "readline", all ? null : size);
        });
        NativeTypes.def(t, "readlines", (th, a, k) -> {
            Coder c = (Coder) a[0];
            PyBytes b = (PyBytes) readData(th, c, "read", null);
            String s = c.decode(b.data(), true);
            return Ops.call(th, Ops.getattr(s, "splitlines"), new Object[] {true}, null);
        });
        NativeTypes.def(t, "reset", (th, a, k) -> {
            Coder c = (Coder) a[0];
            c.dec.reset();
            c.pending = new byte[0];
            return PyNone.NONE;
        });
        return NativeTypes.ready(t);
    }

    private static PyType writerType() {
        PyType t = NativeTypes.newType("MultibyteStreamWriter", "_multibytecodec", null,
            (th, cls, a, k) -> make(cls, a, k, true));
        common(t);
        NativeTypes.def(t, "__init__", (th, a, k) -> PyNone.NONE);
        NativeTypes.getter(t, "stream", o -> ((Coder) o).stream);
        NativeTypes.def(t, "write", (th, a, k) -> {
            Coder c = (Coder) a[0];
            if (!(a[1] instanceof String s)) {
                throw Err.type("couldn't convert the object to str.");
            }
            Ops.call(th, Ops.getattr(c.stream, "write"), new Object[] {new PyBytes(c.encode(s, false))}, null);
            return PyNone.NONE;
        });
        NativeTypes.def(t, "writelines", (th, a, k) -> {
            Coder c = (Coder) a[0];
            Object it = Ops.iter(a[1]);
            Object line;
            while ((line = Ops.next(th, it)) != null) {
                if (!(line instanceof String s)) {
                    throw Err.type("couldn't convert the object to str.");
                }
                Ops.call(th, Ops.getattr(c.stream, "write"), new Object[] {new PyBytes(c.encode(s, false))}, null);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "reset", (th, a, k) -> {
            Coder c = (Coder) a[0];
            byte[] tail = c.enc.encode("", c.errors, true);
            if (tail.length > 0) {
                Ops.call(th, Ops.getattr(c.stream, "write"), new Object[] {new PyBytes(tail)}, null);
            }
            return PyNone.NONE;
        });
        return NativeTypes.ready(t);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_multibytecodec");
        m.put("MultibyteCodec", MbCodec.TYPE);
        m.put("MultibyteIncrementalEncoder", ENCODER);
        m.put("MultibyteIncrementalDecoder", DECODER);
        m.put("MultibyteStreamReader", READER);
        m.put("MultibyteStreamWriter", WRITER);
        m.def("__create_codec", (th, a, k) -> {
            throw Err.value("__create_codec is not used: the codecs come from getcodec");
        });
        return m;
    }

}
