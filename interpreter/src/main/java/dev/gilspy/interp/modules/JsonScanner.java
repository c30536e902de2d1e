package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.HashMap;

/**
 * The JSON scanner of {@code _json} (CPython's {@code Modules/_json.c}: {@code scanstring_unicode},
 * {@code scan_once_unicode}, {@code _parse_object_unicode}, {@code _parse_array_unicode},
 * {@code _match_number_unicode}), with the same error messages and positions. Positions are Python
 * indexes, so the text is scanned as code points. A value that is not there raises
 * {@code StopIteration(idx)}, which {@code JSONDecoder.raw_decode} turns into "Expecting value".
 */
final class JsonScanner {
    private final PyThread t;
    private final Object doc;
    private final int[] s;
    private final boolean strict;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    private final HashMap<String, String> memo = new HashMap<>();
    /** How many objects and arrays the scanner is inside, counted against the recursion limit. */
    private int nesting;

    /** The scanner's settings, read from the decoder ({@code context}) once, as {@code scanner_new} does. */
    record Context(boolean strict, Object objectHook, Object pairsHook, Object parseFloat, Object parseInt, Object parseConstant) {
        static Context of(Object ctx) {
            return new Context(Ops.truthy(Ops.getattr(ctx, "strict")), Ops.getattr(ctx, "object_hook"),
                Ops.getattr(ctx, "object_pairs_hook"), Ops.getattr(ctx, "parse_float"), Ops.getattr(ctx, "parse_int"),
                Ops.getattr(ctx, "parse_constant"));
        }
    }

    JsonScanner(PyThread t, String doc, Context c) {
        this.t = t;
        this.doc = doc;
        this.s = codePoints(doc);
        this.strict = c.strict();
        this.objectHook = c.objectHook();
        this.pairsHook = c.pairsHook();
        this.parseFloat = c.parseFloat();
        this.parseInt = c.parseInt();
        this.parseConstant = c.parseConstant();
    }

