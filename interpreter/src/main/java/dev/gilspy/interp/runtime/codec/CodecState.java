package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The codec registry of one interpreter, as CPython's {@code Python/codecs.c} keeps it in the
 * interpreter state: the search functions, the cache of {@code CodecInfo}s by normalized name, the
 * error handlers. The first lookup imports {@code encodings}, whose search function finds every codec
 * written in Python; {@code str.encode}/{@code bytes.decode} go straight to the codecs written here for
 * the names CPython short-cuts ({@link #encode}, {@link #decode}).
 */
public final class CodecState {
    private static final Map<InterpreterState, CodecState> STATES = new WeakHashMap<>();

    final List<Object> searchFunctions = new ArrayList<>();
    final Map<String, Object> cache = new HashMap<>();
    final Map<String, Object> errorHandlers = ErrorHandlers.builtins();
    private boolean encodingsImported;

    public static CodecState of(InterpreterState interp) {
        synchronized (STATES) {
            return STATES.computeIfAbsent(interp, i -> new CodecState());
        }
    }

    /** CPython's {@code _Py_normalize_encoding}: lower case, each run of other than letters, digits and dots one underscore. */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    public synchronized void register(Object search) {
        if (!(search instanceof PyCallable) && Ops.getattrOrNull(search, "__call__") == null) {
            throw Err.type("argument must be callable");
        }
        searchFunctions.add(search);
    }

    public synchronized void unregister(Object search) {
        searchFunctions.remove(search);
        cache.clear();
    }

    public synchronized void forget(String encoding) {
        cache.remove(normalize(encoding).replace(' ', '_'));
    }

    /** {@code codecs.lookup}: the CodecInfo of {@code encoding}, or LookupError. */
    public Object lookup(PyThread t, String encoding) {
        String key = normalize(encoding);
        List<Object> fns;
        synchronized (this) {
            Object hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
            if (!encodingsImported) {
                encodingsImported = true;
                fns = null;
            } else {
                fns = new ArrayList<>(searchFunctions);
            }
        }
        if (fns == null) {
            t.interp.importModule(t, "encodings");
            synchronized (this) {
                fns = new ArrayList<>(searchFunctions);
            }
        }
        for (Object f : fns) {
            Object r = Ops.call(t, f, new Object[] {key}, null);
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple tu) || tu.items.length != 4) {
                throw Err.type("codec search functions must return 4-tuples");
            }
            synchronized (this) {
                cache.put(key, r);
            }
            return r;
        }
        throw Err.make(Types.LookupError, "unknown encoding: " + encoding);
    }

    public synchronized void registerError(String name, Object handler) {
        if (!(handler instanceof PyCallable) && Ops.getattrOrNull(handler, "__call__") == null) {
            throw Err.type("handler must be callable");
        }
        errorHandlers.put(name, handler);
    }

    public synchronized Object lookupError(String name) {
        Object h = errorHandlers.get(name);
        if (h == null) {
            throw Err.make(Types.LookupError, "unknown error handler name '" + name + "'");
        }
        return h;
    }

    /** The codecs written here that {@code str.encode}/{@code bytes.decode} use without a lookup, by normalized name. */
    static String builtinName(String encoding) {
        switch (encoding) {
            case "utf-8", "utf8", "UTF-8": return "utf-8";
            case "ascii": return "ascii";
            case "latin-1", "latin1", "iso-8859-1": return "latin-1";
            default: break;
        }
        switch (normalize(encoding)) {
            case "utf_8", "utf8": return "utf-8";
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "latin": return "latin-1";
            case "ascii", "us_ascii", "646": return "ascii";
            case "utf_16", "utf16": return "utf-16";
            case "utf_16_le", "utf_16le": return "utf-16-le";
            case "utf_16_be", "utf_16be": return "utf-16-be";
            case "utf_32", "utf32": return "utf-32";
            case "utf_32_le", "utf_32le": return "utf-32-le";
            case "utf_32_be", "utf_32be": return "utf-32-be";
            default: return null;
        }
    }

    static byte[] encodeBuiltin(String name, String s, String errors) {
        switch (name) {
            case "utf-8": return Utf8.encode(s, errors);
            case "latin-1": return Ucs1.encodeLatin1(s, errors);
            case "ascii": return Ucs1.encodeAscii(s, errors);
            default: {
                int width = name.startsWith("utf-16") ? 2 : 4;
                int order = name.endsWith("-le") ? -1 : name.endsWith("-be") ? 1 : 0;
                return Utf16And32.encoder(width, order).encode(s, errors);
            }
        }
    }

    static String decodeBuiltin(String name, byte[] b, String errors) {
        switch (name) {
            case "utf-8": return Utf8.decode(b, errors, true).text();
            case "latin-1": return Ucs1.decodeLatin1(b);
            case "ascii": return Ucs1.decodeAscii(b, errors);
            default: {
                int width = name.startsWith("utf-16") ? 2 : 4;
                int order = name.endsWith("-le") ? -1 : name.endsWith("-be") ? 1 : 0;
                return Utf16And32.decode(width, b, errors, order, true).text();
            }
        }
    }

    /** {@code str.encode(encoding, errors)}: CPython's {@code PyUnicode_AsEncodedString}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        String b = builtinName(encoding);
        if (b != null) {
            return new PyBytes(encodeBuiltin(b, s, errors));
        }
        PyThread t = PyThread.current();
        Object info = textCodec(t, encoding, "codecs.encode()");
        Object r;
        try {
            r = Ops.call(t, ((PyTuple) info).items[0], new Object[] {s, errors == null ? "strict" : errors}, null);
        } catch (PyException e) {
            throw CodecErrors.wrap(e, "encoding", encoding);
        }
        Object v = checkPair(r, "encoder");
        if (!(v instanceof PyBytes pb)) {
            throw Err.type("'" + encoding + "' encoder returned '" + Ops.typeName(v)
                + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return pb;
    }

    /** {@code bytes.decode(encoding, errors)}: CPython's {@code PyUnicode_Decode}. */
    public static String decode(byte[] data, String encoding, String errors) {
        String b = builtinName(encoding);
        if (b != null) {
            return decodeBuiltin(b, data, errors);
        }
        PyThread t = PyThread.current();
        Object info = textCodec(t, encoding, "codecs.decode()");
        Object r;
        try {
            r = Ops.call(t, ((PyTuple) info).items[1], new Object[] {new PyBytes(data), errors == null ? "strict" : errors}, null);
        } catch (PyException e) {
            throw CodecErrors.wrap(e, "decoding", encoding);
        }
        Object v = checkPair(r, "decoder");
        if (!(v instanceof String s)) {
            throw Err.type("'" + encoding + "' decoder returned '" + Ops.typeName(v)
                + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return s;
    }

    private static Object textCodec(PyThread t, String encoding, String alternative) {
        Object info = of(t.interp).lookup(t, encoding);
        Object text = Ops.getattrOrNull(info, "_is_text_encoding");
        if (text != null && !Ops.truthy(text)) {
            throw Err.make(Types.LookupError, "'" + encoding + "' is not a text encoding; use " + alternative + " to handle arbitrary codecs");
        }
        return info;
    }

    static Object checkPair(Object r, String what) {
        if (!(r instanceof PyTuple tu) || tu.items.length != 2) {
            throw Err.type(what + " must return a tuple (object, integer)");
        }
        return tu.items[0];
    }

    /** Lower-cased for messages that echo the codec's own name. */
    static String lower(Object o) { return StrRepr.str(o).toLowerCase(Locale.ROOT); }
}
