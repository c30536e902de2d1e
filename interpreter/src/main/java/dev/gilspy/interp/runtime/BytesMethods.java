package dev.gilspy.interp.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** {@code bytes}/{@code bytearray} constructors and methods, and str encode/decode. */
final class BytesMethods {
    private BytesMethods() {}

    /** {@code str.encode}: the codecs of {@code runtime.codec}, then the registry (CPython's {@code PyUnicode_AsEncodedString}). */
    static PyBytes encode(String s, String enc) {
        return encode(s, enc, null);
    }

    static PyBytes encode(String s, String enc, String errors) {
        return dev.gilspy.interp.runtime.codec.CodecState.encode(s, enc, errors);
    }

    /** {@code bytes.decode} (CPython's {@code PyUnicode_Decode}). */
    static String decode(PyBytes b, String enc, String errors) {
        return dev.gilspy.interp.runtime.codec.CodecState.decode(b.data(), enc, errors);
    }

    /** {@code bytes.upper}/{@code lower}: ASCII letters only (CPython's {@code _Py_bytes_upper}), of the receiver's kind, so a bytearray's is a bytearray. */
    private static PyBytes asciiCase(PyBytes self, boolean upper) {
        byte[] d = self.data().clone();
        for (int i = 0; i < d.length; i++) {
            byte c = d[i];
            if (upper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') {
                d[i] = (byte) (c ^ 0x20);
            }
        }
        return new PyBytes(d, self.mutable);
    }

    /**
     * The text a bytes method runs its str twin on: ASCII as itself, every byte from 0x80 as a
     * private-use character (U+E080..U+E0FF), which no str method takes for a letter, digit, space or
     * line break; so are 0x1c..0x1f, which str takes for spaces and line breaks and bytes does not. So the twin answers as CPython's ASCII-only bytes methods do ({@code b'\xe9'.isalpha()}
     * is false, {@code b'\xe0'.upper()} unchanged, {@code b'\x85'} no line boundary), and the mapping
     * is one to one, so searching, splitting and padding are unchanged.
     */
    static String asText(byte[] d) {
        char[] c = new char[d.length];
        for (int i = 0; i < d.length; i++) {
            byte x = d[i];
            c[i] = x >= 0 && (x < 0x1c || x > 0x1f) ? (char) x : (char) (0xE000 | (x & 0xff));
        }
        return new String(c);
    }

