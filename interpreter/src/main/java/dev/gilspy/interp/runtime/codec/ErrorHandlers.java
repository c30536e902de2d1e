package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.UnicodeErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in error handlers as callables ({@code codecs.lookup_error('replace')}), which take the
 * exception object as CPython's {@code Python/codecs.c} handlers do, and the replacement text they make.
 */
public final class ErrorHandlers {
    private ErrorHandlers() {}

    /** The text {@code backslashreplace}, {@code xmlcharrefreplace} or {@code namereplace} puts for {@code cp}. */
    static String replacementFor(String handler, int cp) {
        switch (handler) {
            case "xmlcharrefreplace": return "&#" + cp + ";";
            case "namereplace": {
                String n = UnicodeNames.name(cp);
                if (n != null) {
                    return "\\N{" + n + "}";
                }
                return backslash(cp);
            }
            default: return backslash(cp);
        }
    }

    static String backslash(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    /** A fresh map of the eight built-in handlers, by name. */
    static Map<String, Object> builtins() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strict", new PyBuiltin("strict_errors", (t, a, k) -> {
            if (a.length > 0 && a[0] instanceof PyBaseException e) {
                throw new PyException(e);
            }
            throw Err.type("codec must pass exception instance");
        }));
        m.put("ignore", new PyBuiltin("ignore_errors", (t, a, k) -> PyTuple.of(isKind(a, 0) == 1 ? "" : "", end(a[0]))));
        m.put("replace", new PyBuiltin("replace_errors", (t, a, k) -> {
            int kind = isKind(a, 0);
            int n = (int) (end(a[0]) - start(a[0]));
            String rep = kind == 1 ? "?".repeat(Math.max(0, n)) : kind == 2 ? "\ufffd" : "\ufffd".repeat(Math.max(0, n));
            return PyTuple.of(rep, end(a[0]));
        }));
        for (String name : new String[] {"backslashreplace", "xmlcharrefreplace", "namereplace"}) {
            m.put(name, new PyBuiltin(name.replace("replace", "_replace") + "_errors", (t, a, k) -> textReplace(name, a)));
        }
        m.put("surrogateescape", new PyBuiltin("surrogateescape", (t, a, k) -> surrogateEscape(a)));
        m.put("surrogatepass", new PyBuiltin("surrogatepass", (t, a, k) -> surrogatePass(a)));
        return m;
    }

    /** 1 for an encode error, 2 for a decode error, 3 for a translate error; TypeError otherwise. */
    private static int isKind(Object[] a, int allow) {
        Object e = a.length > 0 ? a[0] : null;
        if (Ops.isinstance(e, UnicodeErrors.encodeError())) {
            return 1;
        }
        if (Ops.isinstance(e, UnicodeErrors.decodeError())) {
            return 2;
        }
        if (Ops.isinstance(e, UnicodeErrors.translateError())) {
            return 3;
        }
        throw Err.type("don't know how to handle " + (e == null ? "NoneType" : Ops.typeName(e)) + " in error callback");
    }

    private static long start(Object e) { return Ops.toLong(UnicodeErrors.field(e, "start")); }
    private static long end(Object e) { return Ops.toLong(UnicodeErrors.field(e, "end")); }

    private static int[] codePoints(Object e) {
        return StrRepr.str(UnicodeErrors.field(e, "object")).codePoints().toArray();
    }

    private static Object textReplace(String name, Object[] a) {
        int kind = isKind(a, 0);
        Object e = a[0];
        int s = (int) start(e);
        int en = (int) end(e);
        StringBuilder sb = new StringBuilder();
        if (kind == 2) {
            if (!name.equals("backslashreplace")) {
                throw Err.type("don't know how to handle UnicodeDecodeError in error callback");
            }
            byte[] b = ((PyBytes) UnicodeErrors.field(e, "object")).data();
            for (int i = Math.max(0, s); i < Math.min(en, b.length); i++) {
                sb.append(String.format("\\x%02x", b[i] & 0xff));
            }
            return PyTuple.of(sb.toString(), (long) en);
        }
        if (kind == 3 && !name.equals("backslashreplace")) {
            throw Err.type("don't know how to handle UnicodeTranslateError in error callback");
        }
        int[] cps = codePoints(e);
        for (int i = Math.max(0, s); i < Math.min(en, cps.length); i++) {
            sb.append(replacementFor(name, cps[i]));
        }
        return PyTuple.of(sb.toString(), (long) en);
    }

    private static Object surrogateEscape(Object[] a) {
        int kind = isKind(a, 0);
        Object e = a[0];
        int s = (int) start(e);
        int en = (int) end(e);
        if (kind == 2) {
            byte[] b = ((PyBytes) UnicodeErrors.field(e, "object")).data();
            StringBuilder sb = new StringBuilder();
            for (int i = s; i < en && i < s + 4; i++) {
                if ((b[i] & 0xff) < 128) {
                    break;
                }
                sb.append((char) (0xdc00 + (b[i] & 0xff)));
            }
            if (sb.length() == 0) {
                throw new PyException((PyBaseException) e);
            }
            return PyTuple.of(sb.toString(), (long) (s + sb.length()));
        }
        if (kind == 1) {
            int[] cps = codePoints(e);
            ByteOut out = new ByteOut(en - s);
            for (int i = s; i < en; i++) {
                if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                    throw new PyException((PyBaseException) e);
                }
                out.put(cps[i] - 0xdc00);
            }
            return PyTuple.of(new PyBytes(out.toArray()), (long) en);
        }
        throw Err.type("don't know how to handle UnicodeTranslateError in error callback");
    }

    private static Object surrogatePass(Object[] a) {
        int kind = isKind(a, 0);
        Object e = a[0];
        String enc = StrRepr.str(UnicodeErrors.field(e, "encoding")).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        int s = (int) start(e);
        if (kind == 1) {
            Encoder coder = switch (enc) {
                case "utf-8", "utf8" -> Utf8.ENCODER;
                case "utf-16", "utf-16-le" -> Utf16And32.encoder(2, -1);
                case "utf-16-be" -> Utf16And32.encoder(2, 1);
                case "utf-32", "utf-32-le" -> Utf16And32.encoder(4, -1);
                case "utf-32-be" -> Utf16And32.encoder(4, 1);
                default -> throw new PyException((PyBaseException) e);
            };
            int[] cps = codePoints(e);
            int en = (int) end(e);
            ByteOut out = new ByteOut(8);
            for (int i = s; i < en; i++) {
                if (cps[i] < 0xd800 || cps[i] > 0xdfff) {
                    throw new PyException((PyBaseException) e);
                }
                coder.writeSurrogate(cps[i], out);
            }
            return PyTuple.of(new PyBytes(out.toArray()), (long) en);
        }
        if (kind == 2) {
            byte[] b = ((PyBytes) UnicodeErrors.field(e, "object")).data();
            StringBuilder sb = new StringBuilder();
            int n = switch (enc) {
                case "utf-8", "utf8" -> Utf8.DECODER.decodeSurrogate(b, s, sb);
                default -> 0;
            };
            if (n == 0) {
                throw new PyException((PyBaseException) e);
            }
            return PyTuple.of(sb.toString(), (long) (s + n));
        }
        throw Err.type("don't know how to handle UnicodeTranslateError in error callback");
    }
}
