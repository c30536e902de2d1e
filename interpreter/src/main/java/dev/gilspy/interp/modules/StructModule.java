package dev.gilspy.interp.modules;

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
import dev.gilspy.interp.runtime.Types;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _struct} ({@code Modules/_struct.c}): conversion between Python values and C structs in
 * bytes. Formats compile to a {@link StructFormat}, cached by format string like CPython's cache.
 * No function releases the GIL.
 */
public final class StructModule {
    private StructModule() {}

    static final PyType ERROR = new PyType("error", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, true);
    static final PyType STRUCT = NativeTypes.newType("Struct", "_struct", null, StructModule::construct);
    static final PyType UNPACK_ITER = NativeTypes.iteratorType("unpack_iterator", "_struct");
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();

    static {
        ERROR.module = "struct";
        ERROR.finishInit();
    }

    static final class StructObj extends NativeObj {
        StructFormat f;

        StructObj(PyType cls, StructFormat f) {
            super(cls);
            this.f = f;
        }
    }

    private static String fmtString(Object fmt) {
        if (fmt instanceof String s) {
            return s;
        }
        if (fmt instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.ISO_8859_1);
        }
        throw Err.type("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(fmt));
    }

    static StructFormat compile(Object fmt) {
        String s = fmtString(fmt);
        if (s.indexOf('\0') >= 0) {
            throw StructFormat.error("embedded null character");
        }
        StructFormat f = CACHE.get(s);
        if (f == null) {
            f = new StructFormat(s);
            if (CACHE.size() > 100) {
                CACHE.clear();
            }
            CACHE.put(s, f);
        }
        return f;
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        Object fmt = BuiltinArgs.get(a, k, 0, "format", null);
        if (fmt == null) {
            if (cls != STRUCT) {
                return new StructObj(cls, new StructFormat(""));
            }
            throw Err.type("Struct() missing required argument 'format' (pos 1)");
        }
        return new StructObj(cls, compile(fmt));
    }

