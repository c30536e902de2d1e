package dev.gilspy.interp.runtime;

import java.util.Arrays;

/** Sequence helpers: slicing, repetition, and the slow paths of item access. */
public final class Seq {
    private Seq() {}

    static Object[] repeat(Object[] items, long n) {
        if (n <= 0 || items.length == 0) {
            return new Object[0];
        }
        Object[] r = new Object[repeatedLength(items.length, n, null)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return r;
    }

    /** The largest array a JVM allocates reliably. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * The length of {@code n} repetitions of a sequence of {@code len} items, checked as CPython does:
     * beyond a signed 64-bit size it raises {@code OverflowError(overflowMessage)} (str, bytes) or
     * {@code MemoryError} (list, tuple, bytearray); beyond what a Java array holds, {@code MemoryError}.
     */
    static int repeatedLength(long len, long n, String overflowMessage) {
        if (n <= 0 || len == 0) {
            return 0;
        }
        if (len > Long.MAX_VALUE / n) {
            throw overflowMessage != null ? Err.overflow(overflowMessage) : memoryError();
        }
        return checkedSize(len * n);
    }

    /** A size as an array length, or CPython's {@code MemoryError} when no Java array can be that large. */
    static int checkedSize(long size) {
        if (size > MAX_ARRAY) {
            throw memoryError();
        }
        return (int) size;
    }

    static PyException memoryError() {
        return Err.make(Types.get("MemoryError"), new Object[0]);
    }

    static Object[] sliceArray(Object[] a, int len, PySlice s) {
        long[] ix = s.indices(len);
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (step == 1) {
            return Arrays.copyOfRange(a, start, start + n);
        }
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[start + i * step];
        }
        return r;
    }

    static PyList sliceList(PyList l, PySlice s) {
        Object[] a = l.toArray();
        return new PyList(sliceArray(a, a.length, s));
    }

    static String sliceStr(String str, PySlice s) {
        boolean bmp = CodePoints.bmp(str);
        long[] ix = s.indices(bmp ? str.length() : CodePoints.length(str));
        int start = (int) ix[0];
        int step = (int) ix[2];
        int n = (int) ix[3];
        if (!bmp) {
            return CodePoints.slice(str, start, step, n);
        }
        if (step == 1) {
            return str.substring(start, start + n);
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(str.charAt(start + i * step));
        }
        return sb.toString();
    }

    /** A dict (or a subclass without a Python {@code __getitem__}) without {@code k}: {@code __missing__} or KeyError. */
    static Object missing(PyDict d, Object k) {
        if (d.type() != Types.DICT) {
            Object miss = d.type().lookup("__missing__");
            if (miss != null) {
                return SpecialMethods.call(PyThread.current(), miss, new Object[] {d, k});
            }
        }
        throw Err.key(k);
    }

    /** {@code o[k]} for what {@link Ops#getitem} leaves: slices, non-BMP str, bytes, then {@link #getitemSlow}. */
    static Object getitemOther(Object o, Object k) {
        if (k instanceof PySlice s) {
            if (o instanceof PyList l && Ops.builtinGetitem(l, Types.LIST)) {
                return sliceList(l, s);
            }
            if (o instanceof PyTuple t && Ops.builtinGetitem(t, Types.TUPLE)) {
                return new PyTuple(sliceArray(t.items, t.items.length, s));
            }
            if (o instanceof String str) {
                return sliceStr(str, s);
            }
        } else if (k instanceof Long i) {
            long idx = i;
            if (o instanceof String s) { // beyond the BMP: indices count code points
                int len = CodePoints.length(s);
                if (idx < 0) {
                    idx += len;
                }
                if (idx < 0 || idx >= len) {
                    throw Err.index("string index out of range");
                }
                return CodePoints.at(s, (int) idx);
            }
            if (o instanceof PyBytes b && o.getClass() == PyBytes.class) { // bytes and bytearray (not a subclass): an unpickler's key[0] on every opcode
                int n = b.data().length;
                if (idx < 0) {
                    idx += n;
                }
                if (idx >= 0 && idx < n) {
                    return (long) (b.data()[(int) idx] & 0xff);
                }
            }
        }
        return getitemSlow(o, k);
    }

