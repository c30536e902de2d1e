package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.AttrSite;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;

/**
 * {@code BytesIO.write}, {@code read}, {@code readline}, {@code getvalue} and {@code tell} in Java, over the state that
 * {@code _gilspy_io.py}'s BytesIO keeps in its instance ({@code closed}, {@code _buffer},
 * {@code _pending}, {@code _pos}, {@code _size}). CPython's BytesIO is C (Modules/_io/bytesio.c);
 * ours is Python, and the pure-Python pickler calls these once or twice per object it saves or
 * loads (its framer writes to and reads from a BytesIO): a write took about 10x CPython's time, a
 * read(1) 9x. Each method here does its common case only (a BytesIO itself, not a subclass's
 * instance, that is open; a write of exact bytes at the end, a read with no pending writes and an
 * int size) and otherwise calls the Python method it stands in front of ({@code _write},
 * {@code _read}, {@code _readline}, {@code _getvalue}, {@code _tell}), so the behaviour stays that file's. It reads and writes the
 * instance's attributes directly: BytesIO and its bases define no descriptor of those names, and
 * a subclass (which might) takes the Python path. Through Ops.getattr/setattr, the class lookups
 * of five names were half of a read(1)'s time.
 */
final class BytesIOFastPaths {
    private BytesIOFastPaths() {}

    /*
     * Inline caches of the instance's attribute slots (every open BytesIO has the shape its
     * __init__ gave it): a hit is one shape compare instead of a name lookup per attribute, five
     * or six per call.
     */
    private static final AttrSite GET_CLOSED = new AttrSite();
    private static final AttrSite GET_POS = new AttrSite();
    private static final AttrSite GET_SIZE = new AttrSite();
    private static final AttrSite GET_PENDING = new AttrSite();
    private static final AttrSite GET_BUFFER = new AttrSite();
    private static final AttrSite PUT_POS = new AttrSite();
    private static final AttrSite PUT_SIZE = new AttrSite();
    private static final AttrSite PUT_PENDING = new AttrSite();
    private static final AttrSite PUT_BUFFER = new AttrSite();

    static void install(PyType bytesIO) {
        bytesIO.define("write", new PyBuiltin("write", new Write(bytesIO)));
        bytesIO.define("read", new PyBuiltin("read", new Read(bytesIO, false)));
        bytesIO.define("readline", new PyBuiltin("readline", new Read(bytesIO, true)));
        bytesIO.define("getvalue", new PyBuiltin("getvalue", (t, a, k) -> {
            PyInstance self = a.length == 1 && k == null ? open(a[0], bytesIO) : null;
            if (self != null) {
                PyBytes r = flat(self);
                if (r != null) {
                    return r;
                }
            }
            return slow(a, k, "_getvalue");
        }));
        bytesIO.define("tell", new PyBuiltin("tell", (t, a, k) -> {
            PyInstance self = a.length == 1 && k == null ? open(a[0], bytesIO) : null;
            if (self != null && self.getCached("_pos", GET_POS) instanceof Long pos) {
                return pos;
            }
            return slow(a, k, "_tell");
        }));
    }

    /**
     * {@code write(b)} with an entry by arity ({@link PyBuiltin.Fixed}): {@code self.write(b)} and the
     * framer's {@code write(b)} pass their two arguments without an array (the pure-Python pickler
     * writes once or twice per object it saves; the arrays were ~5% of the bytes a dump allocated).
     */
    private static final class Write extends PyBuiltin.Fixed {
        private final PyType bytesIO;

        Write(PyType bytesIO) {
            this.bytesIO = bytesIO;
        }

        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            return a.length == 2 && k == null ? call2(t, a[0], a[1]) : slow(a, k, "_write");
        }

