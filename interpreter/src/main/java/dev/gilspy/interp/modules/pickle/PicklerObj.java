package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import java.util.Arrays;

/**
 * {@code _pickle.Pickler}: the output buffer with protocol 4's framing, the memo, and the
 * hooks a subclass may define ({@code persistent_id}, {@code reducer_override},
 * {@code dispatch_table}); {@link Saver} writes the opcodes.
 */
final class PicklerObj extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("Pickler", "_pickle", null, PicklerObj::construct);

    int proto = Op.DEFAULT_PROTOCOL;
    boolean bin = true;
    boolean fast;
    boolean fixImports = true;
    boolean framing;
    /** The file's {@code write}, or null for {@code dumps}. */
    Object write;
    Object bufferCallback = PyNone.NONE;
    final MemoTable memo = new MemoTable();

    byte[] buf = new byte[256];
    int len;
    int frameStart = -1;

    PicklerObj(PyType cls) { super(cls); }

    void init(PyThread t, Object file, Object protocol, boolean fixImports, Object bufferCallback) {
        setProtocol(protocol);
        this.fixImports = fixImports;
        this.bufferCallback = bufferCallback == null ? PyNone.NONE : bufferCallback;
        if (file != null) {
            Object w = Ops.getattrOrNull(file, "write");
            if (w == null) {
                throw Err.type("file must have a 'write' attribute");
            }
            write = w;
        }
        if (this.bufferCallback != PyNone.NONE && proto < 5) {
            throw Err.value("buffer_callback needs protocol >= 5");
        }
    }

    void setProtocol(Object protocol) {
        long p = protocol == null || protocol == PyNone.NONE ? Op.DEFAULT_PROTOCOL : Ops.toLong(protocol);
        if (p < 0) {
            p = Op.HIGHEST_PROTOCOL;
        } else if (p > Op.HIGHEST_PROTOCOL) {
            throw Err.value("pickle protocol must be <= " + Op.HIGHEST_PROTOCOL);
        }
        proto = (int) p;
        bin = proto > 0;
    }

    // ---------------------------------------------------------------- output

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void reserveFrame() {
        if (framing && frameStart == -1) {
            frameStart = len;
            ensure(Op.FRAME_HEADER_SIZE);
            len += Op.FRAME_HEADER_SIZE;
        }
    }

    void op(int code) {
        reserveFrame();
        ensure(1);
        buf[len++] = (byte) code;
    }

    void op(int code, int b) {
        reserveFrame();
        ensure(2);
        buf[len++] = (byte) code;
        buf[len++] = (byte) b;
    }

    void opInt(int code, int v) {
        reserveFrame();
        ensure(5);
        buf[len++] = (byte) code;
        le(v, 4);
    }

    void opLong(int code, long v) {
        reserveFrame();
        ensure(9);
        buf[len++] = (byte) code;
        le(v, 8);
    }

    private void le(long v, int n) {
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    void raw(byte[] data) {
        reserveFrame();
        ensure(data.length);
        System.arraycopy(data, 0, buf, len, data.length);
        len += data.length;
    }

    /** Chars below 0x80 as bytes, straight into the buffer. */
    void asciiChars(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    void ascii(String s) {
        raw(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** {@code _Pickler_write_bytes}: a payload of a frame's size or more goes outside any frame. */
    void writeBytes(byte[] header, byte[] data) {
        boolean bypass = data.length >= Op.FRAME_SIZE_TARGET;
        boolean wasFraming = framing;
        if (bypass) {
            commitFrame();
            framing = false;
        }
        raw(header);
        if (bypass && write != null) {
            flush(PyThread.current());
            Ops.call(PyThread.current(), write, new Object[] {new PyBytes(data)}, null);
        } else {
            raw(data);
        }
        framing = wasFraming;
    }

    void commitFrame() {
        if (!framing || frameStart == -1) {
            return;
        }
        int frameLen = len - frameStart - Op.FRAME_HEADER_SIZE;
        if (frameLen >= Op.FRAME_SIZE_MIN) {
            buf[frameStart] = (byte) Op.FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) ((long) frameLen >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + Op.FRAME_HEADER_SIZE, buf, frameStart, frameLen);
            len -= Op.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    /** {@code _Pickler_OpcodeBoundary}: a full frame is committed and, with a file, written out. */
    void opcodeBoundary(PyThread t) {
        if (!framing || frameStart == -1) {
            return;
        }
        if (len - frameStart - Op.FRAME_HEADER_SIZE >= Op.FRAME_SIZE_TARGET) {
            commitFrame();
            if (write != null) {
                flush(t);
            }
        }
    }

    void flush(PyThread t) {
        if (write != null && len > 0) {
            byte[] out = Arrays.copyOf(buf, len);
            len = 0;
            Ops.call(t, write, new Object[] {new PyBytes(out)}, null);
        }
    }

    byte[] result() {
        return Arrays.copyOf(buf, len);
    }

    // ---------------------------------------------------------------- the pickle

    void dump(PyThread t, Object obj) {
        len = 0;
        frameStart = -1;
        if (proto >= 2) {
            op(Op.PROTO, proto);
            if (proto >= 4) {
                framing = true;
            }
        }
        new Saver(this, t).save(obj, false);
        op(Op.STOP);
        commitFrame();
        framing = false;
    }

    static PicklerObj self(Object o) {
        if (o instanceof PicklerObj p) {
            return p;
        }
        throw Err.type("descriptor requires a '_pickle.Pickler' object but received '" + Ops.typeName(o) + "'");
    }

    /** The base type is initialised by its constructor (a subclass's {@code __init__} calls {@code super().__init__}). */
    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        PicklerObj p = new PicklerObj(cls);
        if (cls == TYPE) {
            p.initFromArgs(t, a, k);
        }
        return p;
    }

    void initFromArgs(PyThread t, Object[] args, String[] k) {
        BuiltinArgs.check("Pickler", args, k, 1, 4);
        init(t, BuiltinArgs.get(args, k, 0, "file", null), BuiltinArgs.get(args, k, 1, "protocol", PyNone.NONE),
            Ops.truthy(BuiltinArgs.get(args, k, 2, "fix_imports", Boolean.TRUE)),
            BuiltinArgs.get(args, k, 3, "buffer_callback", PyNone.NONE));
        memo.clear();
    }

    static void install() {
        PyType T = TYPE;
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            PicklerObj p = self(a[0]);
            if (p.type() != TYPE || p.write == null) {
                p.initFromArgs(t, Arrays.copyOfRange(a, 1, a.length), k);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "dump", (t, a, k) -> {
            PicklerObj p = self(a[0]);
            if (p.write == null) {
                throw Err.make(PickleModule.PicklingError, "Pickler.__init__() was not called by " + p.type().name + ".__init__()");
            }
            p.dump(t, a[1]);
            p.flush(t);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "clear_memo", (t, a, k) -> {
            self(a[0]).memo.clear();
            return PyNone.NONE;
        });
        NativeTypes.getset(T, "memo", o -> {
            PyDict d = new PyDict();
            self(o).memo.forEach((key, idx) -> d.put((long) System.identityHashCode(key), PyTuple.of((long) idx, key)));
            return d;
        }, (o, v) -> self(o).memo.clear());
        NativeTypes.getset(T, "bin", o -> self(o).bin, (o, v) -> self(o).bin = Ops.truthy(v));
        NativeTypes.getset(T, "fast", o -> self(o).fast, (o, v) -> self(o).fast = Ops.truthy(v));
        NativeTypes.ready(T);
    }
}