    static Object getitemSlow(Object o, Object k) {
        PyType t = Ops.typeOf(o);
        if (!t.builtin) {
            Object m = t.lookup("__getitem__");
            if (m instanceof PyFunction) {
                return Ops.call(PyThread.current(), m, new Object[] {o, k}, null);
            }
            if (SpecialMethods.isBindable(m)) {
                return SpecialMethods.call(PyThread.current(), m, new Object[] {o, k}); // a property, a descriptor
            }
            if (o instanceof PyValueSub v) {
                return Ops.getitem(v.value, k);
            }
        }
        if (o instanceof PyDict d) {
            Object v = d.get(k);
            if (v != null) {
                return v;
            }
            return missing(d, k);
        }
        if (k instanceof Boolean || (k instanceof PyInstance && !(o instanceof PyInstance) && !(o instanceof PyType)
            && !(o instanceof PyGenericAlias)
            // without __index__ a str, list or tuple says which indices it takes
            && !((o instanceof String || o instanceof PyList || o instanceof PyTuple) && Ops.typeOf(k).lookup("__index__") == null))) { // an alias takes typing's objects as they are
            return Ops.getitem(o, Ops.toLong(k));
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String) {
            if (k instanceof java.math.BigInteger) {
                throw Err.index("cannot fit 'int' into an index-sized integer");
            }
            if (o instanceof String) {
                throw Err.type("string indices must be integers, not '" + Ops.typeName(k) + "'"); // CPython 3.11's wording
            }
            String what = o instanceof PyList ? "list" : "tuple";
            throw Err.type(what + " indices must be integers or slices, not " + Ops.typeName(k));
        }
        if (o instanceof PyRange r) {
            if (k instanceof PySlice s) {
                long[] ix = s.indices(r.length());
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step == 1 ? s.exactStep(ix[2]) : r.step * ix[2]);
            }
            return r.get(Ops.toLong(k));
        }
        if (o instanceof PyBytes b) {
            if (k instanceof PySlice s) {
                long[] ix = s.indices(b.data().length);
                byte[] r = new byte[(int) ix[3]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = b.data()[(int) (ix[0] + i * ix[2])];
                }
                return new PyBytes(r, b.mutable);
            }
            checkByteIndex(b, k);
            if (k instanceof java.math.BigInteger) {
                throw Err.index("cannot fit 'int' into an index-sized integer"); // as for list and tuple
            }
            long i = Ops.toLong(k);
            if (i < 0) {
                i += b.data().length;
            }
            if (i < 0 || i >= b.data().length) {
                throw Err.index(b.mutable ? "bytearray index out of range" : "index out of range");
            }
            return (long) (b.data()[(int) i] & 0xff);
        }
        Object m = t.lookup("__getitem__");
        if (m != null) {
            return Ops.call(PyThread.current(), m, new Object[] {o, k}, null);
        }
        if (o instanceof PyType pt) {
            Object cg = pt.lookup("__class_getitem__");
            if (cg != null) {
                return Ops.call(PyThread.current(), cg instanceof PyDescriptors.ClassMethod c ? c.func : cg, new Object[] {pt, k}, null);
            }
            for (PyType b : pt.mro) { // the __class_getitem__ of these builtins, inherited (a NamedTuple's Group[int])
                if (b == Types.LIST || b == Types.DICT || b == Types.TUPLE || b == Types.TYPE || b == Types.get("set")
                    || b == Types.get("frozenset")) {
                    return new PyGenericAlias(pt, k);
                }
            }
            if (!pt.builtin) {
                throw Err.type("type '" + pt.name + "' is not subscriptable");
            }
            return pt; // a native type whose __class_getitem__ gilspy lacks
        }
        throw Err.type("'" + t.name + "' object is not subscriptable");
    }

    static void setitemSlow(Object o, Object k, Object v) {
        PyType t = Ops.typeOf(o);
        if (!t.builtin) {
            Object m = t.lookup("__setitem__");
            if (m instanceof PyFunction) {
                Ops.call(PyThread.current(), m, new Object[] {o, k, v}, null);
                return;
            }
        }
        if (o instanceof PyDict d) {
            d.put(k, v);
            return;
        }
        if (o instanceof PyList l) {
            if (k instanceof PySlice s) {
                setSlice(l, s, v);
                return;
            }
            if (!(k instanceof Long || k instanceof Boolean || k instanceof java.math.BigInteger)
                && Ops.typeOf(k).lookup("__index__") == null) {
                throw Err.type("list indices must be integers or slices, not " + Ops.typeName(k));
            }
            Ops.setitem(o, Ops.toLong(k), v);
            return;
        }
        if (o instanceof PyBytes b && b.mutable) {
            if (k instanceof PySlice s) {
                ByteArrayMethods.setSlice(b, s, v);
                return;
            }
            checkByteIndex(b, k);
            long i = Ops.toLong(k);
            // the value first, as CPython's bytearray_ass_subscript (GH-91153): its __index__ may resize b
            long x = Ops.toLong(v);
            if (x < 0 || x > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            if (i < 0) {
                i += b.data().length;
            }
            if (i < 0 || i >= b.data().length) {
                throw Err.index("bytearray index out of range");
            }
            b.data()[(int) i] = (byte) x;
            return;
        }
        Object m = t.lookup("__setitem__");
        if (m != null) {
            Ops.call(PyThread.current(), m, new Object[] {o, k, v}, null);
            return;
        }
        throw Err.type("'" + t.name + "' object does not support item assignment");
    }

    private static void setSlice(PyList l, PySlice s, Object v) {
        Object[] items = l.toArray();
        Object[] repl = Ops.toArray(v);
        long[] ix = s.indices(items.length);
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = Math.max(start, (int) ix[1]);
            Object[] r = new Object[items.length - (stop - start) + repl.length];
            System.arraycopy(items, 0, r, 0, start);
            System.arraycopy(repl, 0, r, start, repl.length);
            System.arraycopy(items, stop, r, start + repl.length, items.length - stop);
            l.replace(r);
            return;
        }
        if (repl.length != ix[3]) {
            throw Err.value("attempt to assign sequence of size " + repl.length + " to extended slice of size " + ix[3]);
        }
        for (int i = 0; i < repl.length; i++) {
            items[(int) (ix[0] + i * ix[2])] = repl[i];
        }
        l.replace(items);
    }

    public static void delitem(Object o, Object k) {
        PyType t = Ops.typeOf(o);
        if (!t.builtin) {
            Object m = t.lookup("__delitem__");
            if (m instanceof PyFunction) {
                Ops.call(PyThread.current(), m, new Object[] {o, k}, null);
                return;
            }
        }
        if (o instanceof PyDict d) {
            if (d.remove(k) == null) {
                throw Err.key(k);
            }
            return;
        }
        if (o instanceof PyList l) {
            if (k instanceof PySlice s) {
                Object[] items = l.toArray();
                long[] ix = s.indices(items.length);
                boolean[] drop = new boolean[items.length];
                for (long i = 0; i < ix[3]; i++) {
                    drop[(int) (ix[0] + i * ix[2])] = true;
                }
                Object[] r = new Object[items.length - (int) ix[3]];
                int j = 0;
                for (int i = 0; i < items.length; i++) {
                    if (!drop[i]) {
                        r[j++] = items[i];
                    }
                }
                l.replace(r);
                return;
            }
            long i = Ops.toLong(k);
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Err.index("list assignment index out of range");
            }
            l.pop((int) i);
            return;
        }
        if (o instanceof PyBytes b && b.mutable) {
            delBytes(b, k);
            return;
        }
        Object m = t.lookup("__delitem__");
        if (m != null) {
            Ops.call(PyThread.current(), m, new Object[] {o, k}, null);
            return;
        }
        throw Err.type("'" + t.name + "' object doesn't support item deletion");
    }

    /** {@code del ba[i]} and {@code del ba[i:j:k]} on a bytearray (_pyio's buffers consume this way). */
    /** CPython's TypeError for a bytes or bytearray index that is neither an int nor has {@code __index__}. */
    private static void checkByteIndex(PyBytes b, Object k) {
        if (!Ops.isInt(k) && !(k instanceof Boolean) && Ops.typeOf(k).lookup("__index__") == null) {
            throw Err.type((b.mutable ? "bytearray" : "byte") + " indices must be integers or slices, not " + Ops.typeName(k));
        }
    }

    private static void delBytes(PyBytes b, Object k) {
        int n = b.length();
        if (k instanceof PySlice s) {
            long[] ix = s.indices(n);
            if (ix[0] == 0 && ix[2] == 1) { // del b[:m]: CPython moves ob_start, so reading a buffer from the front is linear
                b.dropPrefix((int) ix[3]);
                return;
            }
        }
        boolean[] drop = new boolean[n];
        int dropped;
        if (k instanceof PySlice s) {
            long[] ix = s.indices(n);
            for (long i = 0; i < ix[3]; i++) {
                drop[(int) (ix[0] + i * ix[2])] = true;
            }
            dropped = (int) ix[3];
        } else {
            long i = Ops.toLong(k);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Err.index("bytearray index out of range");
            }
            drop[(int) i] = true;
            dropped = 1;
        }
        byte[] r = new byte[n - dropped];
        int j = 0;
        byte[] d = b.data();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                r[j++] = d[i];
            }
        }
        b.setData(r);
    }

    static boolean bytesContains(PyBytes b, Object item) {
        if (Ops.isInt(item)) {
            long v = item instanceof java.math.BigInteger ? -1 : Ops.toLong(item);
            if (v < 0 || v > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            for (byte x : b.data()) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        if (item instanceof PyBytes sub) {
            return indexOf(b.data(), sub.data(), 0) >= 0;
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(item) + "'");
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
