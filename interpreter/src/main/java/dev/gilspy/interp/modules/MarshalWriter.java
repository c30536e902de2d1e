package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Formatting;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.codec.Utf8;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code marshal.dumps}: {@code w_object} of {@code Python/marshal.c}.
 *
 * <p>Where it departs from CPython: CPython marks an object with {@code FLAG_REF} (and writes a
 * back-reference when it meets it again) only when the object's reference count is above 1, and
 * writes a str as interned when it is in the interned table. A JVM has neither, so from version 3
 * every object that is not a singleton gets {@code FLAG_REF}; numbers, str and bytes are shared by
 * value (a literal used twice is one constant in CPython too), containers by identity; and a str is
 * "interned" when it is ASCII made of identifier characters, which is what CPython interns among a
 * program's constants. The output is byte-identical to CPython's for values held by a name or
 * written as literals; an unnamed container nested in another one (reference count 1 in CPython)
 * gets a flag CPython leaves off. Either form loads back the same on both.
 */
final class MarshalWriter {
    private static final int MAX_DEPTH = 2000;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int version;
    private final Map<Object, Integer> byValue = new HashMap<>();
    private final Map<Object, Integer> byIdentity = new IdentityHashMap<>();
    private int depth;

    private MarshalWriter(int version) {
        this.version = version;
    }

    /** The error {@code PyMarshal_WriteObjectToString} reports. */
    private static final class Unmarshallable extends RuntimeException {
        final String message;

        Unmarshallable(String message) {
            super(message, null, false, false);
            this.message = message;
        }
    }

    static byte[] write(Object value, int version) {
        MarshalWriter w = new MarshalWriter(version);
        try {
            w.object(value);
        } catch (Unmarshallable e) {
            throw Err.value(e.message);
        }
        return w.out.toByteArray();
    }