    /** The bytes of a bytes-like object (bytes, bytearray, array.array). */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof ArrayModule.ArrayObj arr) {
            return arr.toBytes();
        }
        if (o instanceof dev.gilspy.interp.runtime.PyMemoryView mv) {
            return mv.toByteArray();
        }
        if (o instanceof dev.gilspy.interp.runtime.BufferExporter e) {
            return buffer(e.exportedBuffer());
        }
        throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    static PyBytes pack(String fn, StructFormat f, Object[] a, int start) {
        int n = a.length - start;
        if (n != f.nitems) {
            throw StructFormat.error(fn + " expected " + f.nitems + " items for packing (got " + n + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(a, start, out, 0);
        return new PyBytes(out);
    }

    static PyTuple unpack(StructFormat f, Object buf) {
        byte[] d = buffer(buf);
        if (d.length != f.size) {
            throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
        }
        return new PyTuple(f.unpack(d, 0));
    }

    static Object packInto(StructFormat f, Object[] a, int start) {
        if (a.length - start < 1) {
            throw Err.type("pack_into expected buffer argument");
        }
        if (a.length - start < 2) {
            throw Err.type("pack_into expected offset argument");
        }
        Object buf = a[start];
        if (buf instanceof dev.gilspy.interp.runtime.BufferExporter) {
            buf = dev.gilspy.interp.runtime.PyMemoryView.of(buf); // an mmap: packed through a view of its memory
        }
        int nv = a.length - start - 2;
        if (nv != f.nitems) {
            throw StructFormat.error("pack_into expected " + f.nitems + " items for packing (got " + nv + ")");
        }
        byte[] data;
        if (buf instanceof PyBytes b && StructFormat.isByteArray(buf)) {
            data = b.data();
        } else if (buf instanceof ArrayModule.ArrayObj arr) {
            data = arr.toBytes(); // packed into a copy, then put back below
        } else if (buf instanceof dev.gilspy.interp.runtime.PyMemoryView mv && mv.isWritable()) {
            data = mv.toByteArray();
        } else {
            throw Err.type("argument must be read-write bytes-like object, not " + Ops.typeName(buf));
        }
        long off = Ops.toLong(a[start + 1]);
        int len = data.length;
        if (off < 0) {
            if (off + f.size > 0) {
                throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + off);
            }
            if (off + len < 0) {
                throw StructFormat.error("offset " + off + " out of range for " + len + "-byte buffer");
            }
            off += len;
        }
        if (len - off < f.size) {
            throw StructFormat.error("pack_into requires a buffer of at least " + java.math.BigInteger.valueOf(off).add(java.math.BigInteger.valueOf(f.size))
                + " bytes for packing " + f.size + " bytes at offset " + off + " (actual buffer size is " + len + ")");
        }
        f.pack(a, start + 2, data, (int) off);
        if (buf instanceof ArrayModule.ArrayObj arr) {
            arr.replaceBytes(data);
        } else if (buf instanceof dev.gilspy.interp.runtime.PyMemoryView mv) {
            mv.writeAt((int) off, data, (int) off, f.size);
        }
        return PyNone.NONE;
    }

    static PyTuple unpackFrom(StructFormat f, Object buf, Object offset) {
        byte[] d = buffer(buf);
        long off = offset == null ? 0 : Ops.toLong(offset);
        int len = d.length;
        if (off < 0) {
            if (off + len < 0) {
                throw StructFormat.error("offset " + off + " out of range for " + len + "-byte buffer");
            }
            if (off + f.size > 0) {
                throw StructFormat.error("not enough data to unpack " + f.size + " bytes at offset " + off);
            }
            off += len;
        }
        if (len - off < f.size) {
            throw StructFormat.error("unpack_from requires a buffer of at least " + java.math.BigInteger.valueOf(off).add(java.math.BigInteger.valueOf(f.size))
                + " bytes for unpacking "
                + f.size + " bytes at offset " + off + " (actual buffer size is " + len + ")");
        }
        return new PyTuple(f.unpack(d, (int) off));
    }

    static Object iterUnpack(StructFormat f, Object buf) {
        byte[] d = buffer(buf).clone();
        if (f.size == 0) {
            throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
        }
        if (d.length % f.size != 0) {
            throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIter(f, d);
    }

    /** {@code _struct.unpack_iterator}: the records left are its {@code __length_hint__}. */
    static final class UnpackIter extends dev.gilspy.interp.runtime.PyIter {
        final StructFormat f;
        final byte[] d;
        int pos;

        UnpackIter(StructFormat f, byte[] d) {
            this.f = f;
            this.d = d;
        }

        @Override public PyType type() { return UNPACK_ITER; }

        @Override
        public Object next(PyThread t) {
            if (pos >= d.length) {
                return null;
            }
            Object[] r = f.unpack(d, pos);
            pos += f.size;
            return new PyTuple(r);
        }
    }

    private static StructObj self(Object o) {
        if (o instanceof StructObj s) {
            return s;
        }
        throw Err.type("descriptor requires a '_struct.Struct' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = STRUCT;
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            Object fmt = BuiltinArgs.get(a, k, 1, "format", null);
            if (fmt != null) {
                self(a[0]).f = compile(fmt);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "pack", (t, a, k) -> pack("pack", self(a[0]).f, a, 1));
        NativeTypes.def(UNPACK_ITER, "__length_hint__", (t, a, k) -> {
            UnpackIter it = (UnpackIter) a[0];
            return (long) Math.max(0, (it.d.length - it.pos) / it.f.size);
        });
        NativeTypes.def(T, "unpack", (t, a, k) -> unpack(self(a[0]).f, a[1]));
        NativeTypes.def(T, "pack_into", (t, a, k) -> packInto(self(a[0]).f, a, 1));
        NativeTypes.def(T, "unpack_from", (t, a, k) -> unpackFrom(self(a[0]).f, BuiltinArgs.get(a, k, 1, "buffer", null),
            BuiltinArgs.get(a, k, 2, "offset", null)));
        NativeTypes.def(T, "iter_unpack", (t, a, k) -> iterUnpack(self(a[0]).f, a[1]));
        NativeTypes.getter(T, "format", o -> self(o).f.format);
        NativeTypes.getter(T, "size", o -> (long) self(o).f.size);
        NativeTypes.ready(T);
    }

    static PyModule create() {
        PyModule m = new PyModule("_struct");
        m.put("error", ERROR);
        m.put("Struct", STRUCT);
        m.put("__doc__", "Functions to convert between Python values and C structs.");
        m.def("pack", (t, a, k) -> {
            if (a.length == 0) {
                throw Err.type("pack expected at least 1 argument, got 0");
            }
            return pack("pack", compile(a[0]), a, 1);
        });
        m.def("unpack", (t, a, k) -> {
            ItertoolsModule.nargs("unpack", a, k, 2, 2);
            return unpack(compile(a[0]), a[1]);
        });
        m.def("calcsize", (t, a, k) -> (long) compile(a[0]).size);
        m.def("pack_into", (t, a, k) -> {
            if (a.length == 0) {
                throw Err.type("pack_into expected at least 1 argument, got 0");
            }
            return packInto(compile(a[0]), a, 1);
        });
        m.def("unpack_from", (t, a, k) -> unpackFrom(compile(a[0]), BuiltinArgs.get(a, k, 1, "buffer", null),
            BuiltinArgs.get(a, k, 2, "offset", null)));
        m.def("iter_unpack", (t, a, k) -> iterUnpack(compile(a[0]), a[1]));
        m.def("_clearcache", (t, a, k) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }
}
