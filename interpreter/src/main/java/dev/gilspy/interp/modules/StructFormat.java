package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code struct} format ({@code prepare_s} in {@code Modules/_struct.c}): the byte order,
 * and one {@link Code} per item with its offset, so packing and unpacking walk a flat list. Native
 * mode ({@code @}, the default) uses the sizes and alignment of x86-64 Linux, the platform CPython's
 * expected outputs come from; {@code = < > !} use the standard sizes without alignment.
 */
final class StructFormat {
    /** One item: {@code count} is the length for {@code s}/{@code p}, 1 otherwise. */
    record Code(char c, int offset, int size, int count) {}

    final String format;
    final boolean nativeMode;
    final boolean little;
    final List<Code> codes = new ArrayList<>();
    final int size;
    /** How many values pack() takes and unpack() returns. */
    final int nitems;

    StructFormat(String format) {
        this.format = format;
        int i = 0;
        char order = format.isEmpty() ? '@' : format.charAt(0);
        if ("@=<>!".indexOf(order) >= 0) {
            i = 1;
        } else {
            order = '@';
        }
        nativeMode = order == '@';
        little = order == '@' || order == '=' || order == '<';
        int off = 0;
        int items = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (c >= '0' && c <= '9') {
                long n = 0;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    n = n * 10 + (format.charAt(i) - '0');
                    if (n > Integer.MAX_VALUE) {
                        throw error("total struct size too long");
                    }
                    i++;
                }
                if (i >= format.length()) {
                    throw error("repeat count given without format specifier");
                }
                c = format.charAt(i);
                count = (int) n;
            }
            i++;
            int sz = sizeOf(c);
            if (nativeMode) {
                int align = c == 's' || c == 'p' || c == 'x' ? 1 : sz;
                off = (off + align - 1) / align * align;
            }
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, off, count, count));
                off += count;
                items++;
            } else if (c == 'x') {
                off += count;
            } else {
                for (int r = 0; r < count; r++) {
                    codes.add(new Code(c, off, sz, 1));
                    off += sz;
                    items++;
                }
            }
        }
        size = off;
        nitems = items;
    }

    private int sizeOf(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p': return 1;
            case 'h', 'H', 'e': return 2;
            case 'i', 'I', 'f': return 4;
            case 'l', 'L': return nativeMode ? 8 : 4;
            case 'q', 'Q', 'd': return 8;
            case 'n', 'N', 'P':
                if (nativeMode) {
                    return 8;
                }
                throw error("bad char in struct format");
            default: throw error("bad char in struct format");
        }
    }

    static PyException error(String msg) {
        return Err.make(StructModule.ERROR, msg);
    }

    // ------------------------------------------------------------------ packing

    void pack(Object[] values, int vstart, byte[] out, int base) {
        int v = vstart;
        for (Code code : codes) {
            packOne(code, values[v++], out, base + code.offset);
        }
    }

    private void packOne(Code code, Object x, byte[] out, int at) {
        switch (code.c) {
            case 'c' -> {
                if (!(x instanceof PyBytes b) || b.data().length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[at] = b.data()[0];
            }
            case '?' -> out[at] = (byte) (Ops.truthy(x) ? 1 : 0);
            case 's', 'p' -> {
                if (!(x instanceof PyBytes b)) {
                    throw error("argument for '" + code.c + "' must be a bytes object");
                }
                byte[] d = b.data();
                if (code.c == 's') {
                    System.arraycopy(d, 0, out, at, Math.min(d.length, code.count));
                } else if (code.count > 0) {
                    int n = Math.min(d.length, code.count - 1);
                    System.arraycopy(d, 0, out, at + 1, n);
                    out[at] = (byte) Math.min(n, 255);
                }
            }
            case 'e', 'f', 'd' -> {
                double d = toDouble(x);
                if (code.c == 'd') {
                    putLong(out, at, 8, Double.doubleToRawLongBits(d));
                } else if (code.c == 'f') {
                    float f = (float) d;
                    // native 'f' is a C cast (np_float: an inf past the range); standard sizes check
                    if (Float.isInfinite(f) && !Double.isInfinite(d) && !nativeMode) {
                        throw Err.overflow("float too large to pack with f format");
                    }
                    putLong(out, at, 4, Float.floatToRawIntBits(f) & 0xffffffffL);
                } else {
                    putLong(out, at, 2, HalfFloat.fromDouble(d));
                }
            }
            default -> putLong(out, at, code.size, intValue(code, x));
        }
    }

    private static double toDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (Ops.isInt(x) || Ops.typeOf(x).lookup("__float__") != null || Ops.typeOf(x).lookup("__index__") != null) {
            return Ops.toDouble(x);
        }
        throw error("required argument is not a float");
    }

    private static final BigInteger S64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger S64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * The integer to pack, range-checked with CPython's messages: codes read through a C long
     * ({@code bBhHil}) report a value beyond 64 bits as "argument out of range" and a value beyond
     * the item as "... format requires"; unsigned codes read through an unsigned long ({@code IL})
     * also call a negative value out of range.
     */
    private long intValue(Code code, Object x) {
        // the common case, an int within the item's range, without the BigInteger bounds below (they
        // allocated on every pack: struct.pack("<B", n) took 1.5x CPython's time); anything else,
        // and every error, takes the general path with its messages
        if (x instanceof Long l && code.c != 'P') {
            int bits = code.size * 8;
            boolean unsigned = Character.isUpperCase(code.c);
            if (bits == 64 ? !unsigned || l >= 0
                : unsigned ? l >= 0 && l < 1L << bits : l >= -(1L << (bits - 1)) && l < 1L << (bits - 1)) {
                return l;
            }
        }
        if (!Ops.isInt(x)) {
            if (Ops.typeOf(x).lookup("__index__") == null) {
                throw error("required argument is not an integer");
            }
            x = Ops.call(Ops.typeOf(x).lookup("__index__"), x);
        }
        BigInteger v = Ops.big(x);
        char c = code.c;
        if (c == 'P') {
            if (v.compareTo(S64_MIN) < 0 || v.compareTo(U64_MAX) > 0) {
                throw Err.overflow("int too large to convert");
            }
            return v.longValue();
        }
        boolean unsigned = Character.isUpperCase(c);
        boolean viaUnsignedLong = unsigned && c != 'B' && c != 'H';
        if (viaUnsignedLong ? (v.signum() < 0 || v.compareTo(U64_MAX) > 0) : (v.compareTo(S64_MIN) < 0 || v.compareTo(S64_MAX) > 0)) {
            throw error("argument out of range");
        }
        int bits = code.size * 8;
        if (bits == 64) {
            if (!unsigned || v.signum() >= 0) {
                return v.longValue();
            }
            throw error("argument out of range");
        }
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            String what = switch (c) {
                case 'b' -> "byte format";
                case 'B' -> "ubyte format";
                case 'h' -> "short format";
                case 'H' -> "ushort format";
                default -> "'" + c + "' format";
            };
            throw error(what + " requires " + min + " <= number <= " + max);
        }
        return v.longValue();
    }

    private void putLong(byte[] out, int at, int n, long v) {
        for (int i = 0; i < n; i++) {
            int shift = 8 * (little ? i : n - 1 - i);
            out[at + i] = (byte) (v >>> shift);
        }
    }

    // ------------------------------------------------------------------ unpacking

    Object[] unpack(byte[] data, int base) {
        Object[] r = new Object[nitems];
        int v = 0;
        for (Code code : codes) {
            r[v++] = unpackOne(code, data, base + code.offset);
        }
        return r;
    }

    private long getLong(byte[] d, int at, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int shift = 8 * (little ? i : n - 1 - i);
            v |= (d[at + i] & 0xffL) << shift;
        }
        return v;
    }

    private Object unpackOne(Code code, byte[] d, int at) {
        char c = code.c;
        switch (c) {
            case 'c': return new PyBytes(new byte[] {d[at]});
            case '?': return d[at] != 0;
            case 's': return new PyBytes(java.util.Arrays.copyOfRange(d, at, at + code.count));
            case 'p': {
                if (code.count == 0) {
                    return new PyBytes(new byte[0]);
                }
                int n = Math.min(d[at] & 0xff, code.count - 1);
                return new PyBytes(java.util.Arrays.copyOfRange(d, at + 1, at + 1 + n));
            }
            case 'd': return Double.longBitsToDouble(getLong(d, at, 8));
            case 'f': return (double) Float.intBitsToFloat((int) getLong(d, at, 4));
            case 'e': return HalfFloat.toDouble((int) getLong(d, at, 2));
            default: break;
        }
        long v = getLong(d, at, code.size);
        boolean unsigned = Character.isUpperCase(c) || c == 'P';
        if (unsigned) {
            if (code.size == 8 && v < 0) {
                return new BigInteger(Long.toUnsignedString(v));
            }
            return v;
        }
        int shift = 64 - 8 * code.size;
        return (v << shift) >> shift;
    }

    static boolean isByteArray(Object o) {
        PyType t = Ops.typeOf(o);
        return t.isSubtypeOf(Types.BYTEARRAY);
    }
}
