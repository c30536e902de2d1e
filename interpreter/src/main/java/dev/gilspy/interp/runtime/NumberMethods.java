package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Constructors and methods of {@code int}, {@code float} and {@code bool}, with the int and float parsers. */
public final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        numberCtors();
    }

    static void numberCtors() {
        Types.INT.ctor = (t, cls, a, k) -> {
            int n = BuiltinArgs.npos(a, k);
            if (k != null) {
                for (String name : k) {
                    if (!name.equals("base")) {
                        throw Err.type("'" + name + "' is an invalid keyword argument for int()");
                    }
                }
            }
            if (n > 2) {
                throw Err.type("int() takes at most 2 arguments (" + n + " given)");
            }
            Object base = BuiltinArgs.get(a, k, 1, "base", null);
            if (n == 0 && base != null) {
                throw Err.type("int() missing string argument");
            }
            Object v = n == 0 ? (Object) 0L : toInt(a[0], base);
            return cls == Types.INT ? v : new PyValueSub(cls, v);
        };
        Types.FLOAT.ctor = (t, cls, a, k) -> {
            if (cls == Types.FLOAT || !(cls.lookup("__init__") instanceof PyFunction)) {
                BuiltinArgs.noKw("float", k);
            }
            int n = BuiltinArgs.npos(a, k);
            if (n > 1) {
                throw Err.type("float expected at most 1 argument, got " + n);
            }
            Object v = n == 0 ? (Object) 0.0 : toFloat(a[0]);
            return cls == Types.FLOAT ? v : new PyValueSub(cls, v);
        };
        Types.BOOL.ctor = (t, cls, a, k) -> {
            BuiltinArgs.noKw("bool", k);
            if (a.length > 1) {
                throw Err.type("bool expected at most 1 argument, got " + a.length);
            }
            return a.length > 0 && Ops.truthy(a[0]);
        };
        def(Types.FLOAT, "__floor__", (t, a, k) -> toInt(Math.floor(Ops.toDouble(a[0])), null));
        def(Types.FLOAT, "__ceil__", (t, a, k) -> toInt(Math.ceil(Ops.toDouble(a[0])), null));
        def(Types.INT, "bit_length", (t, a, k) -> (long) Ops.big(a[0]).abs().bitLength());
        def(Types.INT, "bit_count", (t, a, k) -> (long) Ops.big(a[0]).abs().bitCount());
        def(Types.INT, "to_bytes", (t, a, k) -> {
            long lenArg = Ops.toLong(BuiltinArgs.get(a, k, 1, "length", 1L));
            int len = lenArg < 0 ? (int) Math.max(lenArg, -1) : Ops.arraySize(lenArg);
            String order = byteOrder(BuiltinArgs.get(a, k, 2, "byteorder", "big"));
            boolean signed = Ops.truthy(BuiltinArgs.kw(a, k, "signed") == null ? false : BuiltinArgs.kw(a, k, "signed"));
            BigInteger v = Ops.big(a[0]);
            if (len < 0) {
                throw Err.value("length argument must be non-negative");
            }
            if (!signed && v.signum() < 0) {
                throw Err.overflow("can't convert negative int to unsigned");
            }
            // two's complement needs bitLength + 1 bits when signed, bitLength when not
            if ((signed ? v.bitLength() + 1 : v.bitLength()) > 8L * len) {
                throw Err.overflow("int too big to convert");
            }
            byte[] raw = v.toByteArray();
            byte[] out = new byte[len];
            java.util.Arrays.fill(out, v.signum() < 0 ? (byte) -1 : 0);
            for (int i = 0; i < len && i < raw.length; i++) {
                out[len - 1 - i] = raw[raw.length - 1 - i];
            }
            if (order.equals("little")) {
                for (int i = 0, j = len - 1; i < j; i++, j--) {
                    byte x = out[i];
                    out[i] = out[j];
                    out[j] = x;
                }
            }
            return new PyBytes(out);
        });
        def(Types.INT, "from_bytes", (t, a, k) -> {
            // any bytes-like object or iterable of ints, as bytes() takes it
            if (PyValueSub.unwrap(a[1]) instanceof String || Ops.isInt(PyValueSub.unwrap(a[1]))) {
                throw Err.type("cannot convert '" + Ops.typeName(a[1]) + "' object to bytes");
            }
            byte[] b = (a[1] instanceof PyBytes pb ? pb : (PyBytes) Ops.call(t, Types.get("bytes"), new Object[] {a[1]}, null)).data().clone();
            String order = byteOrder(BuiltinArgs.get(a, k, 2, "byteorder", "big"));
            boolean signed = Ops.truthy(BuiltinArgs.kw(a, k, "signed") == null ? false : BuiltinArgs.kw(a, k, "signed"));
            if (order.equals("little")) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte x = b[i];
                    b[i] = b[j];
                    b[j] = x;
                }
            }
            Object v = Ops.normalize(signed && b.length > 0 ? new BigInteger(b) : new BigInteger(1, b));
            // a subclass (bool included) gets cls(value), as int_from_bytes_impl does
            return a[0] == Types.INT ? v : Ops.call(t, a[0], new Object[] {v}, null);
        });
        Types.INT.dict.put("from_bytes", new PyDescriptors.ClassMethod(Types.INT.dict.get("from_bytes")));
        // exact ints, as int.__int__ copies a subclass's value out (long_long)
        def(Types.INT, "__index__", (t, a, k) -> exactInt(a[0]));
        def(Types.INT, "__int__", (t, a, k) -> exactInt(a[0]));
        def(Types.INT, "__float__", (t, a, k) -> Ops.toDouble(a[0]));
        def(Types.INT, "__hash__", (t, a, k) -> Hashing.hash(PyValueSub.unwrap(a[0]))); // int.__hash__(self) in a subclass's own __hash__: the value's, not the override again
        def(Types.INT, "conjugate", (t, a, k) -> a[0]);
        def(Types.INT, "as_integer_ratio", (t, a, k) -> PyTuple.of(exactInt(a[0]), 1L));
        def(Types.FLOAT, "is_integer", (t, a, k) -> {
            double d = (Double) a[0];
            return d == Math.rint(d) && !Double.isInfinite(d);
        });
        def(Types.FLOAT, "as_integer_ratio", (t, a, k) -> {
            double d = Ops.toDouble(a[0]);
            if (Double.isNaN(d)) {
                throw Err.value("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw Err.overflow("cannot convert Infinity to integer ratio");
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(Ops.normalize(num.divide(g)), Ops.normalize(den.divide(g)));
        });
        def(Types.FLOAT, "__int__", (t, a, k) -> toInt(PyValueSub.unwrap(a[0]), null));
        def(Types.FLOAT, "__float__", (t, a, k) -> PyValueSub.unwrap(a[0]));
        def(Types.FLOAT, "__hash__", (t, a, k) -> Hashing.hash(PyValueSub.unwrap(a[0])));
        def(Types.FLOAT, "hex", (t, a, k) -> FloatHex.hex((Double) a[0]));
        Types.FLOAT.dict.put("fromhex", new PyDescriptors.ClassMethod(new PyBuiltin("fromhex", (t, a, k) -> {
            Object v = FloatHex.fromHex(StrRepr.str(a[1]));
            return a[0] == Types.FLOAT ? v : Ops.call(t, a[0], new Object[] {v}, null);
        })));
        // float.__getformat__('double'|'float'): the test package asks which layout a float has
        Types.FLOAT.dict.put("__getformat__", new PyDescriptors.ClassMethod(new PyBuiltin("__getformat__", (t, a, k) -> {
            if (!(PyValueSub.unwrap(a[1]) instanceof String)) {
                throw Err.type("__getformat__() argument must be str, not " + Ops.typeName(a[1]));
            }
            String which = StrRepr.str(a[1]);
            if (!which.equals("double") && !which.equals("float")) {
                throw Err.value("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, " + (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big") + "-endian";
        })));
        for (PyType nt : new PyType[] {Types.INT, Types.FLOAT}) {
            for (BinOp op : BinOp.values()) {
                if (op == BinOp.MATMUL || nt == Types.FLOAT && op.ordinal() >= BinOp.LSHIFT.ordinal()) {
                    continue; // int has no __matmul__, float no bitwise operators
                }
                // on the values themselves: int.__add__(self, x) inside a subclass's own __add__ must not
                // dispatch back to that __add__ (CPython's long_add reads the digits, never the type)
                def(nt, op.dunder, (t, a, k) -> {
                    Object y = PyValueSub.unwrap(a[1]);
                    return BinOp.isNum(y) ? op.apply(PyValueSub.unwrap(a[0]), y) : Types.NOT_IMPLEMENTED;
                });
                def(nt, op.rdunder, (t, a, k) -> {
                    Object y = PyValueSub.unwrap(a[1]);
                    return BinOp.isNum(y) ? op.apply(y, PyValueSub.unwrap(a[0])) : Types.NOT_IMPLEMENTED;
                });
            }
            for (Compare c : Compare.values()) {
                def(nt, c.dunder, (t, a, k) -> {
                    Object y = PyValueSub.unwrap(a[1]);
                    return BinOp.isNum(y) ? c.test(PyValueSub.unwrap(a[0]), y) : Types.NOT_IMPLEMENTED;
                });
            }
            def(nt, "__repr__", (t, a, k) -> StrRepr.repr(PyValueSub.unwrap(a[0])));
            def(nt, "__str__", (t, a, k) -> StrRepr.str(PyValueSub.unwrap(a[0])));
            def(nt, "__format__", (t, a, k) -> Formatting.format(PyValueSub.unwrap(a[0]), Formatting.specArg(a[1])));
            def(nt, "__bool__", (t, a, k) -> Ops.truthy(a[0]));
            def(nt, "__neg__", (t, a, k) -> negate(PyValueSub.unwrap(a[0])));
            def(nt, "__pos__", (t, a, k) -> exactInt(a[0]));
            if (nt == Types.INT) {
                def(nt, "__invert__", (t, a, k) -> exactInt(a[0]) instanceof Long l ? (Object) ~l
                    : Ops.normalize(((BigInteger) exactInt(a[0])).not()));
            }
            def(nt, "__abs__", (t, a, k) -> Ops.abs(PyValueSub.unwrap(a[0])));
        }
    }

    /** {@code -x} of an int or float value (-0.0 stays a float zero with its sign flipped). */
    private static Object negate(Object v) {
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return BinOp.SUB.apply(0L, v);
    }

    private static Object exactInt(Object v) {
        Object raw = PyValueSub.unwrap(v);
        return raw instanceof Boolean b ? (Object) (b ? 1L : 0L) : raw;
    }

    public static Object toInt(Object v, Object base) {
        if (base != null && base != PyNone.NONE) {
            Object text = PyValueSub.unwrap(v);
            if (!(text instanceof String || text instanceof PyBytes)) {
                throw Err.type("int() can't convert non-string with explicit base");
            }
            long b = base instanceof BigInteger ? -1 : Ops.toLong(base);
            if (b != 0 && (b < 2 || b > 36)) {
                throw Err.value("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(text, (int) b);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Err.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Err.overflow("cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9e18) {
                return (long) (double) d;
            }
            return Ops.normalize(new java.math.BigDecimal(d).toBigInteger());
        }
        if (v instanceof String || v instanceof PyBytes) {
            return parseInt(v, 10);
        }
        Object r = NumberProtocol.toInt(PyThread.current(), v);
        if (r != null) {
            return r;
        }
        Object text = PyValueSub.unwrap(v);
        if (text instanceof String || text instanceof PyBytes) {
            return parseInt(text, 10);
        }
        if (text instanceof PyMemoryView mv) {
            return parseInt(new PyBytes(mv.toByteArray(), false), 10);
        }
        throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '" + Ops.typeName(v) + "'");
    }

    /** {@code int(text, base)} for a str or bytes; the error shows the argument as given (a bytes repr for bytes). */
    static Object parseInt(Object text, int base) {
        String s = text instanceof PyBytes b ? new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1) : (String) text;
        Object orig = text;
        int givenBase = base;
        String x = s.strip();
        boolean neg = false;
        if (x.startsWith("-") || x.startsWith("+")) {
            neg = x.startsWith("-");
            x = x.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String lx = x.toLowerCase(java.util.Locale.ROOT);
            // after a base prefix one underscore may come before the first digit, as in a literal
            if (lx.startsWith("0x") && (base == 0 || base == 16)) {
                base = 16;
                x = x.startsWith("_", 2) ? x.substring(3) : x.substring(2);
            } else if (lx.startsWith("0o") && (base == 0 || base == 8)) {
                base = 8;
                x = x.startsWith("_", 2) ? x.substring(3) : x.substring(2);
            } else if (lx.startsWith("0b") && (base == 0 || base == 2)) {
                base = 2;
                x = x.startsWith("_", 2) ? x.substring(3) : x.substring(2);
            } else if (base == 0) {
                base = 10;
                if (x.length() > 1 && x.charAt(0) == '0' && !x.chars().allMatch(c -> c == '0' || c == '_')) {
                    throw Err.value("invalid literal for int() with base 0: " + StrRepr.repr(orig));
                }
            }
        }
        try {
            // underscores only between digits: none first, last or doubled
            if (x.isEmpty() || x.contains("__") || x.startsWith("_") || x.endsWith("_")) {
                throw new NumberFormatException();
            }
            x = x.replace("_", "");
            int limit = dev.gilspy.interp.format.PyFormat.getIntMaxStrDigits();
            int radix = base;
            if (limit > 0 && (base & (base - 1)) != 0 && x.length() > limit && x.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
                // CVE-2020-10735: refused before the (superlinear) conversion, as CPython 3.11 does
                throw tooManyStrDigits(limit, x.length());
            }
            BigInteger b = (base & (base - 1)) == 0 && x.length() > 64 ? powerOfTwoDigits(x, base) : new BigInteger(x, base);
            return Ops.normalize(neg ? b.negate() : b);
        } catch (NumberFormatException e) {
            throw Err.value("invalid literal for int() with base " + givenBase + ": " + StrRepr.repr(orig));
        }
    }

    /**
     * The ValueError of a decimal string of {@code digits} digits past {@code sys.get_int_max_str_digits()}
     * ({@code limit}), raised before the (superlinear) conversion as CPython 3.11's PyLong_FromString does
     * (CVE-2020-10735): for int() and for {@code _json}'s numbers.
     */
    public static PyException tooManyStrDigits(int limit, int digits) {
        return Err.value("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
            + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * Digits in base 2, 4, 8, 16 or 32 as bits, in linear time: Java's {@code new BigInteger(text, radix)}
     * is quadratic in every radix (5 s for 500,000 hex digits), CPython's power-of-two path is linear.
     */
    private static BigInteger powerOfTwoDigits(String x, int base) {
        int bits = Integer.numberOfTrailingZeros(base);
        byte[] out = new byte[(int) (((long) x.length() * bits + 7) / 8) + 1];
        long acc = 0;
        int accBits = 0;
        int pos = out.length - 1;
        for (int i = x.length() - 1; i >= 0; i--) {
            int d = Character.digit(x.charAt(i), base);
            if (d < 0) {
                throw new NumberFormatException();
            }
            acc |= (long) d << accBits;
            accBits += bits;
            while (accBits >= 8) {
                out[pos--] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0) {
            out[pos] = (byte) acc;
        }
        return new BigInteger(1, out);
    }

    static Object toFloat(Object v) {
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            return parseFloat(s, s);
        }
        if (Ops.isInt(v)) {
            return Ops.toDouble(v);
        }
        if (v instanceof PyBytes b) {
            return parseFloat(b, v);
        }
        Object r = NumberProtocol.toFloat(PyThread.current(), v);
        if (r != null) {
            return r;
        }
        Object text = PyValueSub.unwrap(v);
        if (text instanceof String s) {
            return parseFloat(s, v);
        }
        if (text instanceof PyBytes b) {
            return parseFloat(b, v);
        }
        if (text instanceof PyMemoryView mv) {
            return parseFloat(new PyBytes(mv.toByteArray(), false), v);
        }
        throw Err.type("float() argument must be a string or a real number, not '" + Ops.typeName(v) + "'");
    }

    private static Object parseFloat(PyBytes b, Object orig) {
        // bytes: only ASCII whitespace is stripped, and any non-ASCII byte is simply invalid
        StringBuilder sb = new StringBuilder(b.data().length);
        for (byte x : b.data()) {
            sb.append(x >= 0 ? (char) x : '?');
        }
        return parseAscii(sb.toString(), orig);
    }

    /** As {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode spaces and decimal digits become ASCII ones. */
    private static Object parseFloat(String s, Object orig) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x80) {
                sb.append((char) c);
            } else if (StrMethods.isSpace(c)) {
                sb.append(' ');
            } else if (UnicodeCase.isDecimal(c) && Character.digit(c, 10) >= 0) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.append('?');
            }
        });
        return parseAscii(sb.toString(), orig);
    }

    /** In a holder: compiled on first use, not by every process's start-up (NumberMethods loads at start-up). */
    private static final class FloatText {
        static final java.util.regex.Pattern FLOAT_TEXT = java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    private static Object parseAscii(String text, Object orig) {
        String x = text.strip();
        if (x.indexOf('_') >= 0) {
            // an underscore only between two digits, as in a literal (_Py_string_to_number_with_underscores)
            for (int i = 0; i < x.length(); i++) {
                if (x.charAt(i) == '_' && (i == 0 || i == x.length() - 1 || !isAsciiDigit(x.charAt(i - 1)) || !isAsciiDigit(x.charAt(i + 1)))) {
                    throw Err.value("could not convert string to float: " + StrRepr.repr(orig));
                }
            }
            x = x.replace("_", "");
        }
        switch (x.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan", "+nan": return Double.NaN;
            case "-nan": return Double.longBitsToDouble(0xfff8000000000000L);
            default: break;
        }
        if (!FloatText.FLOAT_TEXT.matcher(x).matches()) {
            throw Err.value("could not convert string to float: " + StrRepr.repr(orig));
        }
        return Double.parseDouble(x);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String byteOrder(Object o) {
        String order = StrRepr.str(o);
        if (!order.equals("big") && !order.equals("little")) {
            throw Err.value("byteorder must be either 'little' or 'big'");
        }
        return order;
    }
}