    /** The text's code points: a plain loop, as the stream's {@code codePoints().toArray()} cost ~1% of json_roundtrip. */
    private static int[] codePoints(String doc) {
        int n = doc.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = doc.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(doc.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(c, doc.charAt(++i));
            } else {
                out[k++] = c;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    /** A {@code json.JSONDecodeError(msg, doc, pos)}, taken from {@code json.decoder} as {@code raise_errmsg} does. */
    static RuntimeException error(PyThread t, String msg, Object doc, int pos) {
        Object mod = t.interp.importModule(t, "json.decoder");
        Object cls = Ops.getattr(mod, "JSONDecodeError");
        Object exc = Ops.call(t, cls, new Object[] {msg, doc, (long) pos}, null);
        return new dev.gilspy.interp.runtime.PyException((dev.gilspy.interp.runtime.PyBaseException) exc);
    }

    private RuntimeException error(String msg, int pos) { return error(t, msg, doc, pos); }

    private static RuntimeException stop(int idx) {
        return Err.make(Types.StopIteration, (long) idx);
    }

    /** The value at {@code idx}: {value, end}. */
    PyTuple scanOnce(int idx) {
        int[] end = new int[1];
        Object v = value(idx, end);
        return PyTuple.of(v, (long) end[0]);
    }

    private int skipWs(int i) {
        while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
            i++;
        }
        return i;
    }

    private boolean matches(int i, String word) {
        if (i + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private Object value(int idx, int[] end) {
        if (idx < 0) {
            throw Err.value("idx cannot be negative");
        }
        if (idx >= s.length) {
            throw stop(idx);
        }
        switch (s[idx]) {
            case '"':
                return string(idx + 1, strict, end);
            case '{':
                t.checkRecursion(++nesting, " while decoding a JSON object from a unicode string");
                try {
                    return object(idx + 1, end);
                } finally {
                    nesting--;
                }
            case '[':
                t.checkRecursion(++nesting, " while decoding a JSON array from a unicode string");
                try {
                    return array(idx + 1, end);
                } finally {
                    nesting--;
                }
            case 'n':
                if (matches(idx, "null")) {
                    end[0] = idx + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (matches(idx, "true")) {
                    end[0] = idx + 4;
                    return Boolean.TRUE;
                }
                break;
            case 'f':
                if (matches(idx, "false")) {
                    end[0] = idx + 5;
                    return Boolean.FALSE;
                }
                break;
            case 'N':
                if (matches(idx, "NaN")) {
                    end[0] = idx + 3;
                    return Ops.call(t, parseConstant, new Object[] {"NaN"}, null);
                }
                break;
            case 'I':
                if (matches(idx, "Infinity")) {
                    end[0] = idx + 8;
                    return Ops.call(t, parseConstant, new Object[] {"Infinity"}, null);
                }
                break;
            case '-':
                if (matches(idx, "-Infinity")) {
                    end[0] = idx + 9;
                    return Ops.call(t, parseConstant, new Object[] {"-Infinity"}, null);
                }
                break;
            default:
                break;
        }
        return number(idx, end);
    }

    /** {@code scanstring}: the string whose body starts at {@code start} (after the quote). */
    String string(int start, boolean strictMode, int[] endOut) {
        int begin = start - 1;
        int n = s.length;
        if (start < 0 || start > n) {
            throw Err.value("end is out of bounds");
        }
        // The common string has no escape: one scan to its quote, then one String of those code points
        // (CPython's scanstring_unicode takes a substring the same way); appending code point by code
        // point was most of loads' string time.
        for (int i = start; i < n; i++) {
            int c = s[i];
            if (c == '"') {
                endOut[0] = i + 1;
                return new String(s, start, i - start);
            }
            if (c == '\\' || c <= 0x1f && strictMode) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        int next = start;
        while (true) {
            int c = 0;
            for (; next < n; next++) {
                c = s[next];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strictMode) {
                    throw error("Invalid control character at", next);
                }
                sb.appendCodePoint(c);
            }
            if (next == n) {
                throw error("Unterminated string starting at", begin);
            }
            if (c == '"') {
                endOut[0] = next + 1;
                String r = sb.toString();
                return r;
            }
            next++;
            if (next == n) {
                throw error("Unterminated string starting at", begin);
            }
            c = s[next];
            if (c != 'u') {
                int end = next + 1;
                switch (c) {
                    case '"', '\\', '/' -> { }
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    default -> throw error("Invalid \\escape", end - 2);
                }
                sb.append((char) c);
                next = end;
                continue;
            }
            next++;
            int end = next + 4;
            if (end >= n) {
                throw error("Invalid \\uXXXX escape", next - 1);
            }
            int u = hex4(next, end);
            next = end;
            if (u >= 0xd800 && u <= 0xdbff && end + 6 < n && s[next] == '\\' && s[next + 1] == 'u') {
                int u2 = hex4(next + 2, end + 6);
                if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                    u = Character.toCodePoint((char) u, (char) u2);
                    next = end + 6;
                }
            }
            sb.appendCodePoint(u);
        }
    }

    private int hex4(int from, int end) {
        int v = 0;
        for (int i = from; i < end; i++) {
            int d = Character.digit(s[i], 16);
            if (d < 0 || s[i] > 'f') {
                throw error("Invalid \\uXXXX escape", end - 5);
            }
            v = v << 4 | d;
        }
        return v;
    }

    private Object object(int idx, int[] end) {
        int n = s.length;
        boolean pairs = pairsHook != PyNone.NONE;
        PyList items = pairs ? new PyList() : null;
        PyDict d = pairs ? null : new PyDict();
        idx = skipWs(idx);
        if (idx >= n || s[idx] != '}') {
            while (true) {
                if (idx >= n || s[idx] != '"') {
                    throw error("Expecting property name enclosed in double quotes", idx);
                }
                int[] e = new int[1];
                String key = string(idx + 1, strict, e);
                String memoKey = memo.putIfAbsent(key, key);
                if (memoKey != null) {
                    key = memoKey;
                }
                idx = skipWs(e[0]);
                if (idx >= n || s[idx] != ':') {
                    throw error("Expecting ':' delimiter", idx);
                }
                idx = skipWs(idx + 1);
                Object val = value(idx, e);
                if (pairs) {
                    items.append(PyTuple.of(key, val));
                } else {
                    d.put(key, val);
                }
                idx = skipWs(e[0]);
                if (idx < n && s[idx] == '}') {
                    break;
                }
                if (idx >= n || s[idx] != ',') {
                    throw error("Expecting ',' delimiter", idx);
                }
                idx = skipWs(idx + 1);
            }
        }
        end[0] = idx + 1;
        if (pairs) {
            return Ops.call(t, pairsHook, new Object[] {items}, null);
        }
        if (objectHook != PyNone.NONE) {
            return Ops.call(t, objectHook, new Object[] {d}, null);
        }
        return d;
    }

    private Object array(int idx, int[] end) {
        int n = s.length;
        PyList list = new PyList();
        idx = skipWs(idx);
        if (idx >= n || s[idx] != ']') {
            int[] e = new int[1];
            while (true) {
                list.append(value(idx, e));
                idx = skipWs(e[0]);
                if (idx < n && s[idx] == ']') {
                    break;
                }
                if (idx >= n || s[idx] != ',') {
                    throw error("Expecting ',' delimiter", idx);
                }
                idx = skipWs(idx + 1);
            }
        }
        end[0] = idx + 1;
        return list;
    }

    private boolean digit(int i) { return i < s.length && s[i] >= '0' && s[i] <= '9'; }

    private Object number(int start, int[] end) {
        int idx = start;
        int n = s.length;
        if (idx < n && s[idx] == '-') {
            idx++;
            if (idx >= n) {
                throw stop(start);
            }
        }
        if (idx < n && s[idx] >= '1' && s[idx] <= '9') {
            while (digit(idx)) {
                idx++;
            }
        } else if (idx < n && s[idx] == '0') {
            idx++;
        } else {
            throw stop(start);
        }
        boolean isFloat = false;
        if (idx < n - 1 && s[idx] == '.' && digit(idx + 1)) {
            isFloat = true;
            idx += 2;
            while (digit(idx)) {
                idx++;
            }
        }
        if (idx < n - 1 && (s[idx] == 'e' || s[idx] == 'E')) {
            int e = idx;
            idx++;
            if (idx < n - 1 && (s[idx] == '-' || s[idx] == '+')) {
                idx++;
            }
            int digits = idx;
            while (digit(idx)) {
                idx++;
            }
            if (idx > digits) {
                isFloat = true;
            } else {
                idx = e;
            }
        }
        end[0] = idx;
        StringBuilder sb = new StringBuilder(idx - start);
        for (int i = start; i < idx; i++) {
            sb.append((char) s[i]);
        }
        String text = sb.toString();
        if (isFloat) {
            if (parseFloat != Types.FLOAT) {
                return Ops.call(t, parseFloat, new Object[] {text}, null);
            }
            return Double.parseDouble(text);
        }
        if (parseInt != Types.INT) {
            return Ops.call(t, parseInt, new Object[] {text}, null);
        }
        if (text.length() <= 18) {
            return Long.parseLong(text);
        }
        int digits = text.length() - (text.charAt(0) == '-' ? 1 : 0);
        int limit = dev.gilspy.interp.format.PyFormat.getIntMaxStrDigits();
        if (limit > 0 && digits > limit) {
            throw dev.gilspy.interp.runtime.NumberMethods.tooManyStrDigits(limit, digits);
        }
        return Ops.normalize(new BigInteger(text));
    }
}
