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
import dev.gilspy.interp.runtime.PyType;
import java.util.Arrays;
import java.util.HashMap;

/**
 * {@code _pickle.Unpickler}: the input (the whole pickle for {@code loads}; for a file, what its
 * {@code read}/{@code readline} return, a frame at a time), the memo and the decoding options;
 * {@link Loader} runs the opcodes.
 */
final class UnpicklerObj extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("Unpickler", "_pickle", null, UnpicklerObj::construct);

    int proto;
    boolean fixImports = true;
    String encoding = "ASCII";
    String errors = "strict";
    Object buffers = PyNone.NONE;
    Object read;
    Object readline;
    boolean initialized;

    byte[] in = new byte[0];
    int pos;
    int end;

    private Object[] memoArr = new Object[64];
    private HashMap<Long, Object> memoBig;

    UnpicklerObj(PyType cls) { super(cls); }

    void init(Object file, Object[] a, String[] k) {
        fixImports = Ops.truthy(kwOr(a, k, "fix_imports", Boolean.TRUE));
        Object enc = kwOr(a, k, "encoding", "ASCII");
        Object err = kwOr(a, k, "errors", "strict");
        encoding = BuiltinArgs.str(enc, "encoding");
        errors = BuiltinArgs.str(err, "errors");
        Object b = kwOr(a, k, "buffers", PyNone.NONE);
        buffers = b == PyNone.NONE ? PyNone.NONE : Ops.iter(b);
        if (file != null) {
            read = Ops.getattrOrNull(file, "read");
            readline = Ops.getattrOrNull(file, "readline");
            if (read == null || readline == null) {
                throw Err.type("file must have 'read' and 'readline' attributes");
            }
        }
        initialized = true;
    }

    private static Object kwOr(Object[] a, String[] k, String name, Object def) {
        Object v = BuiltinArgs.kw(a, k, name);
        return v == null ? def : v;
    }

    void setData(byte[] data) {
        in = data;
        pos = 0;
        end = data.length;
        read = null;
        readline = null;
    }

    // ---------------------------------------------------------------- input

    static RuntimeException truncated() {
        return Err.make(PickleModule.UnpicklingError, "pickle data was truncated");
    }

    /** The next opcode, or -1 at the end of the input. */
    int opcode(PyThread t) {
        if (pos < end) {
            return in[pos++] & 0xff;
        }
        if (read != null) {
            byte[] b = fileRead(t, 1);
            if (b.length == 1) {
                return b[0] & 0xff;
            }
        }
        return -1;
    }

    private byte[] fileRead(PyThread t, int n) {
        Object r = Ops.call(t, read, new Object[] {(long) n}, null);
        if (!(r instanceof PyBytes b)) {
            throw Err.type("a bytes-like object is required, not '" + Ops.typeName(r) + "'");
        }
        return b.data();
    }

    /** Makes n bytes available at {@code in[pos]}; returns their offset and consumes them. */
    int need(PyThread t, int n) {
        if (n < 0) {
            throw truncated();
        }
        if (end - pos >= n) {
            int o = pos;
            pos += n;
            return o;
        }
        if (read == null) {
            throw truncated();
        }
        int have = end - pos;
        byte[] more = fileRead(t, n - have);
        if (more.length < n - have) {
            throw truncated();
        }
        byte[] nb = new byte[n];
        System.arraycopy(in, pos, nb, 0, have);
        System.arraycopy(more, 0, nb, have, more.length);
        in = nb;
        pos = n;
        end = n;
        return 0;
    }

    /** A frame's bytes, read from the file ahead of its opcodes. */
    void prefetch(PyThread t, long n) {
        if (read == null || n <= 0 || end - pos >= n) {
            return;
        }
        int have = end - pos;
        byte[] more = fileRead(t, (int) (n - have));
        if (more.length < n - have) {
            throw truncated();
        }
        byte[] nb = new byte[(int) n];
        System.arraycopy(in, pos, nb, 0, have);
        System.arraycopy(more, 0, nb, have, more.length);
        in = nb;
        pos = 0;
        end = (int) n;
    }

    /** A line without its newline; the bytes are at {@code in[result .. pos-1)}; returns the start, line length in {@code lineLen}. */
    int lineLen;

    int line(PyThread t) {
        for (int i = pos; i < end; i++) {
            if (in[i] == '\n') {
                int o = pos;
                lineLen = i - pos;
                pos = i + 1;
                return o;
            }
        }
        if (read == null) {
            throw truncated();
        }
        int have = end - pos;
        Object r = Ops.call(t, readline, new Object[0], null);
        if (!(r instanceof PyBytes b)) {
            throw Err.type("a bytes-like object is required, not '" + Ops.typeName(r) + "'");
        }
        if (b.data().length == 0 || b.data()[b.data().length - 1] != '\n') {
            throw truncated();
        }
        byte[] nb = new byte[have + b.data().length];
        System.arraycopy(in, pos, nb, 0, have);
        System.arraycopy(b.data(), 0, nb, have, b.data().length);
        in = nb;
        lineLen = nb.length - 1;
        pos = nb.length;
        end = nb.length;
        return 0;
    }

    // ---------------------------------------------------------------- memo

    Object memoGet(long idx) {
        Object v = null;
        if (idx >= 0 && idx < memoArr.length) {
            v = memoArr[(int) idx];
        } else if (memoBig != null) {
            v = memoBig.get(idx);
        }
        if (v == null) {
            throw Err.make(PickleModule.UnpicklingError, "Memo value not found at index " + idx);
        }
        return v;
    }

    void memoPut(long idx, Object v) {
        if (idx < 0) {
            throw Err.value("negative PUT argument");
        }
        if (idx < (1 << 22)) {
            if (idx >= memoArr.length) {
                memoArr = Arrays.copyOf(memoArr, (int) Math.max(idx + 1, memoArr.length * 2L));
            }
            if (memoArr[(int) idx] == null) {
                memoSize++;
            }
            memoArr[(int) idx] = v;
        } else {
            if (memoBig == null) {
                memoBig = new HashMap<>();
            }
            if (memoBig.put(idx, v) == null) {
                memoSize++;
            }
        }
    }

    int memoSize;

    void memoClear() {
        memoArr = new Object[64];
        memoBig = null;
        memoSize = 0;
    }

    PyDict memoDict() {
        PyDict d = new PyDict();
        for (int i = 0; i < memoArr.length; i++) {
            if (memoArr[i] != null) {
                d.put((long) i, memoArr[i]);
            }
        }
        if (memoBig != null) {
            memoBig.forEach(d::put);
        }
        return d;
    }

    /** The base type is initialised by its constructor (a subclass's {@code __init__} calls {@code super().__init__}). */
    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        UnpicklerObj u = new UnpicklerObj(cls);
        if (cls == TYPE) {
            u.initFromArgs(a, k);
        }
        return u;
    }

    void initFromArgs(Object[] args, String[] k) {
        if (BuiltinArgs.npos(args, k) != 1) {
            throw Err.type("Unpickler() takes exactly 1 positional argument (" + BuiltinArgs.npos(args, k) + " given)");
        }
        init(args[0], args, k);
        memoClear();
    }

    static UnpicklerObj self(Object o) {
        if (o instanceof UnpicklerObj u) {
            return u;
        }
        throw Err.type("descriptor requires a '_pickle.Unpickler' object but received '" + Ops.typeName(o) + "'");
    }

    static void install() {
        PyType T = TYPE;
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            UnpicklerObj u = self(a[0]);
            if (u.type() != TYPE || !u.initialized) {
                u.initFromArgs(Arrays.copyOfRange(a, 1, a.length), k);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "load", (t, a, k) -> {
            UnpicklerObj u = self(a[0]);
            if (!u.initialized) {
                throw Err.make(PickleModule.UnpicklingError, "Unpickler.__init__() was not called by " + u.type().name + ".__init__()");
            }
            return new Loader(u, t).load();
        });
        NativeTypes.def(T, "find_class", (t, a, k) -> {
            UnpicklerObj u = self(a[0]);
            return Globals.findClass(t, u.proto, u.fixImports, BuiltinArgs.str(a[1], "module name"), BuiltinArgs.str(a[2], "attribute name"));
        });
        NativeTypes.getset(T, "memo", o -> self(o).memoDict(), (o, v) -> {
            UnpicklerObj u = self(o);
            u.memoClear();
            if (v instanceof PyDict d) {
                for (var en : d.entries()) {
                    u.memoPut(Ops.toLong(en.getKey()), en.getValue());
                }
            } else if (v != PyNone.NONE) {
                throw Err.type("'memo' attribute must be an UnpicklerMemoProxy object or dict, not " + Ops.typeName(v));
            }
        });
        NativeTypes.ready(T);
    }
}
