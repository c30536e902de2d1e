package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyValueSub;

/**
 * The string a pattern runs over, indexed as Python indexes it: a {@code str} by code point, a
 * bytes-like object by byte. A {@code str} without surrogates (nearly every one) is read straight
 * from its Java chars; one with astral characters is decoded once into code points. Which of the
 * two a string needs is remembered for the last string seen, so that a tokenizer calling
 * {@code pattern.match(text, pos)} in a loop over one large text does not rescan it on every call.
 */
final class SreText {
    static final int CHARS = 0;
    static final int CODE_POINTS = 1;
    static final int BYTES = 2;

    final int kind;
    final String str;
    final int[] cps;
    final byte[] bytes;
    final int length;
    /** The object the caller passed ({@code match.string}). */
    final Object original;

    private SreText(int kind, String str, int[] cps, byte[] bytes, int length, Object original) {
        this.kind = kind;
        this.str = str;
        this.cps = cps;
        this.bytes = bytes;
        this.length = length;
        this.original = original;
    }

    boolean isBytes() { return kind == BYTES; }

    private record Last(String s, SreText text) {}

    private static volatile Last last;

    /** CPython's {@code getstring}: a str, bytes, bytearray or memoryview; TypeError otherwise. */
    static SreText of(Object o) {
        Object v = PyValueSub.unwrap(o);
        if (v instanceof String s) {
            Last l = last;
            if (l != null && l.s == s) {
                return l.text.original == o ? l.text : l.text.withOriginal(o);
            }
            SreText t = ofString(s, o);
            if (s.length() > 64) {
                last = new Last(s, t);
            }
            return t;
        }
        if (v instanceof PyBytes b) {
            return new SreText(BYTES, null, null, b.data(), b.data().length, o);
        }
        if (v instanceof PyMemoryView || v instanceof dev.gilspy.interp.runtime.BufferExporter) {
            byte[] data = PyMemoryView.of(v).toByteArray(); // a memoryview, an mmap: matched over a copy
            return new SreText(BYTES, null, null, data, data.length, o);
        }
        throw Err.type("expected string or bytes-like object, got '" + Ops.typeName(o) + "'");
    }

    private SreText withOriginal(Object o) { return new SreText(kind, str, cps, bytes, length, o); }

    private static SreText ofString(String s, Object o) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                int[] cps = s.codePoints().toArray();
                return new SreText(CODE_POINTS, s, cps, null, cps.length, o);
            }
        }
        return new SreText(CHARS, s, null, null, s.length(), o);
    }

    int ch(int i) {
        switch (kind) {
            case CHARS: return str.charAt(i);
            case CODE_POINTS: return cps[i];
            default: return bytes[i] & 0xff;
        }
    }

    /** The Python value of {@code [b:e]}: a str, or bytes for every bytes-like subject. */
    Object slice(int b, int e) {
        switch (kind) {
            case CHARS: return str.substring(b, e);
            case CODE_POINTS: return new String(cps, b, e - b);
            default: {
                byte[] r = new byte[e - b];
                System.arraycopy(bytes, b, r, 0, r.length);
                return new PyBytes(r);
            }
        }
    }

    /** The first index in [from, to) holding {@code c}, or -1. */
    int indexOf(int c, int from, int to) {
        if (kind == CHARS) {
            if (c > 0xffff) {
                return -1;
            }
            int i = str.indexOf(c, from);
            return i >= 0 && i < to ? i : -1;
        }
        for (int i = from; i < to; i++) {
            if (ch(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first index i in [from, to - prefix.length] where the prefix starts, or -1. */
    int indexOf(int[] prefix, String prefixChars, int from, int to) {
        int n = prefix.length;
        if (kind == CHARS && prefixChars != null) {
            int i = str.indexOf(prefixChars, from);
            return i >= 0 && i + n <= to ? i : -1;
        }
        int first = prefix[0];
        outer:
        for (int i = from; i + n <= to; i++) {
            if (ch(i) != first) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (ch(i + j) != prefix[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
