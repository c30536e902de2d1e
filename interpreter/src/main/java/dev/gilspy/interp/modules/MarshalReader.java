package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.codec.Utf8;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code marshal.loads} and {@code marshal.load}: {@code r_object} of {@code Python/marshal.c},
 * with its error types and messages. From bytes it reads in place; from a file it calls the file's
 * {@code read(n)} for each piece, so the file is left just after the value.
 */
final class MarshalReader {
    private static final int MAX_DEPTH = 2000;
    private static final long SIZE32_MAX = 0x7FFFFFFFL;
    /** The object {@code TYPE_NULL} reads as: the end of a dict, an error anywhere else. */
    private static final Object NULL = new Object();

    private final byte[] data;
    private int pos;
    private final Object read;
    private final List<Object> refs = new ArrayList<>();
    private int depth;

    private MarshalReader(byte[] data, Object read) {
        this.data = data;
        this.read = read;
    }

    static MarshalReader fromBytes(byte[] data) {
        return new MarshalReader(data, null);
    }

    static MarshalReader fromFile(Object read) {
        return new MarshalReader(null, read);
    }

    /** {@code read_object}: a NULL at the top is a TypeError. */
    Object readTop() {
        Object v = object();
        if (v == NULL) {
            throw Err.type("NULL object in marshal data for object");
        }
        return v;
    }

    private static PyException eof(String msg) {
        return Err.make(Types.get("EOFError"), msg);
    }

