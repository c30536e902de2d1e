package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyThread;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.tukaani.xz.ARM64Options;
import org.tukaani.xz.ARMOptions;
import org.tukaani.xz.ARMThumbOptions;
import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.DeltaOptions;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.IA64Options;
import org.tukaani.xz.LZMA2InputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.PowerPCOptions;
import org.tukaani.xz.SPARCOptions;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.X86Options;

/**
 * {@code _lzma}'s filter specifiers ({@code _lzmamodule.c}'s {@code lzma_filter_converter},
 * {@code build_filter_spec} and the properties coders) as XZ for Java's {@link FilterOptions}.
 * A spec is a dict with an {@code "id"}; LZMA1/LZMA2 take a preset and {@code dict_size}, {@code lc},
 * {@code lp}, {@code pb}, {@code mode}, {@code nice_len}, {@code mf}, {@code depth}; delta
 * {@code dist}; the branch filters {@code start_offset}. XZ for Java has only the HC4 and BT4 match
 * finders: HC3 is served as HC4, BT2 and BT3 as BT4 (the output is valid, its bytes differ).
 */
final class LzmaFilters {
    private LzmaFilters() {}

    static final long LZMA1 = 0x4000000000000001L;
    static final long LZMA2 = 0x21;
    static final long DELTA = 3;
    static final long X86 = 4;
    static final long POWERPC = 5;
    static final long IA64 = 6;
    static final long ARM = 7;
    static final long ARMTHUMB = 8;
    static final long SPARC = 9;
    static final long ARM64 = 0xA;
    static final long PRESET_EXTREME = 0x80000000L;

    /** One parsed filter: its id and options. */
    record Filter(long id, FilterOptions options) {
        boolean isLzma() { return id == LZMA1 || id == LZMA2; }
    }

    /** LZMA options of a preset, {@code liblzma}'s {@code lzma_lzma_preset}; null when the preset is invalid. */
    static LZMA2Options preset(long preset) {
        int level = (int) (preset & 0x1f);
        long flags = preset & ~0x1fL;
        if (preset < 0 || level > 9 || flags != 0 && flags != PRESET_EXTREME) {
            return null;
        }
        try {
            LZMA2Options o = new LZMA2Options(level);
            if (flags == PRESET_EXTREME) {
                o.setMode(LZMA2Options.MODE_NORMAL);
                o.setMatchFinder(LZMA2Options.MF_BT4);
                if (level == 3 || level == 5) {
                    o.setNiceLen(192);
                    o.setDepthLimit(0);
                } else {
                    o.setNiceLen(273);
                    o.setDepthLimit(512);
                }
            }
            return o;
        } catch (UnsupportedOptionsException e) {
            return null;
        }
    }

    static List<Filter> chain(Object specs) {
        List<Filter> out = new ArrayList<>();
        for (Object spec : items(specs)) {
            if (out.size() == 4) {
                throw Err.value("Too many filters - liblzma supports a maximum of 4");
            }
            out.add(parse(spec));
        }
        return out;
    }

    private static Object get(Object spec, String key) {
        if (!Ops.contains(spec, key)) {
            return null;
        }
        return Ops.getitem(spec, key);
    }

    private static long u(Object v) {
        return Ops.toLong(v);
    }

