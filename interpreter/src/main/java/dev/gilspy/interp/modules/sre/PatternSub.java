package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.PyValueSub;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Pattern.sub} and {@code subn} ({@code pattern_subx} of {@code sre.c}, 3.11): a callable
 * replacement is called with each match; a template without a backslash is used as it is; any
 * other template goes through {@code re._subx(pattern, template)}, which parses it once and
 * returns either a literal or a function of the match.
 */
final class PatternSub {
    private PatternSub() {}

    static boolean callable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyBoundMethod || o instanceof PyType
            || Ops.typeOf(o).lookup("__call__") != null;
    }

    private static boolean hasBackslash(Object template) {
        Object v = PyValueSub.unwrap(template);
        if (v instanceof String s) {
            return s.indexOf('\\') >= 0;
        }
        if (v instanceof PyBytes || v instanceof dev.gilspy.interp.runtime.PyMemoryView) { // getstring: any buffer
            byte[] d = v instanceof PyBytes b ? b.data() : ((dev.gilspy.interp.runtime.PyMemoryView) v).toByteArray();
            for (byte x : d) {
                if (x == '\\') {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    static Object subx(PyThread t, PyPattern p, Object[] a, String[] k, boolean subn) {
        Object repl = BuiltinArgs.get(a, k, 1, "repl", null);
        Object string = BuiltinArgs.get(a, k, 2, "string", null);
        if (repl == null || string == null) {
            throw Err.type((subn ? "subn" : "sub") + "() missing required argument '" + (repl == null ? "repl" : "string") + "'");
        }
        long count = Ops.toLong(BuiltinArgs.get(a, k, 3, "count", 0L));
        Object filter;
        boolean filterIsCallable;
        if (callable(repl)) {
            filter = repl;
            filterIsCallable = true;
        } else if (!hasBackslash(repl)) {
            filter = repl;
            filterIsCallable = false;
        } else {
            Object subxFn = t.interp.importModule(t, "re").get("_subx");
            filter = Ops.call(t, subxFn, new Object[] {p, repl}, null);
            filterIsCallable = callable(filter);
        }
        SreState s = p.state(string, 0, Long.MAX_VALUE);
        List<Object> parts = new ArrayList<>();
        int n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            int b = s.start;
            int e = s.ptr;
            if (i < b) {
                parts.add(s.text.slice(i, b));
            }
            if (filterIsCallable) {
                Object item = Ops.call(t, filter, new Object[] {new PyMatch(p, s)}, null);
                if (item != PyNone.NONE) {
                    parts.add(item);
                }
            } else {
                parts.add(filter);
            }
            i = e;
            n++;
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        if (i < s.endpos) {
            parts.add(s.text.slice(i, s.endpos));
        }
        Object joined = join(parts, s.text.isBytes());
        return subn ? PyTuple.of(joined, (long) n) : joined;
    }

    private static Object join(List<Object> parts, boolean bytes) {
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < parts.size(); i++) {
                Object v = parts.get(i);
                v = PyValueSub.unwrap(v);
                if (v instanceof PyBytes b) {
                    out.write(b.data(), 0, b.data().length);
                } else if (v instanceof dev.gilspy.interp.runtime.PyMemoryView mv) {
                    byte[] d = mv.toByteArray();
                    out.write(d, 0, d.length);
                } else {
                    throw Err.type("sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(parts.get(i)) + " found");
                }
            }
            return new PyBytes(out.toByteArray());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Object v = parts.get(i);
            v = PyValueSub.unwrap(v);
            if (!(v instanceof String str)) {
                throw Err.type("sequence item " + i + ": expected str instance, " + Ops.typeName(parts.get(i)) + " found");
            }
            sb.append(str);
        }
        return sb.toString();
    }
}
