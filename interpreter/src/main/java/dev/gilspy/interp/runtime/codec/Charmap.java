package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The charmap codec that every 8-bit codepage in {@code encodings/} (cp1252, iso8859_15, koi8_r...)
 * runs on: decoding through a 256-character table or a mapping, encoding through the
 * {@link EncodingMap} {@code charmap_build} makes or a mapping (CPython's {@code PyUnicode_DecodeCharmap},
 * {@code PyUnicode_EncodeCharmap}).
 */
public final class Charmap {
    private Charmap() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    /** {@code charmap_build}'s result: code point to byte. */
    public static final class EncodingMap extends PyObj {
        public static final PyType TYPE = new PyType("EncodingMap", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        final Map<Integer, Integer> map = new HashMap<>();
        @Override public PyType type() { return TYPE; }
    }

    public static EncodingMap build(String table) {
        EncodingMap m = new EncodingMap();
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i < cps.length && i < 256; i++) {
            if (cps[i] != 0xfffe) {
                m.map.putIfAbsent(cps[i], i);
            }
        }
        return m;
    }

    /** The bytes {@code mapping} gives {@code cp}: null when undefined. */
    private static byte[] lookupByte(Object mapping, int cp) {
        if (mapping instanceof EncodingMap em) {
            Integer b = em.map.get(cp);
            return b == null ? null : new byte[] {(byte) (int) b};
        }
        Object v;
        try {
            v = Ops.getitem(mapping, (long) cp);
        } catch (PyException e) {
            if (Err.matches(e, Types.LookupError)) {
                return null;
            }
            throw e;
        }
        if (v == PyNone.NONE) {
            return null;
        }
        if (Ops.isInt(v)) {
            long b = Ops.toLong(v);
            if (b < 0 || b > 255) {
                throw Err.type("character mapping must be in range(256)");
            }
            return new byte[] {(byte) b};
        }
        if (v instanceof PyBytes pb) {
            return pb.data();
        }
        throw Err.type("character mapping must return integer, bytes or None, not " + Ops.typeName(v));
    }

    public static byte[] encode(String s, String errors, Object mapping) {
        if (mapping == PyNone.NONE) {
            return Ucs1.LATIN1.encode(s, errors);
        }
        Encoder e = new Encoder("charmap") {
            @Override boolean encodable(int cp) { return lookupByte(mapping, cp) != null; }
            @Override void write(int cp, ByteOut out) { out.put(lookupByte(mapping, cp)); }
            @Override String reason() { return UNDEFINED; }
        };
        return e.encode(s, errors);
    }

    public static Decoder.Result decode(byte[] d, String errors, Object mapping) {
        if (mapping == PyNone.NONE) {
            return new Decoder.Result(Ucs1.decodeLatin1(d), d.length);
        }
        Decoder dec = new Decoder("charmap") {
            @Override public Result decode(byte[] data, String errs, boolean last) { return null; }
        };
        StringBuilder out = new StringBuilder(d.length);
        String table = mapping instanceof String s ? s : null;
        int i = 0;
        while (i < d.length) {
            int b = d[i] & 0xff;
            if (table != null) {
                char c = b < table.length() ? table.charAt(b) : '\ufffe';
                if (c == '\ufffe') {
                    i = dec.error(d, i, i + 1, UNDEFINED, errors, out);
                    continue;
                }
                out.append(c);
                i++;
                continue;
            }
            Object v;
            try {
                v = Ops.getitem(mapping, (long) b);
            } catch (PyException e) {
                if (!Err.matches(e, Types.LookupError)) {
                    throw e;
                }
                v = PyNone.NONE;
            }
            if (Ops.isInt(v)) {
                long cp = Ops.toLong(v);
                if (cp < 0 || cp > 0x10ffff) {
                    throw Err.type("character mapping must be in range(0x110000)");
                }
                if (cp == 0xfffe) {
                    i = dec.error(d, i, i + 1, UNDEFINED, errors, out);
                    continue;
                }
                out.appendCodePoint((int) cp);
            } else if (v instanceof String s) {
                if (s.equals("\ufffe")) {
                    i = dec.error(d, i, i + 1, UNDEFINED, errors, out);
                    continue;
                }
                out.append(s);
            } else if (v == PyNone.NONE) {
                i = dec.error(d, i, i + 1, UNDEFINED, errors, out);
                continue;
            } else {
                throw Err.type("character mapping must return integer, None or str");
            }
            i++;
        }
        return new Decoder.Result(out.toString(), d.length);
    }
}
