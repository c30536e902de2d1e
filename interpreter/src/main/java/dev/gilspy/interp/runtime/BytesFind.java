package dev.gilspy.interp.runtime;

import java.math.BigInteger;

/**
 * {@code bytes.find}/{@code index}/{@code rfind}/{@code rindex}/{@code count} searched in the byte
 * array itself, with {@code start}/{@code end} taken as slice bounds (CPython's
 * {@code ADJUST_INDICES}): the general path, which reuses str's methods over a Latin-1 string,
 * converts the whole object per call, which made {@code BytesIO.readline} (a find from the current
 * position) quadratic. Anything else (keyword arguments, a needle of another type) keeps the
 * general path.
 */
final class BytesFind {
    private BytesFind() {}

    static void install() {
        for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            for (String name : new String[] {"find", "index", "rfind", "rindex", "count"}) {
                Object general = t.dict.get(name);
                boolean reverse = name.startsWith("r");
                boolean raise = name.endsWith("index");
                boolean count = name.equals("count");
                Methods.def(t, name, (th, a, k) -> {
                    byte[] needle = a.length >= 2 && a.length <= 4 && (k == null || k.length == 0) ? needle(a[1]) : null;
                    if (needle == null || !(a[0] instanceof PyBytes self) || !bound(a, 2) || !bound(a, 3)) {
                        return Ops.call(th, general, a, k);
                    }
                    byte[] d = self.data();
                    long start = a.length > 2 ? adjust(a[2], d.length, 0) : 0;
                    long end = a.length > 3 ? adjust(a[3], d.length, d.length) : d.length;
                    if (count) {
                        return count(d, needle, start, end);
                    }
                    long at = reverse ? lastIndex(d, needle, start, end) : firstIndex(d, needle, start, end);
                    if (at < 0 && raise) {
                        throw Err.value("subsection not found");
                    }
                    return at;
                });
            }
        }
    }

    private static byte[] needle(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyMemoryView mv) {
            return mv.toByteArray();
        }
        if (o instanceof java.math.BigInteger) {
            throw Err.value("byte must be in range(0, 256)");
        }
        if (o instanceof Long v) {
            if (v < 0 || v > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            return new byte[] {(byte) (long) v};
        }
        return null;
    }

    private static boolean bound(Object[] a, int i) {
        return i >= a.length || a[i] == PyNone.NONE || a[i] instanceof Long || a[i] instanceof BigInteger;
    }

    /** A slice bound: None is the default, negative counts from the end, then clamped to [0, len] (start may exceed len). */
    private static long adjust(Object o, int len, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        long v = o instanceof BigInteger bi ? (bi.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : (Long) o;
        if (v < 0) {
            v = Math.max(0, v + len);
        }
        return Math.min(v, Long.MAX_VALUE / 2);
    }

    static long firstIndex(byte[] d, byte[] p, long start, long end) {
        end = Math.min(end, d.length);
        if (start > end || end - start < p.length) {
            return -1;
        }
        int last = (int) (end - p.length);
        if (p.length == 1) {
            byte c = p[0];
            for (int i = (int) start; i <= last; i++) {
                if (d[i] == c) {
                    return i;
                }
            }
            return -1;
        }
        outer:
        for (int i = (int) start; i <= last; i++) {
            for (int j = 0; j < p.length; j++) {
                if (d[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static long lastIndex(byte[] d, byte[] p, long start, long end) {
        end = Math.min(end, d.length);
        if (start > end || end - start < p.length) {
            return -1;
        }
        outer:
        for (int i = (int) (end - p.length); i >= start; i--) {
            for (int j = 0; j < p.length; j++) {
                if (d[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long count(byte[] d, byte[] p, long start, long end) {
        end = Math.min(end, d.length);
        if (start > end) {
            return 0L;
        }
        if (p.length == 0) {
            return end - start + 1;
        }
        long n = 0;
        long i = start;
        while ((i = firstIndex(d, p, i, end)) >= 0) {
            n++;
            i += p.length;
        }
        return n;
    }
}
