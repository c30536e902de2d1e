package dev.gilspy.interp.runtime;

/** Argument parsing for functions written in Java (CPython's PyArg_Parse*): positional count checks and keyword lookup. */
public final class BuiltinArgs {
    private BuiltinArgs() {}

    public static int npos(Object[] args, String[] kw) {
        return kw == null ? args.length : args.length - kw.length;
    }

    /** The keyword argument {@code name}, or null. */
    public static Object kw(Object[] args, String[] kw, String name) {
        if (kw == null) {
            return null;
        }
        int base = args.length - kw.length;
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Positional {@code i}, else keyword {@code name}, else {@code def}. */
    public static Object get(Object[] args, String[] kw, int i, String name, Object def) {
        if (i < npos(args, kw)) {
            return args[i];
        }
        Object v = name == null ? null : kw(args, kw, name);
        return v == null ? def : v;
    }

    public static void check(String fn, Object[] args, String[] kw, int min, int max) {
        int n = npos(args, kw);
        if (n < min || n > max) {
            if (min == max) {
                throw Err.type(fn + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " (" + n + " given)");
            }
            if (n < min) {
                throw Err.type(fn + " expected at least " + min + " argument" + (min > 1 ? "s" : "") + ", got " + n);
            }
            throw Err.type(fn + " expected at most " + max + " argument" + (max > 1 ? "s" : "") + ", got " + n);
        }
    }

    static void noKw(String fn, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
    }

    public static String str(Object o, String fn) {
        if (o instanceof String s) {
            return s;
        }
        throw Err.type(fn + " must be str, not " + Ops.typeName(o));
    }

    /** An argument that must be a str or an instance of a str subclass (its str value). */
    public static String strOrSub(Object o, String fn) {
        if (o instanceof PyValueSub v && v.value instanceof String s) {
            return s;
        }
        return str(o, fn);
    }
}
