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
            int n = x.data().length;
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
            long v = x.data()[(int) i] & 0xff;
            x.setData(remove(x.data(), (int) i));
            return v;
        });
        Methods.def(ba, "insert", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            int n = x.data().length;
            long i = Ops.toLong(a[1]);
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            byte v = byteValue(a[2]);
            byte[] d = new byte[n + 1];
            System.arraycopy(x.data(), 0, d, 0, (int) i);
            d[(int) i] = v;
            System.arraycopy(x.data(), (int) i, d, (int) i + 1, n - (int) i);
            x.setData(d);
            return PyNone.NONE;
        });
        Methods.def(ba, "remove", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            byte v = byteValue(a[1]);
            for (int i = 0; i < x.data().length; i++) {
                if (x.data()[i] == v) {
                    x.setData(remove(x.data(), i));
                    return PyNone.NONE;
                }
            }
            throw Err.value("value not found in bytearray");
        });
        Methods.def(ba, "reverse", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            byte[] d = x.data().clone();
            for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                byte c = d[i];
                d[i] = d[j];
                d[j] = c;
            }
            x.setData(d);
            return PyNone.NONE;
        });
        for (PyType type : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            Methods.def(type, "__rmod__", (t, a, k) -> Types.NOT_IMPLEMENTED);
        }
        Methods.def(ba, "__alloc__", (t, a, k) -> (long) ((PyBytes) a[0]).data().length + 1);
        Methods.def(Types.BYTES, "__bytes__", (t, a, k) -> {
            PyBytes x = (PyBytes) a[0];
            return Ops.typeOf(a[0]) == Types.BYTES ? x : new PyBytes(x.data());
        });
        for (PyType type : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            Methods.def(type, "isascii", (t, a, k) -> {
                for (byte c : ((PyBytes) a[0]).data()) {
                    if (c < 0) {
                        return false;
                    }
                }
                return true;
            });
            Methods.def(type, "istitle", (t, a, k) -> istitle(((PyBytes) a[0]).data()));
            Methods.def(type, "hex", (t, a, k) -> hex(((PyBytes) a[0]).data(), BuiltinArgs.get(a, k, 1, "sep", null),
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
        // A mutable sequence is unhashable: bytearray.__hash__ is None, as for list (collections.abc.Hashable says no).
        ba.dict.put("__hash__", PyNone.NONE);
    }

    /** {@code ba[i:j] = x} and {@code ba[i:j:k] = x} (bytearray_ass_subscript): x is bytes-like or an iterable of ints. */
    static void setSlice(PyBytes b, PySlice s, Object v) {
        if (Ops.isInt(v) || v instanceof String) {
            throw Err.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        byte[] src;
        if (v == b) {
            src = b.data().clone();
        } else if (v instanceof PyBytes || v instanceof PyMemoryView) {
            src = BytesMethods.toBytes(v);
        } else {
            Object[] items = Ops.toArray(v);
            src = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                src[i] = byteValue(items[i]);
            }
        }
        byte[] d = b.data();
        long[] ix = s.indices(d.length);
        int lo = (int) ix[0];
        long step = ix[2];
        if (step == 1) {
            int hi = Math.max(lo, (int) ix[1]);
            byte[] r = new byte[d.length - (hi - lo) + src.length];
            System.arraycopy(d, 0, r, 0, lo);
            System.arraycopy(src, 0, r, lo, src.length);
            System.arraycopy(d, hi, r, lo + src.length, d.length - hi);
            b.setData(r);
            return;
        }
        if (src.length != ix[3]) {
            throw Err.value("attempt to assign bytes of size " + src.length + " to extended slice of size " + ix[3]);
        }
        byte[] r = d.clone();
        for (int i = 0; i < src.length; i++) {
            r[(int) (lo + i * step)] = src[i];
        }
        b.setData(r);
    }

    /**
     * {@code bytes % args} (PEP 461) through str's %-formatting: the format and every bytes argument as
     * latin-1 text, {@code %b} as {@code %s} (with a bytes-like argument), {@code %r} as {@code %a}.
     */
    static PyBytes percent(PyBytes fmt, Object args) {
        java.nio.charset.Charset l1 = StandardCharsets.ISO_8859_1;
        String f = new String(fmt.data(), l1);
        boolean mapping = args instanceof PyDict;
        Object[] items = mapping ? null : args instanceof PyTuple tu ? tu.items.clone() : new Object[] {args};
        int argIdx = 0;
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            sb.append(c);
            if (c != '%' || i + 1 >= f.length()) {
                continue;
            }
            int j = i + 1;
            if (f.charAt(j) == '(') {
                int depth = 0;
                for (; j < f.length(); j++) {
                    depth += f.charAt(j) == '(' ? 1 : f.charAt(j) == ')' ? -1 : 0;
                    if (depth == 0) {
                        j++;
                        break;
                    }
                }
            }
            int stars = 0;
            while (j < f.length() && "#0- +*.0123456789".indexOf(f.charAt(j)) >= 0) {
                stars += f.charAt(j) == '*' ? 1 : 0;
                j++;
            }
            if (j >= f.length()) {
                continue;
            }
            char conv = f.charAt(j);
            if (conv != '%' && items != null) {
                argIdx += stars;
                if (argIdx < items.length) {
                    Object v = items[argIdx];
                    if (conv == 'b' || conv == 's') {
                        items[argIdx] = bytesArg(v);
                    } else if (conv == 'a' || conv == 'r') {
                        items[argIdx] = Formatting.ascii(v);
                    } else if (conv == 'c') {
                        items[argIdx] = latin1Arg(v);
                    }
                }
                argIdx++;
            }
            sb.append(f, i + 1, j).append(conv == 'b' ? 's' : conv == 'r' || conv == 'a' ? 's' : conv);
            i = j;
        }
        Object conv;
        if (mapping) {
            PyDict m = new PyDict();
            for (var e : ((PyDict) args).entries()) {
                m.put(latin1Arg(e.getKey()), latin1Arg(e.getValue()));
            }
            conv = m;
        } else {
            conv = args instanceof PyTuple ? new PyTuple(items) : items[0];
        }
        return new PyBytes(Formatting.percent(sb.toString(), conv).getBytes(l1), fmt.mutable);
    }

    /** The argument of {@code %b}/{@code %s} in bytes formatting: bytes-like, or an object with {@code __bytes__}. */
    private static Object bytesArg(Object o) {
        if (o instanceof PyBytes || o instanceof PyMemoryView) {
            return latin1Arg(o);
        }
        Object m = Ops.typeOf(o).lookup("__bytes__");
        if (m != null) {
            return latin1Arg(SpecialMethods.call(PyThread.current(), m, new Object[] {o}));
        }
        throw Err.type("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Ops.typeName(o) + "'");
    }

    private static Object latin1Arg(Object o) {
        if (o instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.ISO_8859_1);
        }
        if (o instanceof PyMemoryView mv) {
            return new String(mv.toByteArray(), StandardCharsets.ISO_8859_1);
        }
        return o;
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
        int sep = -1; // none given ('\0' is a separator like any other)
        if (sepArg == PyNone.NONE) { // CPython's sep=NULL default is not None, which it asks the length of
            throw Err.type("object of type 'NoneType' has no len()");
        }
        if (sepArg != null) {
            String s = sepArg instanceof PyBytes b ? new String(b.data(), StandardCharsets.ISO_8859_1) : StrRepr.str(sepArg);
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
            if (sep >= 0 && group > 0 && i > 0) {
                boolean cut = per > 0 ? (d.length - i) % group == 0 : i % group == 0;
                if (cut) {
                    sb.append((char) sep);
                }
            }
            sb.append(Character.forDigit((d[i] >> 4) & 15, 16)).append(Character.forDigit(d[i] & 15, 16));
        }
        return sb.toString();
    }
}