    private void object(Object v) {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new Unmarshallable("object too deeply nested to marshal");
        }
        if (v == PyNone.NONE) {
            out.write('N');
        } else if (v == Types.StopIteration) {
            out.write('S');
        } else if (v == Types.ELLIPSIS) {
            out.write('.');
        } else if (v instanceof Boolean b) {
            out.write(b ? 'T' : 'F');
        } else {
            int flag = ref(v);
            if (flag >= 0) {
                complex(v, flag);
            }
        }
        depth--;
    }

    /** Writes a back-reference and returns -1, or returns the flag to add to the type code. */
    private int ref(Object v) {
        if (version < 3) {
            return 0;
        }
        Object key = valueKey(v);
        Map<Object, Integer> table = key != null ? byValue : byIdentity;
        Integer index = table.get(key != null ? key : v);
        if (index != null) {
            out.write('r');
            int32(index);
            return -1;
        }
        table.put(key != null ? key : v, byValue.size() + byIdentity.size());
        return 0x80;
    }

    /** The key that shares equal numbers, str and bytes; null for objects shared by identity. */
    private static Object valueKey(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return v instanceof Long l ? BigInteger.valueOf(l) : v;
        }
        if (v instanceof Double d) {
            return new FloatKey(Double.doubleToRawLongBits(d));
        }
        if (v instanceof PyComplex c && Ops.typeOf(c) == Types.COMPLEX) {
            return new ComplexKey(Double.doubleToRawLongBits(c.re), Double.doubleToRawLongBits(c.im));
        }
        if (v instanceof String s) {
            return new StrKey(s);
        }
        if (v instanceof PyBytes b && Ops.typeOf(b) == Types.BYTES) {
            return new BytesKey(new String(b.data(), StandardCharsets.ISO_8859_1));
        }
        return null;
    }

    private record FloatKey(long bits) {}

    private record ComplexKey(long re, long im) {}

    private record StrKey(String s) {}

    private record BytesKey(String latin1) {}

    private void complex(Object v, int flag) {
        PyType type = Ops.typeOf(v);
        if (v instanceof Long l) {
            if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
                out.write('i' | flag);
                int32(l.intValue());
            } else {
                bigInt(BigInteger.valueOf(l), flag);
            }
        } else if (v instanceof BigInteger b) {
            bigInt(b, flag);
        } else if (v instanceof Double d) {
            if (version > 1) {
                out.write('g' | flag);
                floatBin(d);
            } else {
                out.write('f' | flag);
                floatStr(d);
            }
        } else if (v instanceof PyComplex c && type == Types.COMPLEX) {
            if (version > 1) {
                out.write('y' | flag);
                floatBin(c.re);
                floatBin(c.im);
            } else {
                out.write('x' | flag);
                floatStr(c.re);
                floatStr(c.im);
            }
        } else if (v instanceof PyBytes b && type == Types.BYTES) {
            out.write('s' | flag);
            sized(b.data());
        } else if (v instanceof String s) {
            str(s, flag);
        } else if (v instanceof PyTuple t && type == Types.TUPLE) {
            int n = t.items.length;
            if (version >= 4 && n < 256) {
                out.write(')' | flag);
                out.write(n);
            } else {
                out.write('(' | flag);
                int32(n);
            }
            for (Object item : t.items) {
                object(item);
            }
        } else if (v instanceof PyList l && type == Types.LIST) {
            out.write('[' | flag);
            Object[] items = l.toArray();
            int32(items.length);
            for (Object item : items) {
                object(item);
            }
        } else if (v instanceof PyDict d && type == Types.DICT) {
            out.write('{' | flag);
            for (Map.Entry<Object, Object> e : d.entries()) {
                object(e.getKey());
                object(e.getValue());
            }
            out.write('0');
        } else if (v instanceof PySet s && (type == Types.SET || type == Types.FROZENSET)) {
            out.write((type == Types.FROZENSET ? '>' : '<') | flag);
            Object[] items = Ops.toArray(s);
            int32(items.length);
            for (Object item : items) {
                object(item);
            }
        } else if (isBuffer(v, type)) {
            out.write('s' | flag);
            sized(Buffers.bytes(v, "dumps"));
        } else {
            throw new Unmarshallable("unmarshallable object");
        }
    }

    /** The bytes-like objects CPython writes as bytes through the buffer protocol. */
    private static boolean isBuffer(Object v, PyType type) {
        if (type == Types.BYTEARRAY || v instanceof PyBytes) {
            return true;
        }
        String name = type.name;
        return type.isSubtypeOf(Types.get("memoryview")) || "array".equals(name) && Ops.getattrOrNull(v, "tobytes") != null;
    }

    private void str(String s, int flag) {
        boolean ascii = s.chars().allMatch(c -> c < 128);
        boolean interned = isInternedLike(s);
        if (version >= 4 && ascii) {
            byte[] data = s.getBytes(StandardCharsets.ISO_8859_1);
            if (data.length < 256) {
                out.write((interned ? 'Z' : 'z') | flag);
                out.write(data.length);
                out.write(data, 0, data.length);
            } else {
                out.write((interned ? 'A' : 'a') | flag);
                sized(data);
            }
            return;
        }
        out.write((version >= 3 && interned ? 't' : 'u') | flag);
        sized(Utf8.encode(s, "surrogatepass"));
    }

    /** What CPython interns among a code object's constants: ASCII identifier characters only. */
    private static boolean isInternedLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** {@code w_PyLong}: sign and count of base-2**15 digits, then the digits, least significant first. */
    private void bigInt(BigInteger b, int flag) {
        out.write('l' | flag);
        BigInteger mag = b.abs();
        int digits = (mag.bitLength() + 14) / 15;
        int32(b.signum() < 0 ? -digits : digits);
        for (int i = 0; i < digits; i++) {
            int d = mag.shiftRight(15 * i).intValue() & 0x7fff;
            out.write(d & 0xff);
            out.write(d >> 8);
        }
    }

    private void floatBin(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xff);
        }
    }

    /** {@code w_float_str}: {@code repr}-like text with 17 significant digits, a one-byte length. */
    private void floatStr(double d) {
        byte[] text = Formatting.format(d, ".17g").getBytes(StandardCharsets.ISO_8859_1);
        out.write(text.length);
        out.write(text, 0, text.length);
    }

    private void sized(byte[] data) {
        int32(data.length);
        out.write(data, 0, data.length);
    }

    private void int32(int x) {
        out.write(x & 0xff);
        out.write((x >> 8) & 0xff);
        out.write((x >> 16) & 0xff);
        out.write((x >> 24) & 0xff);
    }
}