    /** The bytes back from {@link #asText}'s text. */
    static byte[] fromText(String s) {
        byte[] d = new byte[s.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) s.charAt(i);
        }
        return d;
    }

    /** {@code bytes.splitlines}: only \n, \r and \r\n end a line (str's \v, \f, \x1c.. and \x85 do not). */
    private static PyList splitlines(byte[] d, boolean keepends, boolean mutable) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < d.length) {
            if (d[i] != '\n' && d[i] != '\r') {
                i++;
                continue;
            }
            int eol = i;
            i += d[i] == '\r' && i + 1 < d.length && d[i + 1] == '\n' ? 2 : 1;
            out.add(new PyBytes(java.util.Arrays.copyOfRange(d, start, keepends ? i : eol), mutable));
            start = i;
        }
        if (start < d.length) {
            out.add(new PyBytes(java.util.Arrays.copyOfRange(d, start, d.length), mutable));
        }
        return new PyList(out.toArray());
    }

    private static Object toLatin1(Object o) {
        if (o instanceof PyBytes x) {
            return asText(x.data());
        }
        if (o instanceof PyTuple tu) {
            Object[] items = new Object[tu.items.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = toLatin1(tu.items[i]);
            }
            return new PyTuple(items);
        }
        return o;
    }

    /** An argument of a bytes method run by its str twin: bytes-like objects as latin-1 text; a str is refused, as CPython's bytes methods do. */
    private static Object argLatin1(Object o) {
        if (o instanceof String || o instanceof PyValueSub v && v.value instanceof String) {
            throw Err.type("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
        }
        if (o instanceof PyMemoryView mv) {
            return asText(mv.toByteArray());
        }
        if (o instanceof PyTuple tu) {
            Object[] items = new Object[tu.items.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = argLatin1(tu.items[i]);
            }
            return new PyTuple(items);
        }
        if (!(o instanceof PyBytes) && Ops.typeOf(o).lookup("tobytes") != null
            && Ops.call(Ops.getattr(o, "tobytes")) instanceof PyBytes raw) { // array.array and other buffers
            return asText(raw.data());
        }
        return toLatin1(o);
    }

    private static Object fromLatin1(Object o, boolean mutable) {
        if (o instanceof String s) {
            return new PyBytes(fromText(s), mutable);
        }
        if (o instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromLatin1(items[i], mutable);
            }
            return new PyList(items);
        }
        if (o instanceof PyTuple tu) {
            Object[] items = tu.items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromLatin1(items[i], mutable);
            }
            return new PyTuple(items);
        }
        return o;
    }

    private static PyBytes b(Object o) {
        return (PyBytes) o;
    }

    /**
     * {@code sep.join(items)}: the pieces' sizes first, then one array of the total size (a
     * ByteArrayOutputStream grew and locked per piece: the BytesIO of the pure-Python pickler joins
     * a 64 KB frame from thousands of pieces). An item that is not bytes-like is CPython's TypeError
     * (toBytes would take an int as a size).
     */
    private static PyBytes join(PyBytes sep, Object[] items) {
        byte[] s = sep.data();
        byte[][] parts = new byte[items.length][];
        long total = items.length == 0 ? 0 : (long) s.length * (items.length - 1);
        for (int i = 0; i < items.length; i++) {
            Object o = items[i];
            if (!(o instanceof PyBytes || o instanceof PyMemoryView || o instanceof BufferExporter)) {
                throw Err.type("sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(o) + " found");
            }
            parts[i] = toBytes(o);
            total += parts[i].length;
        }
        byte[] out = new byte[Seq.checkedSize(total)];
        int pos = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(s, 0, out, pos, s.length);
                pos += s.length;
            }
            System.arraycopy(parts[i], 0, out, pos, parts[i].length);
            pos += parts[i].length;
        }
        return new PyBytes(out, sep.mutable);
    }

    static byte[] toBytes(Object o) {
        return toBytes(o, "bytes must be in range(0, 256)");
    }

    /** {@code range}: the ValueError of an item out of range ("byte must be" for bytearray, as CPython words it). */
    static byte[] toBytes(Object o, String range) {
        if (o instanceof PyBytes x) {
            return x.data();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toByteArray();
        }
        if (o instanceof BufferExporter e) {
            return toBytes(e.exportedBuffer());
        }
        if (o instanceof String) {
            throw Err.type("cannot convert 'str' object to bytes");
        }
        if (Ops.isInt(o)) {
            if (o instanceof java.math.BigInteger) {
                throw Err.overflow("cannot fit 'int' into an index-sized integer");
            }
            long n = Ops.toLong(o);
            if (n < 0) {
                throw Err.value("negative count");
            }
            return new byte[Seq.checkedSize(n)];
        }
        Object index = Ops.typeOf(o).lookup("__index__"); // bytes_new: a size from __index__ before iterating
        if (index != null) {
            Object size;
            try {
                size = Ops.call(PyThread.current(), index, new Object[] {o}, null);
            } catch (PyException e) {
                if (!Err.matches(e, Types.TypeError)) {
                    throw e;
                }
                size = null; // as bytes_new, a TypeError falls through to iterating
            }
            if (size != null && Ops.isInt(size)) {
                return toBytes(size);
            }
        }
        Object[] items = Ops.toArray(o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof java.math.BigInteger) {
                throw Err.value(range);
            }
            long v = Ops.toLong(items[i]);
            if (v < 0 || v > 255) {
                throw Err.value(range);
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** The {@code encoding} argument of {@code str.encode}, {@code bytes(s, ...)}: positional 1 or keyword. */
    static String encodingArg(Object[] a, String[] k) {
        Object e = BuiltinArgs.get(a, k, 1, "encoding", "utf-8");
        return BuiltinArgs.str(e, "encode() argument 'encoding'");
    }

    /** The {@code errors} argument (positional 2 or keyword); null means strict. */
    static String errorsArg(Object[] a, String[] k) {
        Object e = BuiltinArgs.get(a, k, 2, "errors", null);
        return e == null ? null : BuiltinArgs.str(e, "encode() argument 'errors'");
    }

    /** bytes(encoding='ascii'), bytearray(errors='strict'): CPython refuses an encoding or errors without a source. */
    private static void noSourceWithEncoding(Object[] a, String[] k) {
        if (BuiltinArgs.npos(a, k) == 0 && BuiltinArgs.kw(a, k, "source") == null) {
            throw Err.type(BuiltinArgs.kw(a, k, "encoding") != null ? "encoding without a string argument"
                : "errors without a string argument");
        }
    }

    /**
     * bytes(x, encoding) and bytearray(x, encoding, errors): an encoding or errors needs a str (a
     * subclass's __bytes__ is then ignored: its text is encoded); null when neither is given.
     */
    private static PyBytes encodedSource(Object[] a, String[] k) {
        boolean encoding = BuiltinArgs.get(a, k, 1, "encoding", null) != null;
        boolean errors = BuiltinArgs.get(a, k, 2, "errors", null) != null;
        if (!encoding && !errors) {
            return null;
        }
        boolean str = PyValueSub.unwrap(a[0]) instanceof String;
        if (encoding && str) {
            return encode((String) PyValueSub.unwrap(a[0]), encodingArg(a, k), errorsArg(a, k));
        }
        throw Err.type(encoding ? "encoding without a string argument"
            : str ? "string argument without an encoding" : "errors without a string argument");
    }

    static void install() {
        Types.BYTES.ctor = (t, cls, a, k) -> {
            if (a.length == 0) {
                return new PyBytes(new byte[0]);
            }
            noSourceWithEncoding(a, k);
            PyBytes encoded = encodedSource(a, k);
            if (encoded != null) {
                return encoded;
            }
            if (a[0] instanceof String) {
                throw Err.type("string argument without an encoding");
            }
            Object m = a[0] instanceof PyBytes ? null : Ops.typeOf(a[0]).lookup("__bytes__");
            if (m != null) {
                Object r = SpecialMethods.call(t, m, new Object[] {a[0]}); // bytes_new: __bytes__ first
                if (r instanceof PyBytes rb) {
                    return rb;
                }
                throw Err.type("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return new PyBytes(toBytes(a[0]).clone());
        };
        Types.BYTEARRAY.ctor = (t, cls, a, k) -> {
            if (a.length == 0) {
                return new PyBytes(new byte[0], true);
            }
            noSourceWithEncoding(a, k);
            PyBytes encoded = encodedSource(a, k);
            if (encoded != null) {
                return new PyBytes(encoded.data(), true);
            }
            if (a[0] instanceof String) {
                throw Err.type("string argument without an encoding");
            }
            return new PyBytes(toBytes(a[0], "byte must be in range(0, 256)").clone(), true);
        };
        for (PyType bt : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            PyType.Ctor exact = bt.ctor;
            bt.ctor = (t, cls, a, k) -> {
                Object r = exact.make(t, cls, a, k);
                return cls == null || cls == bt || !(r instanceof PyBytes b) ? r : new PyBytes.Sub(cls, b.data(), b.mutable);
            };
        }
        // bytes.__hash__(self) in a subclass's own __hash__: the data's hash, not the override again
        Methods.def(Types.BYTES, "__hash__", (th, a, k) -> (long) java.util.Arrays.hashCode(b(a[0]).data()));
        for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            Methods.def(t, "decode", (th, a, k) -> decode(b(a[0]), BuiltinArgs.str(BuiltinArgs.get(a, k, 1, "encoding", "utf-8"),
                "decode() argument 'encoding'"), errorsArg(a, k)));
            Methods.def(t, "hex", (th, a, k) -> {
                StringBuilder sb = new StringBuilder();
                for (byte x : b(a[0]).data()) {
                    sb.append(String.format("%02x", x & 0xff));
                }
                return sb.toString();
            });
            Methods.def(t, "startswith", (th, a, k) -> {
                byte[] d = b(a[0]).data();
                byte[] p = toBytes(a[1]);
                return d.length >= p.length && java.util.Arrays.equals(d, 0, p.length, p, 0, p.length);
            });
            Methods.def(t, "endswith", (th, a, k) -> {
                byte[] d = b(a[0]).data();
                byte[] p = toBytes(a[1]);
                return d.length >= p.length && java.util.Arrays.equals(d, d.length - p.length, d.length, p, 0, p.length);
            });
            Methods.def(t, "find", (th, a, k) -> (long) Seq.indexOf(b(a[0]).data(), toBytes(a[1]), 0));
            Methods.def(t, "count", (th, a, k) -> {
                byte[] d = b(a[0]).data();
                byte[] p = toBytes(a[1]);
                long n = 0;
                int i = 0;
                while ((i = Seq.indexOf(d, p, i)) >= 0) {
                    n++;
                    i += Math.max(1, p.length);
                }
                return n;
            });
            Methods.def(t, "split", (th, a, k) -> {
                String s = new String(b(a[0]).data(), StandardCharsets.ISO_8859_1);
                Object sep = a.length > 1 ? new String(toBytes(a[1]), StandardCharsets.ISO_8859_1) : PyNone.NONE;
                PyList parts = StrMethods.split(s, sep, a.length > 2 ? Ops.ssizeSaturated(a[2]) : -1, false);
                Object[] out = parts.toArray();
                for (int i = 0; i < out.length; i++) {
                    out[i] = new PyBytes(((String) out[i]).getBytes(StandardCharsets.ISO_8859_1));
                }
                return new PyList(out);
            });
            Methods.def(t, "strip", (th, a, k) -> new PyBytes(StrMethods.strip(new String(b(a[0]).data(), StandardCharsets.ISO_8859_1),
                PyNone.NONE, true, true).getBytes(StandardCharsets.ISO_8859_1)));
            Methods.def(t, "upper", (th, a, k) -> asciiCase(b(a[0]), true));
            Methods.def(t, "lower", (th, a, k) -> asciiCase(b(a[0]), false));
            Methods.def(t, "join", (th, a, k) -> join(b(a[0]), Ops.toArray(a[1])));
            Methods.def(t, "__len__", (th, a, k) -> (long) b(a[0]).data().length);
            Methods.def(t, "__getitem__", (th, a, k) -> Ops.getitem(PyValueSub.unwrap(a[0]), a[1]));
            Methods.def(t, "__iter__", (th, a, k) -> Ops.iter(a[0]));
            Methods.def(t, "__contains__", (th, a, k) -> Ops.contains(a[0], a[1]));
        }
        for (String name : new String[] {"replace", "rsplit", "lstrip", "rstrip", "partition", "rpartition", "rfind", "index",
            "rindex", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "title", "capitalize", "center",
            "ljust", "rjust", "zfill", "splitlines", "swapcase", "expandtabs", "removeprefix", "removesuffix", "strip",
            "split", "startswith", "endswith", "find", "count"}) {
            Object strMethod = Types.STR.dict.get(name);
            for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
                if (t.dict.containsKey(name) && !name.equals("strip") && !name.equals("split") && !name.equals("startswith")
                    && !name.equals("endswith") && !name.equals("find") && !name.equals("count")) {
                    continue;
                }
                boolean mutable = t == Types.BYTEARRAY;
                boolean byteNeedle = name.equals("find") || name.equals("rfind") || name.equals("index") || name.equals("rindex")
                    || name.equals("count");
                boolean affix = name.equals("startswith") || name.equals("endswith");
                Methods.def(t, name, (th, a, k) -> {
                    if (affix && a.length > 1 && !(a[1] instanceof PyTuple) && !(a[1] instanceof PyBytes)
                        && !(a[1] instanceof PyMemoryView) && !(a[1] instanceof BufferExporter)
                        && Ops.typeOf(a[1]).lookup("tobytes") == null) { // (array.array and the like are buffers)
                        throw Err.type(name + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(a[1]));
                    }
                    Object[] conv = new Object[a.length];
                    conv[0] = toLatin1(a[0]);
                    for (int i = 1; i < a.length; i++) {
                        conv[i] = argLatin1(a[i]);
                    }
                    if (byteNeedle && a.length > 1 && Ops.isInt(a[1])) {
                        // bytes.find(97): the needle is one byte value
                        long v = a[1] instanceof java.math.BigInteger ? -1 : Ops.toLong(a[1]);
                        if (v < 0 || v > 255) {
                            throw Err.value("byte must be in range(0, 256)");
                        }
                        conv[1] = asText(new byte[] {(byte) v});
                    }
                    return fromLatin1(Ops.call(th, strMethod, conv, k), mutable);
                });
            }
        }
        for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            boolean mutable = t == Types.BYTEARRAY;
            Methods.def(t, "splitlines", (th, a, k) -> splitlines(b(a[0]).data(),
                Ops.truthy(BuiltinArgs.get(a, k, 1, "keepends", false)), mutable));
            for (boolean right : new boolean[] {false, true}) {
                String name = right ? "rsplit" : "split";
                Object withSep = t.dict.get(name);
                Methods.def(t, name, (th, a, k) -> {
                    Object sep = BuiltinArgs.get(a, k, 1, "sep", PyNone.NONE);
                    if (sep != PyNone.NONE) {
                        return Ops.call(th, withSep, a, k);
                    }
                    long max = Ops.ssizeSaturated(BuiltinArgs.get(a, k, 2, "maxsplit", -1L));
                    return BytesWhitespace.split(b(a[0]).data(), max, right, mutable);
                });
            }
            Methods.def(t, "translate", (th, a, k) -> {
                byte[] d = b(a[0]).data();
                Object table = BuiltinArgs.get(a, k, 1, "table", null);
                if (table == null) {
                    throw Err.type("translate() takes at least 1 positional argument (0 given)");
                }
                byte[] map = table == PyNone.NONE ? null : toBytes(table);
                if (map != null && map.length != 256) {
                    throw Err.value("translation table must be 256 characters long");
                }
                Object del = BuiltinArgs.get(a, k, 2, "delete", null);
                boolean[] drop = new boolean[256];
                if (del != null) {
                    for (byte x : toBytes(del)) {
                        drop[x & 0xff] = true;
                    }
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.length);
                for (byte x : d) {
                    if (!drop[x & 0xff]) {
                        out.write(map == null ? x : map[x & 0xff]);
                    }
                }
                return new PyBytes(out.toByteArray(), b(a[0]).mutable);
            });
        }
        for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            // bytes.maketrans(from, to): a static method giving the 256-byte table translate takes
            t.dict.put("maketrans", new PyDescriptors.StaticMethod(new PyBuiltin("maketrans", (th, a, k) -> {
                if (a.length != 2) {
                    throw Err.type("maketrans expected 2 arguments, got " + a.length);
                }
                byte[] from = toBytes(a[0]);
                byte[] to = toBytes(a[1]);
                if (from.length != to.length) {
                    throw Err.value("maketrans arguments must have same length");
                }
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) {
                    table[i] = (byte) i;
                }
                for (int i = 0; i < from.length; i++) {
                    table[from[i] & 0xff] = to[i];
                }
                return new PyBytes(table, false);
            }).ownedBy(t)));
        }
        Methods.def(Types.BYTEARRAY, "copy", (th, a, k) -> new PyBytes(b(a[0]).data().clone(), true));
        Methods.def(Types.BYTEARRAY, "append", (th, a, k) -> {
            PyBytes x = b(a[0]);
            long v = Ops.toLong(a[1]);
            if (v < 0 || v > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            x.appendByte((byte) v);
            return PyNone.NONE;
        });
        Methods.def(Types.BYTEARRAY, "extend", (th, a, k) -> {
            PyBytes x = b(a[0]);
            byte[] add = toBytes(a[1]);
            x.appendBytes(add, 0, add.length);
            return PyNone.NONE;
        });
        Methods.def(Types.BYTEARRAY, "clear", (th, a, k) -> {
            b(a[0]).setData(new byte[0]);
            return PyNone.NONE;
        });
        Methods.def(Types.BYTES, "fromhex", (th, a, k) -> {
            String s = StrRepr.str(a[a.length - 1]).replace(" ", "");
            byte[] out = new byte[s.length() / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
            }
            return new PyBytes(out);
        });
        BytesFind.install();
    }
}