        @Override
        public Object call2(PyThread t, Object s, Object data) {
            PyInstance self = open(s, bytesIO);
            if (self != null) {
                Object r = write(self, data);
                if (r != null) {
                    return r;
                }
            }
            return slow(new Object[] {s, data}, null, "_write");
        }
    }

    /** {@code read([size])} or {@code readline([size])} with entries by arity, as {@link Write}. */
    private static final class Read extends PyBuiltin.Fixed {
        private final PyType bytesIO;
        private final boolean line;

        Read(PyType bytesIO, boolean line) {
            this.bytesIO = bytesIO;
            this.line = line;
        }

        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            if (k == null && a.length == 1) {
                return call1(t, a[0]);
            }
            return k == null && a.length == 2 ? call2(t, a[0], a[1]) : slow(a, k, slowName());
        }

        @Override
        public Object call1(PyThread t, Object s) {
            Object r = fast(s, -1L);
            return r != null ? r : slow(new Object[] {s}, null, slowName());
        }

        @Override
        public Object call2(PyThread t, Object s, Object size) {
            Object r = fast(s, size);
            return r != null ? r : slow(new Object[] {s, size}, null, slowName());
        }

        private Object fast(Object s, Object size) {
            PyInstance self = open(s, bytesIO);
            if (self == null) {
                return null;
            }
            return line ? readline(self, size) : read(self, size);
        }

        private String slowName() {
            return line ? "_readline" : "_read";
        }
    }

    /** {@code self} when it is an open BytesIO (exactly, not a subclass's instance), else null. */
    private static PyInstance open(Object self, PyType bytesIO) {
        return self instanceof PyInstance i && i.cls == bytesIO && i.getCached("closed", GET_CLOSED) == Boolean.FALSE ? i : null;
    }

    /** The Python method {@code name} of {@code a[0]}, called with the rest of the arguments. */
    private static Object slow(Object[] a, String[] k, String name) {
        if (a.length == 0) {
            throw dev.gilspy.interp.runtime.Err.type("descriptor needs an argument");
        }
        return Ops.call(dev.gilspy.interp.runtime.PyThread.current(), Ops.getattr(a[0], name),
            Arrays.copyOfRange(a, 1, a.length), k);
    }

    /** Appends {@code data} to the pending pieces; null when this is not the common case. */
    private static Object write(PyInstance self, Object data) {
        if (!(data instanceof PyBytes b) || b.type() != Types.BYTES) {
            return null;
        }
        int n = b.length();
        if (n == 0) {
            return 0L;
        }
        if (!(self.getCached("_pos", GET_POS) instanceof Long pos) || !(self.getCached("_size", GET_SIZE) instanceof Long size)
            || !pos.equals(size) || !(self.getCached("_pending", GET_PENDING) instanceof PyList pending)) {
            return null;
        }
        pending.append(data);
        Long end = pos + n;
        self.putCached("_pos", end, PUT_POS);
        self.putCached("_size", end, PUT_SIZE);
        return (long) n;
    }

    /**
     * The contents as one bytes, the pending pieces joined into {@code _buffer} first (what the
     * Python {@code _flat} does); null when the state is not the common one (exact bytes in
     * {@code _buffer} and in every pending piece).
     */
    private static PyBytes flat(PyInstance self) {
        if (!(self.getCached("_pending", GET_PENDING) instanceof PyList pending)
            || !(self.getCached("_buffer", GET_BUFFER) instanceof PyBytes buffer) || buffer.type() != Types.BYTES) {
            return null;
        }
        int n = pending.size();
        if (n == 0) {
            return buffer;
        }
        long total = buffer.length();
        for (int i = 0; i < n; i++) {
            if (!(pending.get(i) instanceof PyBytes piece) || piece.type() != Types.BYTES) {
                return null;
            }
            total += piece.length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            return null;
        }
        byte[] all = new byte[(int) total];
        byte[] first = buffer.data();
        System.arraycopy(first, 0, all, 0, first.length);
        int at = first.length;
        for (int i = 0; i < n; i++) {
            byte[] piece = ((PyBytes) pending.get(i)).data();
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        PyBytes joined = new PyBytes(all);
        self.putCached("_buffer", joined, PUT_BUFFER);
        self.putCached("_pending", new PyList(), PUT_PENDING);
        return joined;
    }

    /** A line (up to {@code size} bytes) from the position; null when this is not the common case. */
    private static Object readline(PyInstance self, Object size) {
        if (!(size instanceof Long) && size != PyNone.NONE || !(self.getCached("_pos", GET_POS) instanceof Long pos) || pos < 0) {
            return null;
        }
        PyBytes buffer = flat(self);
        if (buffer == null) {
            return null;
        }
        byte[] all = buffer.data();
        int from = (int) Math.min(pos, all.length);
        int end = from;
        while (end < all.length && all[end] != '\n') {
            end++;
        }
        if (end < all.length) {
            end++; // the newline is the line's
        }
        if (size instanceof Long s && s >= 0 && s < end - from) {
            end = from + (int) (long) s;
        }
        self.putCached("_pos", pos + (end - from), PUT_POS);
        return from == 0 && end == all.length ? buffer : new PyBytes(Arrays.copyOfRange(all, from, end));
    }

    /** Up to {@code size} bytes from the position (all of them for a negative size or None); null when this is not the common case. */
    private static Object read(PyInstance self, Object size) {
        if (!(size instanceof Long) && size != PyNone.NONE || !(self.getCached("_pos", GET_POS) instanceof Long pos) || pos < 0) {
            return null;
        }
        PyBytes buffer = flat(self);
        if (buffer == null) {
            return null;
        }
        byte[] all = buffer.data();
        int from = (int) Math.min(pos, all.length);
        int to = size instanceof Long s && s >= 0 ? (int) Math.min(all.length, from + Math.min(s, Integer.MAX_VALUE)) : all.length;
        if (from == 0 && to == all.length) {
            self.putCached("_pos", pos + to, PUT_POS);
            return buffer; // buf[0:len(buf)] of a bytes is that bytes
        }
        self.putCached("_pos", pos + (to - from), PUT_POS);
        return new PyBytes(Arrays.copyOfRange(all, from, to));
    }
}
