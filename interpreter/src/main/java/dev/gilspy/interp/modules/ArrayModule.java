package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySlice;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code array} ({@code Modules/arraymodule.c}): typed arrays of the common typecodes. Items are
 * kept as Python values checked against the typecode's C range on the way in; the machine
 * representation ({@code tobytes}, the buffer {@code struct} reads) is made on demand in native
 * (little-endian, x86-64) layout through {@link StructFormat}.
 */
public final class ArrayModule {
    private ArrayModule() {}

    static final String TYPECODES = "bBuhHiIlLqQfd";
    static final PyType TYPE = NativeTypes.newType("array", "array", null, ArrayModule::construct);
    static final PyType ITER = NativeTypes.iteratorType("arrayiterator", "array");

    static final class ArrayObj extends NativeObj {
        final char typecode;
        final StructFormat item;
        List<Object> items = new ArrayList<>();

        ArrayObj(PyType cls, char typecode) {
            super(cls);
            this.typecode = typecode;
            this.item = typecode == 'u' ? null : new StructFormat("<" + typecode);
        }

        int itemsize() { return typecode == 'u' ? 4 : item.size; }

        Object check(Object v) {
            if (typecode == 'u') {
                if (!(v instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                    throw Err.type("array item must be unicode character");
                }
                return v;
            }
            if (typecode == 'f' || typecode == 'd') {
                if (!(v instanceof Double) && !Ops.isInt(v)) {
                    throw Err.type("must be real number, not " + Ops.typeName(v));
                }
                double d = Ops.toDouble(v);
                return typecode == 'f' ? (double) (float) d : d;
            }
            if (!Ops.isInt(v)) {
                throw Err.type("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
            }
            byte[] scratch = new byte[item.size];
            try {
                item.pack(new Object[] {v}, 0, scratch, 0);
            } catch (dev.gilspy.interp.runtime.PyException e) {
                boolean unsigned = Character.isUpperCase(typecode);
                if (Ops.lt(v, 0L) && unsigned) {
                    throw Err.overflow("unsigned " + cname() + " is less than minimum");
                }
                throw Err.overflow((unsigned ? "unsigned " : "signed ") + cname() + " is " + (Ops.lt(v, 0L) ? "less than minimum" : "greater than maximum"));
            }
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }

        private String cname() {
            return switch (Character.toLowerCase(typecode)) {
                case 'b' -> typecode == 'B' ? "byte integer" : "char";
                case 'h' -> "short integer";
                case 'i' -> "integer";
                case 'l' -> "long integer";
                default -> "long long integer";
            };
        }

        synchronized byte[] toBytes() {
            int n = itemsize();
            byte[] out = new byte[n * items.size()];
            for (int i = 0; i < items.size(); i++) {
                if (typecode == 'u') {
                    int cp = ((String) items.get(i)).codePointAt(0);
                    for (int b = 0; b < 4; b++) {
                        out[i * 4 + b] = (byte) (cp >>> (8 * b));
                    }
                } else {
                    item.pack(new Object[] {items.get(i)}, 0, out, i * n);
                }
            }
            return out;
        }

        /** Puts {@code d} (as long as {@link #toBytes}'s result) in place of the items: {@code struct.pack_into}. */
        synchronized void replaceBytes(byte[] d) {
            items.clear();
            fromBytes(d);
        }

        synchronized void fromBytes(byte[] d) {
            int n = itemsize();
            if (d.length % n != 0) {
                throw Err.value("bytes length not a multiple of item size");
            }
            for (int i = 0; i < d.length; i += n) {
                if (typecode == 'u') {
                    int cp = (d[i] & 0xff) | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff) << 16 | (d[i + 3] & 0xff) << 24;
                    items.add(new String(Character.toChars(cp)));
                } else {
                    items.add(item.unpack(d, i)[0]);
                }
            }
        }

        /** The iterable is materialised and checked before the monitor is taken (it may run Python code). */
        void extend(Object iterable) {
            List<Object> add = new ArrayList<>();
            if (iterable instanceof ArrayObj other) {
                if (other.typecode != typecode) {
                    throw Err.type("can only extend with array of same kind");
                }
                synchronized (other) {
                    add.addAll(other.items);
                }
            } else {
                for (Object v : Ops.toArray(iterable)) {
                    add.add(check(v));
                }
            }
            synchronized (this) {
                items.addAll(add);
            }
        }

        ArrayObj copy(List<Object> with) {
            ArrayObj r = new ArrayObj(cls, typecode);
            r.items = new ArrayList<>(with);
            return r;
        }

        int index(Object key) {
            long i = Ops.toLong(key);
            if (i < 0) {
                i += items.size();
            }
            if (i < 0 || i >= items.size()) {
                throw Err.index("array index out of range");
            }
            return (int) i;
        }

        @Override public boolean truthy() { return !items.isEmpty(); }

        @Override
        public Object compare(Compare op, Object other) {
            if (!(other instanceof ArrayObj o)) {
                return Types.NOT_IMPLEMENTED;
            }
            return op.test(new PyList(items.toArray()), new PyList(o.items.toArray()));
        }
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Err.type("array.array() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Err.type("array() takes at most 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof String tc) || tc.length() != 1) {
            throw Err.type("array() argument 1 must be a unicode character, not " + Ops.typeName(a[0]));
        }
        if (TYPECODES.indexOf(tc.charAt(0)) < 0) {
            throw Err.value("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        ArrayObj arr = new ArrayObj(cls, tc.charAt(0));
        if (a.length == 2) {
            Object init = a[1];
            if (init instanceof PyBytes b) {
                arr.fromBytes(b.data());
            } else if (init instanceof String s) {
                if (arr.typecode != 'u') {
                    throw Err.type("cannot use a str to initialize an array with typecode '" + arr.typecode + "'");
                }
                s.codePoints().forEach(cp -> arr.items.add(new String(Character.toChars(cp))));
            } else if (init instanceof ArrayObj other && other.typecode != arr.typecode) {
                // array_new_impl iterates an array of another typecode (extend() refuses one)
                arr.extend(new PyList(other.items.toArray()));
            } else {
                arr.extend(init);
            }
        }
        return arr;
    }

    static ArrayObj self(Object o) {
        if (o instanceof ArrayObj a) {
            return a;
        }
        throw Err.type("descriptor requires a 'array.array' object but received a '" + Ops.typeName(o) + "'");
    }

    /** tofile writes in blocks of this size, as arraymodule.c's BLOCKSIZE. */
    private static final int FILE_BLOCK = 64 * 1024;

    /** array.fromfile (arraymodule.c's array_array_fromfile_impl): reads n items' bytes with f.read. */
    private static Object fromFile(ArrayObj arr, Object f, long n) {
        if (n < 0) {
            throw Err.value("negative count");
        }
        int size = arr.itemsize();
        if (n > Integer.MAX_VALUE / size) {
            throw Err.memory();
        }
        Object b = Ops.call(Ops.getattr(f, "read"), n * size);
        if (!(b instanceof PyBytes bytes)) {
            throw Err.type("read() didn't return bytes");
        }
        arr.fromBytes(bytes.data());
        if (bytes.data().length != n * size) {
            throw Err.make(Types.get("EOFError"), "read() didn't return enough bytes");
        }
        return PyNone.NONE;
    }

    private static Object none(Runnable r) {
        r.run();
        return PyNone.NONE;
    }

    static {
        PyType T = TYPE;
        NativeTypes.getter(T, "typecode", o -> String.valueOf(self(o).typecode));
        NativeTypes.getter(T, "itemsize", o -> (long) self(o).itemsize());
        NativeTypes.def(T, "append", (t, a, k) -> none(() -> self(a[0]).items.add(self(a[0]).check(a[1]))));
        NativeTypes.def(T, "extend", (t, a, k) -> none(() -> self(a[0]).extend(a[1])));
        NativeTypes.def(T, "fromlist", (t, a, k) -> {
            if (!(a[1] instanceof PyList)) {
                throw Err.type("arg must be list");
            }
            return none(() -> self(a[0]).extend(a[1]));
        });
        NativeTypes.def(T, "tolist", (t, a, k) -> new PyList(self(a[0]).items.toArray()));
        NativeTypes.def(T, "tobytes", (t, a, k) -> new PyBytes(self(a[0]).toBytes()));
        NativeTypes.def(T, "frombytes", (t, a, k) -> none(() -> self(a[0]).fromBytes(StructModule.buffer(a[1]))));
        NativeTypes.def(T, "fromfile", (t, a, k) -> fromFile(self(a[0]), a[1], Ops.toLong(a[2])));
        NativeTypes.def(T, "tofile", (t, a, k) -> {
            byte[] d = self(a[0]).toBytes();
            Object write = Ops.getattr(a[1], "write");
            for (int off = 0; off < d.length; off += FILE_BLOCK) {
                Ops.call(write, new PyBytes(Arrays.copyOfRange(d, off, Math.min(d.length, off + FILE_BLOCK))));
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "tounicode", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (arr.typecode != 'u') {
                throw Err.value("tounicode() may only be called on unicode type arrays");
            }
            return String.join("", arr.items.stream().map(x -> (String) x).toList());
        });
        NativeTypes.def(T, "insert", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            int n = arr.items.size();
            long i = Ops.toLong(a[1]);
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            arr.items.add((int) i, arr.check(a[2]));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "pop", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (arr.items.isEmpty()) {
                throw Err.index("pop from empty array");
            }
            return arr.items.remove(arr.index(a.length > 1 ? a[1] : (Object) (-1L)));
        });
        NativeTypes.def(T, "remove", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            for (int i = 0; i < arr.items.size(); i++) {
                if (Ops.eq(arr.items.get(i), a[1])) {
                    arr.items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Err.value("array.remove(x): x not in array");
        });
        NativeTypes.def(T, "index", (t, a, k) -> {
            List<Object> items = self(a[0]).items;
            for (int i = 0; i < items.size(); i++) {
                if (Ops.eq(items.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw Err.value("array.index(x): x not in array");
        });
        NativeTypes.def(T, "count", (t, a, k) -> self(a[0]).items.stream().filter(x -> Ops.eq(x, a[1])).count());
        NativeTypes.def(T, "reverse", (t, a, k) -> none(() -> java.util.Collections.reverse(self(a[0]).items)));
        NativeTypes.def(T, "byteswap", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            byte[] d = arr.toBytes();
            int n = arr.itemsize();
            for (int i = 0; i < d.length; i += n) {
                for (int j = 0; j < n / 2; j++) {
                    byte x = d[i + j];
                    d[i + j] = d[i + n - 1 - j];
                    d[i + n - 1 - j] = x;
                }
            }
            arr.items.clear();
            arr.fromBytes(d);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "buffer_info", (t, a, k) -> PyTuple.of((long) System.identityHashCode(a[0]), (long) self(a[0]).items.size()));
        NativeTypes.def(T, "__len__", (t, a, k) -> (long) self(a[0]).items.size());
        NativeTypes.def(T, "__iter__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            int[] i = {0};
            return new PyIter.Fn(ITER, th -> i[0] < arr.items.size() ? arr.items.get(i[0]++) : null);
        });
        NativeTypes.def(T, "__contains__", (t, a, k) -> self(a[0]).items.stream().anyMatch(x -> Ops.eq(x, a[1])));
        NativeTypes.def(T, "__getitem__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (a[1] instanceof PySlice s) {
                Object[] picked = Ops.toArray(Ops.getitem(new PyList(arr.items.toArray()), s));
                return arr.copy(Arrays.asList(picked));
            }
            return arr.items.get(arr.index(a[1]));
        });
        NativeTypes.def(T, "__setitem__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (a[1] instanceof PySlice) {
                if (!(a[2] instanceof ArrayObj other) || other.typecode != arr.typecode) {
                    throw Err.type("can only assign array (not \"" + Ops.typeName(a[2]) + "\") to array slice");
                }
                PyList l = new PyList(arr.items.toArray());
                Ops.setitem(l, a[1], new PyList(other.items.toArray()));
                arr.items = new ArrayList<>(Arrays.asList(l.toArray()));
                return PyNone.NONE;
            }
            arr.items.set(arr.index(a[1]), arr.check(a[2]));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__delitem__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            arr.items.remove(arr.index(a[1]));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__add__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (!(a[1] instanceof ArrayObj o) || o.typecode != arr.typecode) {
                throw Err.type("can only append array (not \"" + Ops.typeName(a[1]) + "\") to array");
            }
            ArrayObj r = arr.copy(arr.items);
            r.items.addAll(o.items);
            return r;
        });
        NativeTypes.def(T, "__iadd__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            if (!(a[1] instanceof ArrayObj)) {
                throw Err.type("can only extend array with array (not \"" + Ops.typeName(a[1]) + "\")");
            }
            arr.extend(a[1]);
            return arr;
        });
        NativeTypes.def(T, "__mul__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            List<Object> out = new ArrayList<>();
            for (long i = Ops.toLong(a[1]); i > 0; i--) {
                out.addAll(arr.items);
            }
            return arr.copy(out);
        });
        NativeTypes.def(T, "__rmul__", (t, a, k) -> Ops.call(t, TYPE.lookup("__mul__"), new Object[] {a[0], a[1]}, null));
        NativeTypes.def(T, "__copy__", (t, a, k) -> self(a[0]).copy(self(a[0]).items));
        NativeTypes.def(T, "__reduce_ex__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            return PyTuple.of(Ops.typeOf(arr), PyTuple.of(String.valueOf(arr.typecode), new PyList(arr.items.toArray())), PyNone.NONE);
        });
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            ArrayObj arr = self(a[0]);
            String name = NativeTypes.name(Ops.typeOf(arr));
            if (arr.items.isEmpty()) {
                return name + "('" + arr.typecode + "')";
            }
            String body = arr.typecode == 'u'
                ? StrRepr.repr(String.join("", arr.items.stream().map(x -> (String) x).toList()))
                : StrRepr.repr(new PyList(arr.items.toArray()));
            return name + "('" + arr.typecode + "', " + body + ")";
        });
        NativeTypes.put(T, "__hash__", PyNone.NONE);
        NativeTypes.ready(T);
    }

    static PyModule create() {
        PyModule m = new PyModule("array");
        m.put("array", TYPE);
        m.put("ArrayType", TYPE);
        m.put("typecodes", TYPECODES);
        return m;
    }
}
