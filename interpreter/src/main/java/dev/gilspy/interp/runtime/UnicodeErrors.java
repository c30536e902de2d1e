package dev.gilspy.interp.runtime;

/**
 * {@code UnicodeEncodeError}, {@code UnicodeDecodeError} and {@code UnicodeTranslateError}: their fields
 * ({@code encoding}, {@code object}, {@code start}, {@code end}, {@code reason}) read from {@code args} as
 * CPython's {@code Objects/exceptions.c} stores them, unless an error handler assigned a new value, and
 * their {@code str()}.
 */
public final class UnicodeErrors {
    private UnicodeErrors() {}

    public static PyType encodeError() { return Types.get("UnicodeEncodeError"); }
    public static PyType decodeError() { return Types.get("UnicodeDecodeError"); }
    public static PyType translateError() { return Types.get("UnicodeTranslateError"); }

    /** A new {@code UnicodeEncodeError(encoding, object, start, end, reason)}. */
    public static PyException encode(String encoding, String object, int start, int end, String reason) {
        return Err.make(encodeError(), encoding, object, (long) start, (long) end, reason);
    }

    /** A new {@code UnicodeDecodeError(encoding, object, start, end, reason)}. */
    public static PyException decode(String encoding, byte[] object, int start, int end, String reason) {
        return Err.make(decodeError(), encoding, new PyBytes(object), (long) start, (long) end, reason);
    }

    private static boolean isTranslate(PyBaseException e) { return e.type().isSubtypeOf(translateError()); }

    private static boolean hasFields(PyBaseException e) {
        int n = e.args.items.length;
        if (isTranslate(e)) {
            return n == 4;
        }
        return n == 5 && (e.type().isSubtypeOf(encodeError()) || e.type().isSubtypeOf(decodeError()));
    }

    /** The field {@code name} of a Unicode error, or null when {@code e} is none or lacks it. */
    static Object attr(PyBaseException e, String name) {
        if (!e.type().isSubtypeOf(Types.UnicodeError) || !hasFields(e)) {
            return null;
        }
        Object[] a = e.args.items;
        int off = isTranslate(e) ? -1 : 0;
        switch (name) {
            case "encoding": return off < 0 ? PyNone.NONE : a[0];
            case "object": {
                // UnicodeDecodeError_init keeps a bytes copy of a bytearray (or other buffer) it is given
                Object o = a[1 + off];
                return off == 0 && o instanceof PyBytes b && b.mutable && e.type().isSubtypeOf(decodeError())
                    ? new PyBytes(b.data().clone()) : o;
            }
            case "start": return a[2 + off];
            case "end": return a[3 + off];
            case "reason": return a[4 + off];
            default: return null;
        }
    }

    /** A field as the error handler left it: the instance dict first, then {@code args}. */
    public static Object field(Object exc, String name) {
        Object v = Attr.get(exc, name);
        if (v == null) {
            throw Err.type("attribute " + name + " missing");
        }
        return v;
    }

    /** CPython's {@code UnicodeEncodeError_str} and its siblings; null when the fields are not there. */
    static String str(PyBaseException e) {
        if (!hasFields(e)) {
            return null;
        }
        Object obj = field(e, "object");
        long start = Ops.toLong(field(e, "start"));
        long end = Ops.toLong(field(e, "end"));
        String reason = StrRepr.str(field(e, "reason"));
        if (isTranslate(e) || e.type().isSubtypeOf(encodeError())) {
            String s = obj instanceof String x ? x : "";
            int n = s.codePointCount(0, s.length());
            String head = isTranslate(e) ? "can't translate character" : "'" + StrRepr.str(field(e, "encoding")) + "' codec can't encode character";
            if (start >= 0 && start < n && end == start + 1) {
                int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
                String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return head + " '" + esc + "' in position " + start + ": " + reason;
            }
            return head + "s in position " + start + "-" + (end - 1) + ": " + reason;
        }
        byte[] b = obj instanceof PyBytes pb ? pb.data() : new byte[0];
        String head = "'" + StrRepr.str(field(e, "encoding")) + "' codec can't decode byte";
        if (start >= 0 && start < b.length && end == start + 1) {
            return head + String.format(" 0x%02x", b[(int) start] & 0xff) + " in position " + start + ": " + reason;
        }
        return head + "s in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
