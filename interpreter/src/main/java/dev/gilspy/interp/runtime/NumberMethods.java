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
            Object base = BuiltinArgs.get(a, k, 1, "base", null);
            Object v = n == 0 ? (Object) 0L : toInt(a[0], base);
            return cls == Types.INT ? v : new PyValueSub(cls, v);
        };
        Types.FLOAT.ctor = (t, cls, a, k) -> {
            Object v = a.length == 0 ? (Object) 0.0 : toFloat(a[0]);
            return cls == Types.FLOAT ? v : new PyValueSub(cls, v);
        };
        Types.BOOL.ctor = (t, cls, a, k) -> a.length > 0 && Ops.truthy(a[0]);
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
            byte[] b = (a[1] instanceof PyBytes pb ? pb : (PyBytes) Ops.call(t, Types.get("bytes"), new Object[] {a[1]}, null)).data.clone();
            String order = byteOrder(BuiltinArgs.get(a, k, 2, "byteorder", "big"));
            boolean signed = Ops.truthy(BuiltinArgs.kw(a, k, "signed") == null ? false : BuiltinArgs.kw(a, k, "signed"));
            if (order.equals("little")) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte x = b[i];
                    b[i] = b[j];
                    b[j] = x;
                }
            }
            return Ops.normalize(signed && b.length > 0 ? new BigInteger(b) : new BigInteger(1, b));
        });
        Types.INT.dict.put("from_bytes", new PyDescriptors.ClassMethod(Types.INT.dict.get("from_bytes")));
        def(Types.INT, "__index__", (t, a, k) -> a[0]);
        def(Types.INT, "__int__", (t, a, k) -> a[0]);
        def(Types.INT, "__float__", (t, a, k) -> Ops.toDouble(a[0]));
        def(Types.INT, "__hash__", (t, a, k) -> Hashing.hash(a[0]));
        def(Types.INT, "conjugate", (t, a, k) -> a[0]);
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
        def(Types.FLOAT, "__int__", (t, a, k) -> toInt(a[0], null));
        def(Types.FLOAT, "__float__", (t, a, k) -> a[0]);
        def(Types.FLOAT, "__hash__", (t, a, k) -> Hashing.hash(a[0]));
        def(Types.FLOAT, "hex", (t, a, k) -> FloatHex.hex((Double) a[0]));
        Types.FLOAT.dict.put("fromhex", new PyDescriptors.ClassMethod(new PyBuiltin("fromhex", (t, a, k) -> {
            Object v = FloatHex.fromHex(StrRepr.str(a[1]));
            return a[0] == Types.FLOAT ? v : Ops.call(t, a[0], new Object[] {v}, null);
        })));
        // float.__getformat__('double'|'float'): the test package asks which layout a float has
        Types.FLOAT.dict.put("__getformat__", new PyDescriptors.ClassMethod(new PyBuiltin("__getformat__", (t, a, k) -> {
            String which = StrRepr.str(a[1]);
            if (!which.equals("double") && !which.equals("float")) {
                throw Err.value("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, " + (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big") + "-endian";
        })));
        for (PyType nt : new PyType[] {Types.INT, Types.FLOAT}) {
            for (BinOp op : BinOp.values()) {
                def(nt, op.dunder, (t, a, k) -> BinOp.isNum(a[1]) ? op.apply(a[0], a[1]) : Types.NOT_IMPLEMENTED);
                def(nt, op.rdunder, (t, a, k) -> BinOp.isNum(a[1]) ? op.apply(a[1], a[0]) : Types.NOT_IMPLEMENTED);
            }
            for (Compare c : Compare.values()) {
                def(nt, c.dunder, (t, a, k) -> BinOp.isNum(a[1]) ? c.test(a[0], a[1]) : Types.NOT_IMPLEMENTED);
            }
            def(nt, "__repr__", (t, a, k) -> StrRepr.repr(PyValueSub.unwrap(a[0])));
            def(nt, "__str__", (t, a, k) -> StrRepr.str(PyValueSub.unwrap(a[0])));
            def(nt, "__format__", (t, a, k) -> Formatting.format(PyValueSub.unwrap(a[0]), StrRepr.str(a[1])));
            def(nt, "__bool__", (t, a, k) -> Ops.truthy(a[0]));
            def(nt, "__neg__", (t, a, k) -> BinOp.SUB.apply(0L, a[0]));
            def(nt, "__abs__", (t, a, k) -> Ops.abs(a[0]));
        }
    }

    public static Object toInt(Object v, Object base) {
        v = PyValueSub.unwrap(v);
        if (base != null && base != PyNone.NONE) {
            if (!(v instanceof String || v instanceof PyBytes)) {
                throw Err.type("int() can't convert non-string with explicit base");
            }
            return parseInt(v instanceof PyBytes b ? new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1) : (String) v,
                (int) Ops.toLong(base));
        }
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof BigInteger) {
            return v;
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
        if (v instanceof String s) {
            return parseInt(s, 10);
        }
        if (v instanceof PyBytes b) {
            return parseInt(new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object f = Ops.typeOf(v).lookup(m);
            if (f != null) {
                return Ops.call(PyThread.current(), f, new Object[] {v}, null);
            }
        }
        throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '" + Ops.typeName(v) + "'");
    }

    static Object parseInt(String s, int base) {
        String orig = s;
        String x = s.strip().replace("_", "");
        boolean neg = false;
        if (x.startsWith("-") || x.startsWith("+")) {
            neg = x.startsWith("-");
            x = x.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String lx = x.toLowerCase();
            if (lx.startsWith("0x") && (base == 0 || base == 16)) {
                base = 16;
                x = x.substring(2);
            } else if (lx.startsWith("0o") && (base == 0 || base == 8)) {
                base = 8;
                x = x.substring(2);
            } else if (lx.startsWith("0b") && (base == 0 || base == 2)) {
                base = 2;
                x = x.substring(2);
            } else if (base == 0) {
                base = 10;
            }
        }
        try {
            if (x.isEmpty() || s.strip().contains("__") || s.strip().startsWith("_") || s.strip().endsWith("_")) {
                throw new NumberFormatException();
            }
            BigInteger b = new BigInteger(x, base);
            return Ops.normalize(neg ? b.negate() : b);
        } catch (NumberFormatException e) {
            throw Err.value("invalid literal for int() with base " + base + ": " + StrRepr.repr(orig));
        }
    }

    static Object toFloat(Object v) {
        v = PyValueSub.unwrap(v);
        if (v instanceof Double) {
            return v;
        }
        if (v instanceof String s) {
            String x = s.strip().replace("_", "");
            String lx = x.toLowerCase();
            switch (lx) {
                case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan": return Double.NaN;
                default: break;
            }
            try {
                if (x.isEmpty() || !x.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(x);
            } catch (NumberFormatException e) {
                throw Err.value("could not convert string to float: " + StrRepr.repr(s));
            }
        }
        if (Ops.isInt(v)) {
            return Ops.toDouble(v);
        }
        if (v instanceof PyBytes b) {
            try {
                return toFloat(new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (PyException e) {
                throw Err.value("could not convert string to float: " + StrRepr.repr(v));
            }
        }
        Object f = Ops.typeOf(v).lookup("__float__");
        if (f != null) {
            return Ops.call(PyThread.current(), f, new Object[] {v}, null);
        }
        throw Err.type("float() argument must be a string or a real number, not '" + Ops.typeName(v) + "'");
    }

    static String byteOrder(Object o) {
        String order = StrRepr.str(o);
        if (!order.equals("big") && !order.equals("little")) {
            throw Err.value("byteorder must be either 'little' or 'big'");
        }
        return order;
    }
}