    /** {@code lzma_filter_converter}: a dict to a filter, with CPython's messages. */
    static Filter parse(Object spec) {
        if (!(spec instanceof PyDict) && Ops.getattrOrNull(spec, "keys") == null) {
            throw Err.type("Filter specifier must be a dict or dict-like object");
        }
        Object idObj = get(spec, "id");
        if (idObj == null) {
            throw Err.value("Filter specifier must have an \"id\" entry");
        }
        long id = u(idObj);
        List<String> keys = new ArrayList<>();
        for (Object key : items(spec)) {
            keys.add(key instanceof String s ? s : "");
        }
        try {
            if (id == LZMA1 || id == LZMA2) {
                only(keys, "Invalid filter specifier for LZMA filter", "id", "preset", "dict_size", "lc", "lp", "pb",
                    "mode", "nice_len", "mf", "depth");
                Object p = get(spec, "preset");
                long presetValue = p == null ? 6 : u(p);
                LZMA2Options o = preset(presetValue);
                if (o == null) {
                    throw LzmaModule.error("Invalid compression preset: " + presetValue);
                }
                Object v;
                if ((v = get(spec, "dict_size")) != null) {
                    o.setDictSize((int) Math.min(u(v), Integer.MAX_VALUE));
                }
                int lc = (v = get(spec, "lc")) != null ? (int) u(v) : o.getLc();
                int lp = (v = get(spec, "lp")) != null ? (int) u(v) : o.getLp();
                o.setLcLp(lc, lp);
                if ((v = get(spec, "pb")) != null) {
                    o.setPb((int) u(v));
                }
                if ((v = get(spec, "mode")) != null) {
                    o.setMode((int) u(v));
                }
                if ((v = get(spec, "nice_len")) != null) {
                    o.setNiceLen((int) u(v));
                }
                if ((v = get(spec, "mf")) != null) {
                    long mf = u(v);
                    o.setMatchFinder(mf == 0x03 || mf == 0x04 ? LZMA2Options.MF_HC4 : mf == 0x12 || mf == 0x13 || mf == 0x14
                        ? LZMA2Options.MF_BT4 : (int) mf);
                }
                if ((v = get(spec, "depth")) != null) {
                    o.setDepthLimit((int) u(v));
                }
                return new Filter(id, o);
            }
            if (id == DELTA) {
                only(keys, "Invalid filter specifier for delta filter", "id", "dist");
                Object d = get(spec, "dist");
                return new Filter(id, new DeltaOptions(d == null ? 1 : (int) u(d)));
            }
            if (id >= X86 && id <= ARM64) {
                only(keys, "Invalid filter specifier for BCJ filter", "id", "start_offset");
                Object s = get(spec, "start_offset");
                return new Filter(id, bcj(id, s == null ? 0 : (int) u(s)));
            }
        } catch (UnsupportedOptionsException e) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        throw Err.value("Invalid filter ID: " + Long.toUnsignedString(id));
    }

    private static void only(List<String> keys, String msg, String... allowed) {
        for (String k : keys) {
            if (!List.of(allowed).contains(k)) {
                throw Err.value(msg);
            }
        }
    }

    private static FilterOptions bcj(long id, int start) throws UnsupportedOptionsException {
        switch ((int) id) {
            case 4 -> { X86Options o = new X86Options(); o.setStartOffset(start); return o; }
            case 5 -> { PowerPCOptions o = new PowerPCOptions(); o.setStartOffset(start); return o; }
            case 6 -> { IA64Options o = new IA64Options(); o.setStartOffset(start); return o; }
            case 7 -> { ARMOptions o = new ARMOptions(); o.setStartOffset(start); return o; }
            case 8 -> { ARMThumbOptions o = new ARMThumbOptions(); o.setStartOffset(start); return o; }
            case 9 -> { SPARCOptions o = new SPARCOptions(); o.setStartOffset(start); return o; }
            default -> { ARM64Options o = new ARM64Options(); o.setStartOffset(start); return o; }
        }
    }

    private static int startOffset(FilterOptions o) {
        if (o instanceof X86Options x) {
            return x.getStartOffset();
        } else if (o instanceof PowerPCOptions x) {
            return x.getStartOffset();
        } else if (o instanceof IA64Options x) {
            return x.getStartOffset();
        } else if (o instanceof ARMOptions x) {
            return x.getStartOffset();
        } else if (o instanceof ARMThumbOptions x) {
            return x.getStartOffset();
        } else if (o instanceof SPARCOptions x) {
            return x.getStartOffset();
        }
        return ((ARM64Options) o).getStartOffset();
    }

    /** The raw encoder of a chain (FORMAT_RAW): the last filter must be LZMA1 or LZMA2. */
    static FinishableOutputStream rawEncoder(List<Filter> chain, FinishableOutputStream sink) throws IOException {
        Filter last = chain.get(chain.size() - 1);
        if (!last.isLzma()) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        FinishableOutputStream s = last.id == LZMA2 ? last.options.getOutputStream(sink)
            : new LZMAOutputStream(sink, (LZMA2Options) last.options, true);
        for (int i = chain.size() - 2; i >= 0; i--) {
            if (chain.get(i).isLzma()) {
                throw LzmaModule.error("Invalid or unsupported options");
            }
            s = chain.get(i).options.getOutputStream(s, ArrayCache.getDefaultCache());
        }
        return s;
    }

