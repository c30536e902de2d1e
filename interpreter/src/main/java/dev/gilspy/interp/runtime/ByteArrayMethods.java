package dev.gilspy.interp.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What {@link BytesMethods} lacked of CPython's bytes and bytearray (Objects/bytearrayobject.c,
 * Objects/bytesobject.c, Python/pystrhex.c): bytearray's list-like mutators ({@code pop},
 * {@code insert}, {@code remove}, {@code reverse}), {@code fromhex} as a class method of both,
 * {@code hex(sep, bytes_per_sep)}, {@code isascii}, {@code istitle}, {@code bytes.__bytes__} and
 * {@code bytearray.__alloc__}.
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    static void install() {
        PyType ba = Types.BYTEARRAY;
        Methods.def(ba, "pop", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            int n = x.data.length;
            if (n == 0) {
                throw Err.make(Types.IndexError, "pop from empty bytearray");
            }
            long i = a.length > 1 ? Ops.toLong(a[1]) : -1;
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Err.make(Types.IndexError, "pop index out of range");
            }
            long v = x.data[(int) i] & 0xff;
            x.data = remove(x.data, (int) i);
            return v;
        });
        Methods.def(ba, "insert", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            int n = x.data.length;
            long i = Ops.toLong(a[1]);
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            byte v = byteValue(a[2]);
            byte[] d = new byte[n + 1];
            System.arraycopy(x.data, 0, d, 0, (int) i);
            d[(int) i] = v;
            System.arraycopy(x.data, (int) i, d, (int) i + 1, n - (int) i);
            x.data = d;
            return PyNone.NONE;
        });
        Methods.def(ba, "remove", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            byte v = byteValue(a[1]);
            for (int i = 0; i < x.data.length; i++) {
                if (x.data[i] == v) {
                    x.data = remove(x.data, i);
                    return PyNone.NONE;
                }
            }
            throw Err.value("value not found in bytearray");
        });
        Methods.def(ba, "reverse", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            byte[] d = x.data.clone();
            for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                byte c = d[i];
                d[i] = d[j];
                d[j] = c;
            }
            x.data = d;
            return PyNone.NONE;
        });
        Methods.def(ba, "__alloc__", (t, a, k) -> (long) ((PyBytes) a[0]).data.length + 1);
        Methods.def(Types.BYTES, "__bytes__", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            return Ops.typeOf(a[0]) == Types.BYTES ? x : new PyBytes(x.data);
        });
        for (PyType type : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            Methods.def(type, "isascii", (t, a, k) -> {
                for (byte c : ((PyBytes) a[0]).data) {
                    if (c < 0) {
                        return false;
                    }
                }
                return true;
            });
            Methods.def(type, "istitle", (t, a, k) -> istitle(((PyBytes) a[0]).data));
            Methods.def(type, "hex", (t, a, k) -> hex(((PyBytes) a[0]).data, BuiltinArgs.get(a, k, 1, "sep", null),
                BuiltinArgs.get(a, k, 2, "bytes_per_sep", 1L)));
            type.dict.put("fromhex", new PyDescriptors.ClassMethod(new PyBuiltin("fromhex", (t, a, k) -> {
                if (a.length != 2 || !(a[1] instanceof String s)) {
                    throw Err.type("fromhex() argument must be str, not " + (a.length > 1 ? Ops.typeName(a[1]) : "nothing"));
                }
                PyBytes raw = new PyBytes(fromhex(s), type == Types.BYTEARRAY);
                Object cls = a[0];
                return cls == type ? raw : Ops.call(t, cls, new Object[] {raw}, null);
            })));
        }
        Methods.def(PyMemoryView.TYPE, "hex", (t, a, k) -> hex(((PyMemoryView) a[0]).toByteArray(),
            BuiltinArgs.get(a, k, 1, "sep", null), BuiltinArgs.get(a, k, 2, "bytes_per_sep", 1L)));
    }

    private static byte[] remove(byte[] d, int i) {
        byte[] r = new byte[d.length - 1];
        System.arraycopy(d, 0, r, 0, i);
        System.arraycopy(d, i + 1, r, i, d.length - i - 1);
        return r;
    }

    private static byte byteValue(Object o) {
        long v = Ops.toLong(o);
        if (v < 0 || v > 255) {
            throw Err.value("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    private static boolean istitle(byte[] d) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte b : d) {
            boolean upper = b >= 'A' && b <= 'Z';
            boolean lower = b >= 'a' && b <= 'z';
            if (upper) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (lower) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** {@code bytes.fromhex}: pairs of hex digits, ASCII whitespace allowed between pairs. */
    static byte[] fromhex(String s) {
        byte[] out = new byte[s.length() / 2];
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Err.value("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < s.length() && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Err.value("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out[n++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return Arrays.copyOf(out, n);
    }

    /** Python/pystrhex.c: {@code sep} between groups of {@code bytesPerSep} bytes, counted from the right when positive. */
    static String hex(byte[] d, Object sepArg, Object perArg) {
        char sep = 0;
        if (sepArg != null && sepArg != PyNone.NONE) {
            String s = sepArg instanceof PyBytes b ? new String(b.data, StandardCharsets.ISO_8859_1) : StrRepr.str(sepArg);
            if (!(sepArg instanceof String || sepArg instanceof PyBytes)) {
                throw Err.type("sep must be str or bytes.");
            }
            if (s.length() != 1) {
                throw Err.value("sep must be length 1.");
            }
            sep = s.charAt(0);
            if (sep > 127) {
                throw Err.value("sep must be ASCII.");
            }
        }
        long per = Ops.toLong(perArg);
        StringBuilder sb = new StringBuilder(d.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < d.length; i++) {
            if (sep != 0 && group > 0 && i > 0) {
                boolean cut = per > 0 ? (d.length - i) % group == 0 : i % group == 0;
                if (cut) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
        }
        return sb.toString();
    }
}
