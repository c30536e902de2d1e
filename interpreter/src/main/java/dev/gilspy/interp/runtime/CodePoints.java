package dev.gilspy.interp.runtime;

/**
 * Python indices on a Java {@code String}: a Python str counts code points, a Java String UTF-16 units.
 *
 * <p>The two agree unless the string holds a surrogate pair (a character outside the Basic Multilingual
 * Plane, such as an emoji). {@link #bmp} answers that once per string: short strings are scanned (no
 * more than {@link #SCAN} units), longer ones are looked up in a small identity cache, so an index loop
 * over one long string pays one scan, not one per index. A string with pairs keeps, in the same cache
 * entry, the UTF-16 offset of each code point, so indexing it is O(1) too. An unpaired surrogate counts
 * as one code point, as it does in Python.
 */
public final class CodePoints {
    private CodePoints() {}

    /** Strings up to this many UTF-16 units are scanned rather than cached. */
    static final int SCAN = 32;

    /** One string's layout: {@code offs[i]} is the UTF-16 index of code point i (length n + 1), or null when BMP-only. */
    private record Entry(String s, int[] offs) {}

    private static final int WAYS = 16;
    private static final Entry[] CACHE = new Entry[WAYS];

    private static boolean hasPair(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Entry entry(String s) {
        int slot = System.identityHashCode(s) & (WAYS - 1);
        Entry e = CACHE[slot];
        if (e != null && e.s == s) {
            return e;
        }
        int[] offs = null;
        if (hasPair(s)) {
            int n = s.codePointCount(0, s.length());
            offs = new int[n + 1];
            int j = 0;
            for (int i = 0; i < n; i++) {
                offs[i] = j;
                j += Character.charCount(s.codePointAt(j));
            }
            offs[n] = j;
        }
        e = new Entry(s, offs);
        CACHE[slot] = e;
        return e;
    }

    /** True when every UTF-16 unit of s is one code point, so Java indices are Python indices. */
    public static boolean bmp(String s) {
        if (s.length() <= SCAN) {
            return !hasPair(s);
        }
        return entry(s).offs == null;
    }

    /** Python's {@code len(s)}. */
    public static int length(String s) {
        if (s.length() <= SCAN) {
            return s.codePointCount(0, s.length());
        }
        int[] offs = entry(s).offs;
        return offs == null ? s.length() : offs.length - 1;
    }

    /** The UTF-16 index of code point {@code cp} (0 to length inclusive). */
    public static int toChar(String s, int cp) {
        if (s.length() <= SCAN) {
            return bmp(s) ? cp : s.offsetByCodePoints(0, cp);
        }
        int[] offs = entry(s).offs;
        return offs == null ? cp : offs[cp];
    }

    /** The code point index of UTF-16 index {@code ch}; -1 stays -1. */
    public static int toCp(String s, int ch) {
        if (ch <= 0) {
            return ch;
        }
        if (s.length() <= SCAN) {
            return s.codePointCount(0, ch);
        }
        int[] offs = entry(s).offs;
        if (offs == null) {
            return ch;
        }
        int i = java.util.Arrays.binarySearch(offs, ch);
        return i >= 0 ? i : -i - 1;
    }

    /** {@code s[cp]} for a code point index already in range. */
    public static String at(String s, int cp) {
        int i = toChar(s, cp);
        return s.substring(i, i + Character.charCount(s.codePointAt(i)));
    }

    /** {@code s[start:stop:step]} in code points, from {@link PySlice#indices}: start, step, count. */
    static String slice(String s, int start, int step, int n) {
        if (step == 1) {
            return s.substring(toChar(s, start), toChar(s, start + n));
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(s.codePointAt(toChar(s, start + i * step)));
        }
        return sb.toString();
    }

    /** The optional {@code start, end} arguments a[2], a[3] of find/count/startswith, clamped in code points, as UTF-16 indices. */
    static int[] bounds(String x, Object[] a) {
        boolean bmp = bmp(x);
        int len = bmp ? x.length() : length(x);
        int start = a.length > 2 && a[2] != PyNone.NONE ? (int) ListMethods.clampIndex(Ops.toIndex(a[2]), len) : 0;
        int end = a.length > 3 && a[3] != PyNone.NONE ? (int) ListMethods.clampIndex(Ops.toIndex(a[3]), len) : len;
        return bmp ? new int[] {start, end} : new int[] {toChar(x, start), toChar(x, end)};
    }

    /** Python's str ordering, by code point: Java's {@link String#compareTo} orders a surrogate pair below U+E000..U+FFFF. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE
                    && (Character.isSurrogate(x) != Character.isSurrogate(y))) {
                    return Character.isSurrogate(x) ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
