package dev.gilspy.interp.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * Bridge to {@code dev.gilspy.interp.format.PyFormat} (float repr, format specs, %-formatting),
 * which another module part provides; looked up once so this package compiles and runs without it,
 * with a small fallback.
 */
public final class Fmt {
    private Fmt() {}

    private static final MethodHandle FLOAT_REPR;
    private static final MethodHandle FORMAT_VALUE;
    private static final MethodHandle PERCENT;

    static {
        MethodHandle fr = null;
        MethodHandle fv = null;
        MethodHandle pc = null;
        try {
            Class<?> c = Class.forName("dev.gilspy.interp.format.PyFormat");
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            fr = l.findStatic(c, "floatRepr", MethodType.methodType(String.class, double.class));
            fv = l.findStatic(c, "formatValue", MethodType.methodType(String.class, Object.class, String.class, Function.class));
            pc = l.findStatic(c, "percentFormat", MethodType.methodType(String.class, String.class, Object.class,
                Function.class, Function.class, Function.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            // not merged yet: use the fallbacks below
        }
        FLOAT_REPR = fr;
        FORMAT_VALUE = fv;
        PERCENT = pc;
    }

    static String floatRepr(double d) {
        if (FLOAT_REPR != null) {
            try {
                return (String) FLOAT_REPR.invokeExact(d);
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }
        return fallbackFloatRepr(d);
    }

    public static String formatValue(Object v, String spec) {
        if (spec.isEmpty()) {
            return StrRepr.str(v);
        }
        if (FORMAT_VALUE != null) {
            try {
                Function<Object, String> str = StrRepr::str;
                return (String) FORMAT_VALUE.invokeExact(v, spec, str);
            } catch (IllegalArgumentException e) {
                throw Err.value(e.getMessage());
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }
        return fallbackFormat(v, spec);
    }

    static String percent(String fmt, Object args) {
        Function<Object, Object> lookup = null;
        Object a = args;
        if (args instanceof PyTuple t) {
            a = List.of(t.items);
        } else if (args instanceof PyDict d) {
            lookup = k -> {
                Object v = d.get(k);
                if (v == null) {
                    throw Err.key(k);
                }
                return v;
            };
        }
        if (PERCENT != null) {
            try {
                Function<Object, String> str = StrRepr::str;
                Function<Object, String> repr = StrRepr::repr;
                return (String) PERCENT.invokeExact(fmt, a, str, repr, lookup);
            } catch (IllegalArgumentException e) {
                String m = e.getMessage() == null ? "" : e.getMessage();
                if (m.startsWith("ValueError: ")) {
                    throw Err.value(m.substring(12));
                }
                throw Err.type(m.startsWith("TypeError: ") ? m.substring(11) : m);
            } catch (Throwable e) {
                throw rethrow(e);
            }
        }
        return fallbackPercent(fmt, a);
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }

    static String fallbackFloatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp >= 16 || exp < -4) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = bd.abs().toPlainString();
        if (!plain.contains(".")) {
            plain += ".0";
        }
        return sign + plain;
    }

    private static String fallbackFormat(Object v, String spec) {
        if (spec.matches("\\.\\d+f")) {
            int p = Integer.parseInt(spec.substring(1, spec.length() - 1));
            return String.format("%." + p + "f", Ops.toDouble(v));
        }
        if (spec.matches("[<>^]?\\d+")) {
            String s = StrRepr.str(v);
            char a = Character.isDigit(spec.charAt(0)) ? (v instanceof String ? '<' : '>') : spec.charAt(0);
            int w = Integer.parseInt(Character.isDigit(spec.charAt(0)) ? spec : spec.substring(1));
            while (s.length() < w) {
                s = a == '<' ? s + " " : " " + s;
            }
            return s;
        }
        if (spec.equals(",")) {
            return String.format("%,d", Ops.toLong(v));
        }
        return StrRepr.str(v);
    }

    private static String fallbackPercent(String fmt, Object a) {
        List<?> args = a instanceof List<?> l ? l : List.of(a);
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char n = fmt.charAt(++i);
            switch (n) {
                case '%' -> sb.append('%');
                case 's' -> sb.append(StrRepr.str(args.get(ai++)));
                case 'r' -> sb.append(StrRepr.repr(args.get(ai++)));
                case 'd' -> sb.append(StrRepr.str(Ops.toLong(args.get(ai++))));
                default -> sb.append('%').append(n);
            }
        }
        return sb.toString();
    }

    public static String ascii(Object o) {
        String r = StrRepr.repr(o);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    public static String format(Object v, String spec) {
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger) {
            if (spec.isEmpty()) {
                return StrRepr.str(v);
            }
            return Fmt.formatValue(v, spec);
        }
        Object m = Ops.typeOf(v).lookup("__format__");
        if (m instanceof PyFunction) {
            Object r = Ops.call(PyThread.current(), m, new Object[] {v, spec}, null);
            return StrRepr.str(r);
        }
        if (spec.isEmpty()) {
            return StrRepr.str(v);
        }
        if (v instanceof PyValueSub vs) {
            return format(vs.value, spec);
        }
        if (v instanceof PyInstance || v instanceof PyObj) {
            throw Err.type("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
        }
        return Fmt.formatValue(StrRepr.str(v), spec);
    }
}
