package dev.gilspy.interp.runtime;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * {@code memoryview} over a {@code bytes} or {@code bytearray}: one-dimensional, C-contiguous,
 * with {@code cast} to the native single-item formats of {@code struct} ({@code B b c ? H h I i
 * L l Q q N n P f d}, little-endian as on every platform gilspy runs on). A view of a bytearray
 * reads and writes through to it; a slice is a view of the same buffer. A view of an {@code mmap}
 * ({@link #ofBuffer}) reads and writes its mapped {@link java.nio.ByteBuffer} instead.
 */
public final class PyMemoryView extends PyObj implements Attr.AttrHolder, EqualsByValue {
    public static final PyType TYPE = Types.builtin("memoryview");

    private final PyBytes obj;
    /** The mapped memory the view shows instead of {@code obj}'s array (an mmap's), else null. */
    private final java.nio.ByteBuffer nio;
    /** What {@code .obj} answers: the bytes, or the object that exported {@code nio}. */
    private final Object owner;
    private final boolean writable;
    private final int offset;
    /** Number of items. */
    private final int length;
    private final String format;
    private final int itemsize;
    private boolean released;

    private PyMemoryView(PyBytes obj, int offset, int length, String format, int itemsize) {
        this(obj, null, obj, obj.mutable, offset, length, format, itemsize);
    }

    private PyMemoryView(PyBytes obj, java.nio.ByteBuffer nio, Object owner, boolean writable, int offset, int length,
                         String format, int itemsize) {
        this.obj = obj;
        this.nio = nio;
        this.owner = owner;
        this.writable = writable;
        this.offset = offset;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
    }

    @Override public PyType type() { return TYPE; }

    public static PyMemoryView of(Object o) {
        if (o instanceof BufferExporter e) {
            return of(e.exportedBuffer());
        }
        if (o instanceof PyMemoryView mv) {
            mv.check();
            return mv.derived(mv.offset, mv.length, mv.format, mv.itemsize);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, b.data().length, "B", 1);
        }
        throw Err.type("memoryview: a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** A byte view of {@code buf}'s whole capacity (an mmap's memory), {@code .obj} being {@code owner}. */
    public static PyMemoryView ofBuffer(java.nio.ByteBuffer buf, Object owner, boolean writable) {
        return new PyMemoryView(null, buf, owner, writable, 0, buf.capacity(), "B", 1);
    }

    private PyMemoryView derived(int off, int len, String f, int size) {
        return new PyMemoryView(obj, nio, owner, writable, off, len, f, size);
    }

    private byte at(int i) {
        return nio != null ? nio.get(i) : obj.data()[i];
    }

    private void put(int i, byte v) {
        if (nio != null) {
            nio.put(i, v);
        } else {
            obj.data()[i] = v;
        }
    }

    private void copyIn(int at, byte[] src, int from, int n) {
        if (nio != null) {
            nio.put(at, src, from, n);
        } else {
            System.arraycopy(src, from, obj.data(), at, n);
        }
    }

    private void copyOut(int at, byte[] dst, int to, int n) {
        if (nio != null) {
            nio.get(at, dst, to, n);
        } else {
            System.arraycopy(obj.data(), at, dst, to, n);
        }
    }

    private void check() {
        if (released) {
            throw Err.value("operation forbidden on released memoryview object");
        }
    }

    private int nbytes() { return length * itemsize; }

    /** The bytes a {@code readinto} may write through the view, or -1 when it shows an immutable object. */
    int writableBytes() {
        check();
        return writable ? nbytes() : -1;
    }

    /** Writes {@code src[0:n]} at the start of the view ({@code n} at most {@link #writableBytes}). */
    void store(byte[] src, int n) {
        copyIn(offset, src, 0, n);
    }

    /** Whether the view shows a mutable object (a bytearray): {@code struct.pack_into} writes through it. */
    public boolean isWritable() {
        check();
        return writable;
    }

    /** Writes {@code src[from:from+n]} at byte {@code pos} of the view (the caller checked the bounds). */
    public void writeAt(int pos, byte[] src, int from, int n) {
        copyIn(offset + pos, src, from, n);
    }

    /** A copy of the bytes the view shows. */
    public byte[] toByteArray() {
        check();
        if (nio == null) {
            return Arrays.copyOfRange(obj.data(), offset, offset + nbytes());
        }
        byte[] r = new byte[nbytes()];
        copyOut(offset, r, 0, r.length);
        return r;
    }

    static int sizeOf(String f) {
        switch (f) {
            case "B", "b", "c", "?": return 1;
            case "H", "h": return 2;
            case "I", "i", "f": return 4;
            case "L", "l", "Q", "q", "N", "n", "P", "d": return 8;
            default: return -1;
        }
    }

    private long raw(int i) {
        int at = offset + i * itemsize;
        long v = 0;
        for (int j = itemsize - 1; j >= 0; j--) {
            v = (v << 8) | (at(at + j) & 0xff);
        }
        return v;
    }

    private Object item(int i) {
        long v = raw(i);
        switch (format) {
            case "B", "H", "I": return v;
            case "b": return (long) (byte) v;
            case "h": return (long) (short) v;
            case "i": return (long) (int) v;
            case "c": return new PyBytes(new byte[] {(byte) v});
            case "?": return v != 0;
            case "f": return (double) Float.intBitsToFloat((int) v);
            case "d": return Double.longBitsToDouble(v);
            case "L", "Q", "N", "P": return v >= 0 ? (Object) v : Ops.normalize(new BigInteger(Long.toUnsignedString(v)));
            default: return v;
        }
    }

    private void store(int i, Object value) {
        long v;
        switch (format) {
            case "c": {
                if (!(value instanceof PyBytes b) || b.data().length != 1) {
                    throw Err.type("memoryview: invalid type for format 'c'");
                }
                v = b.data()[0];
                break;
            }
            case "f": v = Float.floatToIntBits((float) Ops.toDouble(value)); break;
            case "d": v = Double.doubleToLongBits(Ops.toDouble(value)); break;
            case "?": v = Ops.truthy(value) ? 1 : 0; break;
            default: {
                if (!Ops.isInt(value)) {
                    throw Err.type("memoryview: invalid type for format '" + format + "'");
                }
                BigInteger b = Ops.big(value);
                boolean unsigned = format.equals("B") || format.equals("H") || format.equals("I") || format.equals("L")
                    || format.equals("Q") || format.equals("N") || format.equals("P");
                int bits = itemsize * 8;
                BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
                BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
                if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) {
                    throw Err.value("memoryview: invalid value for format '" + format + "'");
                }
                v = b.longValue();
            }
        }
        int at = offset + i * itemsize;
        for (int j = 0; j < itemsize; j++) {
            put(at + j, (byte) (v >>> (8 * j)));
        }
    }

    private Object[] items() {
        check();
        Object[] r = new Object[length];
        for (int i = 0; i < length; i++) {
            r[i] = item(i);
        }
        return r;
    }

    private int index(Object k) {
        long i = Ops.toLong(k);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Err.index("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private Object getitem(Object k) {
        check();
        if (k instanceof PySlice s) {
            long[] ix = s.indices(length);
            if (ix[2] == 1) {
                return derived(offset + (int) ix[0] * itemsize, (int) ix[3], format, itemsize);
            }
            // a strided view is materialised: gilspy's views are contiguous
            byte[] out = new byte[(int) ix[3] * itemsize];
            for (int j = 0; j < ix[3]; j++) {
                copyOut(offset + (int) (ix[0] + j * ix[2]) * itemsize, out, j * itemsize, itemsize);
            }
            return new PyMemoryView(new PyBytes(out), 0, (int) ix[3], format, itemsize);
        }
        return item(index(k));
    }

    private void setitem(Object k, Object v) {
        check();
        if (!writable) {
            throw Err.type("cannot modify read-only memory");
        }
        if (k instanceof PySlice s) {
            long[] ix = s.indices(length);
            byte[] src = v instanceof PyMemoryView mv ? mv.toByteArray() : BytesMethods.toBytes(v);
            if (src.length != ix[3] * itemsize) {
                throw Err.value("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int j = 0; j < ix[3]; j++) {
                copyIn(offset + (int) (ix[0] + j * ix[2]) * itemsize, src, j * itemsize, itemsize);
            }
            return;
        }
        store(index(k), v);
    }

    private PyMemoryView cast(String f) {
        check();
        int size = sizeOf(f);
        if (size < 0) {
            throw Err.value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!format.equals("B") && !format.equals("b") && !format.equals("c") && size != 1) {
            throw Err.type("memoryview: cannot cast between two non-byte formats");
        }
        if (nbytes() % size != 0) {
            throw Err.type("memoryview: length is not a multiple of itemsize");
        }
        return derived(offset, nbytes() / size, f, size);
    }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "obj": check(); return owner;
            case "nbytes": check(); return (long) nbytes();
            case "itemsize": check(); return (long) itemsize;
            case "format": check(); return format;
            case "readonly": check(); return !writable;
            case "ndim": check(); return 1L;
            case "shape": check(); return PyTuple.of((long) length);
            case "strides": check(); return PyTuple.of((long) itemsize);
            case "suboffsets": check(); return PyTuple.EMPTY;
            case "c_contiguous", "f_contiguous", "contiguous": check(); return true;
            default: return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (released) {
            return false;
        }
        Object[] mine = items();
        if (o instanceof PyMemoryView mv) {
            return !mv.released && Arrays.asList(mine).equals(Arrays.asList(mv.items()));
        }
        if (o instanceof PyBytes b) {
            Object[] theirs = new Object[b.data().length];
            for (int i = 0; i < theirs.length; i++) {
                theirs[i] = (long) (b.data()[i] & 0xff);
            }
            return Arrays.asList(mine).equals(Arrays.asList(theirs));
        }
        return false;
    }

    @Override
    public int hashCode() {
        if (writable) {
            throw Err.value("cannot hash writable memoryview object");
        }
        return Arrays.hashCode(toByteArray());
    }

    static {
        TYPE.ctor = (t, cls, a, k) -> {
            Object o = BuiltinArgs.get(a, k, 0, "object", null);
            if (o == null) {
                throw Err.type("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(o);
        };
        Methods.def(TYPE, "cast", (t, a, k) -> ((PyMemoryView) a[0]).cast(BuiltinArgs.str(BuiltinArgs.get(a, k, 1, "format", null), "cast() argument 'format'")));
        Methods.def(TYPE, "tolist", (t, a, k) -> new PyList(((PyMemoryView) a[0]).items()));
        Methods.def(TYPE, "tobytes", (t, a, k) -> new PyBytes(((PyMemoryView) a[0]).toByteArray()));
        Methods.def(TYPE, "hex", (t, a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : ((PyMemoryView) a[0]).toByteArray()) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return sb.toString();
        });
        Methods.def(TYPE, "toreadonly", (t, a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            m.check();
            return new PyMemoryView(new PyBytes(m.toByteArray()), 0, m.length, m.format, m.itemsize);
        });
        Methods.def(TYPE, "release", (t, a, k) -> {
            ((PyMemoryView) a[0]).released = true;
            return PyNone.NONE;
        });
        Methods.def(TYPE, "__enter__", (t, a, k) -> {
            ((PyMemoryView) a[0]).check();
            return a[0];
        });
        Methods.def(TYPE, "__exit__", (t, a, k) -> {
            ((PyMemoryView) a[0]).released = true;
            return false;
        });
        Methods.def(TYPE, "__len__", (t, a, k) -> {
            ((PyMemoryView) a[0]).check();
            return (long) ((PyMemoryView) a[0]).length;
        });
        Methods.def(TYPE, "__getitem__", (t, a, k) -> ((PyMemoryView) a[0]).getitem(a[1]));
        Methods.def(TYPE, "__setitem__", (t, a, k) -> {
            ((PyMemoryView) a[0]).setitem(a[1], a[2]);
            return PyNone.NONE;
        });
        Methods.def(TYPE, "__iter__", (t, a, k) -> new PyIter.ArrayIter(((PyMemoryView) a[0]).items(), ((PyMemoryView) a[0]).length));
        Methods.def(TYPE, "__repr__", (t, a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            return "<" + (m.released ? "released " : "") + "memory at 0x" + Long.toHexString(System.identityHashCode(m)) + ">";
        });
        TYPE.finishInit();
    }
}
