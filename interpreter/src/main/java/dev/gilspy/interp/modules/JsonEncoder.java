package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyValueSub;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The encoder of {@code _json} ({@code c_make_encoder}; CPython's {@code encoder_listencode_obj},
 * {@code encoder_listencode_dict}, {@code encoder_listencode_list}, {@code encoder_encode_float}) and
 * the two string escapers. Circular references are found with an identity set standing for the
 * {@code markers} dict, which only the encoder itself ever sees.
 */
final class JsonEncoder {
    private final PyThread t;
    private final IdentityHashMap<Object, Boolean> markers;
    private final Object defaultFn;
    private final Object encoder;
    private final boolean asciiFast;
    private final boolean unicodeFast;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    /** How many lists, dicts and default() results the encoder is inside, counted against the recursion limit. */
    private int nesting;

    JsonEncoder(PyThread t, Object[] a) {
        this.t = t;
        this.markers = a[0] == PyNone.NONE ? null : new IdentityHashMap<>();
        this.defaultFn = a[1];
        this.encoder = a[2];
        this.asciiFast = a[2] instanceof PyBuiltin b && b.body == JsonModule.ESCAPE_ASCII;
        this.unicodeFast = a[2] instanceof PyBuiltin b && b.body == JsonModule.ESCAPE;
        if (!(a[4] instanceof String ks) || !(a[5] instanceof String is)) {
            throw Err.type("make_encoder() argument 5 must be str, not " + Ops.typeName(a[4] instanceof String ? a[5] : a[4]));
        }
        this.keySeparator = ks;
        this.itemSeparator = is;
        this.sortKeys = Ops.truthy(a[6]);
        this.skipKeys = Ops.truthy(a[7]);
        this.allowNan = Ops.truthy(a[8]);
    }

    String encode(Object o) {
        StringBuilder sb = new StringBuilder();
        obj(o, sb);
        return sb.toString();
    }

    static String escapeAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        escapeInto(s, true, sb);
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        escapeInto(s, false, sb);
        return sb.toString();
    }

    /** {@code s} quoted and escaped onto {@code sb}; {@code ascii} escapes everything past '~' as well. */
    static void escapeInto(String s, boolean ascii, StringBuilder sb) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '\\' && c != '"' && (!ascii || c <= '~')) {
                continue;
            }
            sb.append(s, run, i);
            escapeChar(c, sb);
            run = i + 1;
        }
        sb.append(s, run, s.length()).append('"');
    }

    /** One UTF-16 unit escaped: astral characters come out as their surrogate pair, as CPython writes them. */
    private static void escapeChar(char c, StringBuilder sb) {
        switch (c) {
            case '\\' -> sb.append("\\\\");
            case '"' -> sb.append("\\\"");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                String h = Integer.toHexString(c);
                sb.append("\\u");
                for (int k = h.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(h);
            }
        }
    }

    private void string(String s, StringBuilder sb) {
        if (asciiFast || unicodeFast) {
            escapeInto(s, asciiFast, sb);
        } else {
            Object r = Ops.call(t, encoder, new Object[] {s}, null);
            if (!(r instanceof String rs)) {
                throw Err.type("encoder() must return a string, not " + Ops.typeName(r));
            }
            sb.append(rs);
        }
    }

    private String floatText(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!allowNan) {
                throw Err.value("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return StrRepr.repr(d);
    }

    private void obj(Object o, StringBuilder sb) {
        if (o == PyNone.NONE) {
            sb.append("null");
        } else if (o instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (o instanceof String s) {
            string(s, sb);
        } else if (o instanceof Long) {
            sb.append(o);
        } else if (o instanceof BigInteger b) {
            sb.append(StrRepr.repr(b)); // int.__repr__: ValueError past sys.get_int_max_str_digits()
        } else if (o instanceof Double d) {
            sb.append(floatText(d));
        } else if (Ops.isinstance(o, Types.STR)) {
            string((String) PyValueSub.unwrap(o), sb);
        } else if (Ops.isinstance(o, Types.INT)) {
            sb.append(StrRepr.repr(PyValueSub.unwrap(o)));
        } else if (Ops.isinstance(o, Types.FLOAT)) {
            sb.append(floatText((Double) PyValueSub.unwrap(o)));
        } else if (o instanceof PyList || o instanceof PyTuple || Ops.isinstance(o, Types.LIST) || Ops.isinstance(o, Types.TUPLE)) {
            list(o, sb);
        } else if (o instanceof PyDict d) {
            dict(d, sb);
        } else {
            enter(o);
            Object replacement = Ops.call(t, defaultFn, new Object[] {o}, null);
            obj(replacement, sb);
            leave(o);
        }
    }

    /** Into a list, dict or default() result: the cycle check, and Py_EnterRecursiveCall's depth check. */
    private void enter(Object o) {
        t.checkRecursion(++nesting, " while encoding a JSON object");
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            nesting--;
            throw Err.value("Circular reference detected");
        }
    }

    private void leave(Object o) {
        nesting--;
        if (markers != null) {
            markers.remove(o);
        }
    }

    private void list(Object o, StringBuilder sb) {
        if (o instanceof PyList l) {
            list(l, sb);
            return;
        }
        Object[] items = Ops.toArray(o);
        if (items.length == 0) {
            sb.append("[]");
            return;
        }
        enter(o);
        sb.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(itemSeparator);
            }
            obj(items[i], sb);
        }
        sb.append(']');
        leave(o);
    }

    /**
     * A list, its size read again before each item, as CPython's loop over PySequence_Fast does: a
     * default() that shortens the list ends the output early instead of writing stale items.
     */
    private void list(PyList l, StringBuilder sb) {
        if (l.size() == 0) {
            sb.append("[]");
            return;
        }
        enter(l);
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(itemSeparator);
            }
            obj(l.get(i), sb);
        }
        sb.append(']');
        leave(l);
    }

    private void dict(PyDict d, StringBuilder sb) {
        List<Map.Entry<Object, Object>> items = d.entries();
        if (items.isEmpty()) {
            sb.append("{}");
            return;
        }
        enter(d);
        if (sortKeys) {
            items = new ArrayList<>(items);
            items.sort((x, y) -> Ops.lt(x.getKey(), y.getKey()) ? -1 : Ops.lt(y.getKey(), x.getKey()) ? 1 : 0);
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<Object, Object> e : items) {
            Object key = e.getKey();
            String k;
            if (key instanceof String s) {
                k = s;
            } else if (key instanceof Double dd) {
                k = floatText(dd);
            } else if (key instanceof Boolean b) {
                k = b ? "true" : "false";
            } else if (key == PyNone.NONE) {
                k = "null";
            } else if (key instanceof Long || key instanceof BigInteger) {
                k = key.toString();
            } else if (Ops.isinstance(key, Types.STR)) {
                k = (String) PyValueSub.unwrap(key);
            } else if (Ops.isinstance(key, Types.FLOAT)) {
                k = floatText((Double) PyValueSub.unwrap(key));
            } else if (Ops.isinstance(key, Types.INT)) {
                k = PyValueSub.unwrap(key).toString();
            } else if (skipKeys) {
                continue;
            } else {
                throw Err.type("keys must be str, int, float, bool or None, not " + Ops.typeName(key));
            }
            if (!first) {
                sb.append(itemSeparator);
            }
            first = false;
            string(k, sb);
            sb.append(keySeparator);
            obj(e.getValue(), sb);
        }
        sb.append('}');
        leave(d);
    }
}