    /** {@code r_string}: n bytes, or EOFError. */
    private byte[] bytes(long n) {
        if (read == null) {
            if (data.length - pos < n) {
                throw eof("marshal data too short");
            }
            byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + (int) n);
            pos += (int) n;
            return r;
        }
        if (n == 0) {
            return new byte[0];
        }
        Object r = Ops.call(read, n);
        byte[] got = r instanceof PyBytes b ? b.data() : Buffers.bytes(r, "read");
        if (got.length > n) {
            throw Err.value("read() returned too much data: " + n + " bytes requested, " + got.length + " returned");
        }
        if (got.length < n) {
            throw eof("EOF read where not expected");
        }
        return got;
    }

    /** {@code r_byte}: the next byte, -1 at the end. */
    private int nextByte() {
        if (read == null) {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }
        try {
            return bytes(1)[0] & 0xff;
        } catch (PyException e) {
            if (e.exc.type() == Types.get("EOFError")) {
                return -1;
            }
            throw e;
        }
    }

    private int int32() {
        byte[] b = bytes(4);
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | b[3] << 24;
    }

    private int int16() {
        byte[] b = bytes(2);
        return (short) ((b[0] & 0xff) | (b[1] & 0xff) << 8);
    }

    private long size(String what) {
        long n = int32();
        if (n < 0 || n > SIZE32_MAX) {
            throw Err.value("bad marshal data (" + what + " size out of range)");
        }
        return n;
    }

    private Object object() {
        int code = nextByte();
        if (code < 0) {
            throw eof("EOF read where object expected");
        }
        depth++;
        if (depth > MAX_DEPTH) {
            depth--;
            throw Err.value("recursion limit exceeded");
        }
        boolean flag = (code & 0x80) != 0;
        Object v = switch (code & 0x7f) {
            case '0' -> NULL;
            case 'N' -> PyNone.NONE;
            case 'S' -> Types.StopIteration;
            case '.' -> Types.ELLIPSIS;
            case 'F' -> Boolean.FALSE;
            case 'T' -> Boolean.TRUE;
            case 'i' -> ref((long) int32(), flag);
            case 'I' -> ref(int64(), flag);
            case 'l' -> ref(bigInt(), flag);
            case 'f' -> ref(floatStr(), flag);
            case 'g' -> ref(floatBin(), flag);
            case 'x' -> ref(new PyComplex(floatStr(), floatStr()), flag);
            case 'y' -> ref(new PyComplex(floatBin(), floatBin()), flag);
            case 's' -> ref(new PyBytes(bytes(size("bytes object"))), flag);
            case 'a', 'A' -> ref(ascii(bytes(size("string"))), flag);
            case 'z', 'Z' -> ref(ascii(bytes(shortLength())), flag);
            case 'u', 't' -> ref(utf8(bytes(size("string"))), flag);
            case ')' -> tuple(bytes(1)[0] & 0xff, flag);
            case '(' -> tuple(size("tuple"), flag);
            case '[' -> list(size("list"), flag);
            case '{' -> dict(flag);
            case '<', '>' -> set(size("set"), (code & 0x7f) == '>', flag);
            case 'r' -> backReference();
            case 'c' -> throw Err.value("bad marshal data (gilspy cannot load code objects)");
            default -> throw Err.value("bad marshal data (unknown type code)");
        };
        depth--;
        return v;
    }

    private Object ref(Object v, boolean flag) {
        if (flag) {
            refs.add(v);
        }
        return v;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(null);
        return refs.size() - 1;
    }

    private Object backReference() {
        int n = int32();
        if (n < 0 || n >= refs.size() || refs.get(n) == null) {
            throw Err.value("bad marshal data (invalid reference)");
        }
        return refs.get(n);
    }

    private int shortLength() {
        int n = nextByte();
        if (n < 0) {
            throw eof("EOF read where object expected");
        }
        return n;
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] b) {
        return Utf8.decode(b, "surrogatepass", true).text();
    }

    private Object int64() {
        byte[] b = bytes(8);
        long x = 0;
        for (int i = 7; i >= 0; i--) {
            x = x << 8 | (b[i] & 0xff);
        }
        return x;
    }

    /** {@code r_PyLong}: base-2**15 digits; CPython's checks on each digit and on the top one. */
    private Object bigInt() {
        long n = int32();
        if (n == 0) {
            return 0L;
        }
        if (n < -SIZE32_MAX || n > SIZE32_MAX) {
            throw Err.value("bad marshal data (long size out of range)");
        }
        long count = Math.abs(n);
        BigInteger mag = BigInteger.ZERO;
        for (long i = 0; i < count; i++) {
            int d = int16();
            if (d < 0 || d > (1 << 15)) {
                throw Err.value("bad marshal data (digit out of range in long)");
            }
            if (d == 0 && i == count - 1) {
                throw Err.value("bad marshal data (unnormalized long data)");
            }
            mag = mag.add(BigInteger.valueOf(d).shiftLeft((int) (15 * i)));
        }
        return Ops.normalize(n < 0 ? mag.negate() : mag);
    }

    private double floatBin() {
        byte[] b = bytes(8);
        long bits = 0;
        for (int i = 7; i >= 0; i--) {
            bits = bits << 8 | (b[i] & 0xff);
        }
        return Double.longBitsToDouble(bits);
    }

    private double floatStr() {
        int n = shortLength();
        String text = ascii(bytes(n));
        return (Double) Ops.call(Types.FLOAT, text);
    }

    private Object tuple(long n, boolean flag) {
        Object[] items = new Object[(int) n];
        PyTuple t = new PyTuple(items);
        ref(t, flag);
        for (int i = 0; i < n; i++) {
            items[i] = item("tuple");
        }
        return t;
    }

    private Object list(long n, boolean flag) {
        PyList l = new PyList();
        ref(l, flag);
        for (int i = 0; i < n; i++) {
            l.append(item("list"));
        }
        return l;
    }

    private Object dict(boolean flag) {
        PyDict d = new PyDict();
        ref(d, flag);
        while (true) {
            Object key = object();
            if (key == NULL) {
                break;
            }
            Object value = object();
            if (value == NULL) {
                break;
            }
            Hashing.hash(key);
            d.put(key, value);
        }
        return d;
    }

    private Object set(long n, boolean frozen, boolean flag) {
        PySet s = new PySet(frozen);
        int index = frozen ? reserve(flag) : -1;
        if (!frozen) {
            ref(s, flag);
        }
        for (int i = 0; i < n; i++) {
            Object item = item("set");
            Hashing.hash(item);
            s.add(item);
        }
        if (index >= 0) {
            refs.set(index, s);
        }
        return s;
    }

    private Object item(String container) {
        Object v = object();
        if (v == NULL) {
            throw Err.type("NULL object in marshal data for " + container);
        }
        return v;
    }
}