    /** The raw decoder of a chain (FORMAT_RAW). */
    static InputStream rawDecoder(List<Filter> chain, InputStream in) throws IOException {
        Filter last = chain.get(chain.size() - 1);
        LZMA2Options o = (LZMA2Options) last.options;
        InputStream s = last.id == LZMA2 ? new LZMA2InputStream(in, o.getDictSize())
            : new LZMAInputStream(in, -1, o.getLc(), o.getLp(), o.getPb(), o.getDictSize(), null);
        for (int i = chain.size() - 2; i >= 0; i--) {
            s = chain.get(i).options.getInputStream(s, ArrayCache.getDefaultCache());
        }
        return s;
    }

    /** {@code _encode_filter_properties}: {@code lzma_properties_encode}. */
    static byte[] encodeProperties(Filter f) {
        if (f.id == LZMA1) {
            LZMA2Options o = (LZMA2Options) f.options;
            int d = o.getDictSize();
            return new byte[] {(byte) ((o.getPb() * 5 + o.getLp()) * 9 + o.getLc()), (byte) d, (byte) (d >> 8),
                (byte) (d >> 16), (byte) (d >> 24)};
        }
        if (f.id == LZMA2) {
            long d = Math.max(((LZMA2Options) f.options).getDictSize() & 0xffffffffL, 4096);
            for (int b = 0; b < 40; b++) {
                if (((2L | (b & 1)) << (b / 2 + 11)) >= d) {
                    return new byte[] {(byte) b};
                }
            }
            return new byte[] {40};
        }
        if (f.id == DELTA) {
            return new byte[] {(byte) (((DeltaOptions) f.options).getDistance() - 1)};
        }
        int s = startOffset(f.options);
        return s == 0 ? new byte[0] : new byte[] {(byte) s, (byte) (s >> 8), (byte) (s >> 16), (byte) (s >> 24)};
    }

    /** {@code _decode_filter_properties}: the spec {@code build_filter_spec} makes. */
    static PyDict decodeProperties(long id, byte[] p) {
        PyException bad = LzmaModule.error("Invalid or unsupported options");
        PyDict d = new PyDict();
        d.put("id", id);
        if (id == LZMA1) {
            if (p.length != 5 || (p[0] & 0xff) >= 9 * 5 * 5) {
                throw bad;
            }
            int b = p[0] & 0xff;
            d.put("lc", (long) (b % 9));
            d.put("lp", (long) (b / 9 % 5));
            d.put("pb", (long) (b / 45));
            d.put("dict_size", (p[1] & 0xffL) | (p[2] & 0xffL) << 8 | (p[3] & 0xffL) << 16 | (p[4] & 0xffL) << 24);
        } else if (id == LZMA2) {
            if (p.length != 1 || (p[0] & 0xff) > 40) {
                throw bad;
            }
            int b = p[0] & 0xff;
            d.put("dict_size", b == 40 ? 0xffffffffL : (2L | (b & 1)) << (b / 2 + 11));
        } else if (id == DELTA) {
            if (p.length != 1) {
                throw bad;
            }
            d.put("dist", (long) (p[0] & 0xff) + 1);
        } else if (id >= X86 && id <= ARM64) {
            if (p.length == 4) {
                long s = (p[0] & 0xffL) | (p[1] & 0xffL) << 8 | (p[2] & 0xffL) << 16 | (p[3] & 0xffL) << 24;
                if (s != 0) {
                    d.put("start_offset", s);
                }
            } else if (p.length != 0) {
                throw bad;
            }
        } else {
            throw bad;
        }
        return d;
    }

    private static List<Object> items(Object iterable) {
        List<Object> out = new ArrayList<>();
        Object it = Ops.iter(iterable);
        PyThread t = PyThread.current();
        for (Object x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
            out.add(x);
        }
        return out;
    }
}
