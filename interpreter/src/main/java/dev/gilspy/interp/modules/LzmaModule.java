package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZOutputStream;

/**
 * {@code _lzma} ({@code Modules/_lzmamodule.c}): {@code LZMACompressor}, {@code LZMADecompressor},
 * {@code LZMAError}, {@code is_check_supported}, the filter-properties coders and the constants,
 * under CPython's {@code lzma.py} (so {@code lzma}, {@code tarfile}'s {@code :xz} modes,
 * {@code shutil.make_archive('xztar')} and zipfile's ZIP_LZMA work), on XZ for Java: the
 * {@code .xz} container (one stream per decompressor, as CPython's, which asks liblzma for no
 * concatenation), {@code .lzma} ("alone") and raw filter chains (LZMA1, LZMA2, delta, the branch
 * filters). Each call holds the object's lock and drops the GIL around the coding, as CPython's
 * {@code Py_BEGIN_ALLOW_THREADS} around {@code lzma_code}; the decompressor is a {@link PushDecoder}.
 * The compressed bytes are valid for liblzma but need not be the same bytes liblzma writes.
 */
public final class LzmaModule {
    private LzmaModule() {}

    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;
    static final int CHECK_NONE = 0;
    static final int CHECK_CRC64 = 4;
    static final int CHECK_UNKNOWN = 16;

    static final PyType ERROR = errorType();
    static final PyType COMPRESSOR = NativeTypes.newType("LZMACompressor", "_lzma", null, Compressor::construct);
    static final PyType DECOMPRESSOR = NativeTypes.newType("LZMADecompressor", "_lzma", null, Decompressor::construct);

    private static PyType errorType() {
        PyType t = new PyType("LZMAError", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, false);
        t.module = "_lzma";
        t.finishInit();
        NativeTypes.put(t, "__doc__", "Call to liblzma failed.");
        return t;
    }

    static PyException error(String msg) {
        return Err.make(ERROR, msg);
    }

    /** {@code catch_lzma_error}'s messages for what XZ for Java throws. */
    static PyException error(IOException e) {
        if (e instanceof MemoryLimitException) {
            return error("Memory usage limit exceeded");
        }
        if (e instanceof XZFormatException) {
            return error("Input format not supported by decoder");
        }
        if (e instanceof UnsupportedOptionsException) {
            return error("Invalid or unsupported options");
        }
        return error("Corrupt input data");
    }

    public static PyModule create() {
        PyModule m = new PyModule("_lzma");
        m.put("LZMAError", ERROR);
        m.put("LZMACompressor", COMPRESSOR);
        m.put("LZMADecompressor", DECOMPRESSOR);
        Object[][] consts = {{"FORMAT_AUTO", 0L}, {"FORMAT_XZ", 1L}, {"FORMAT_ALONE", 2L}, {"FORMAT_RAW", 3L},
            {"CHECK_NONE", 0L}, {"CHECK_CRC32", 1L}, {"CHECK_CRC64", 4L}, {"CHECK_SHA256", 10L}, {"CHECK_ID_MAX", 15L},
            {"CHECK_UNKNOWN", 16L}, {"FILTER_LZMA1", LzmaFilters.LZMA1}, {"FILTER_LZMA2", LzmaFilters.LZMA2},
            {"FILTER_DELTA", 3L}, {"FILTER_X86", 4L}, {"FILTER_POWERPC", 5L}, {"FILTER_IA64", 6L}, {"FILTER_ARM", 7L},
            {"FILTER_ARMTHUMB", 8L}, {"FILTER_SPARC", 9L}, {"MF_HC3", 3L}, {"MF_HC4", 4L}, {"MF_BT2", 0x12L},
            {"MF_BT3", 0x13L}, {"MF_BT4", 0x14L}, {"MODE_FAST", 1L}, {"MODE_NORMAL", 2L}, {"PRESET_DEFAULT", 6L},
            {"PRESET_EXTREME", LzmaFilters.PRESET_EXTREME}};
        for (Object[] c : consts) {
            m.put((String) c[0], c[1]);
        }
        m.def("is_check_supported", (t, a, k) -> {
            long id = Buffers.integer(a, k, 0, "check_id", -1);
            return id == 0 || id == 1 || id == 4 || id == 10;
        });
        m.def("_encode_filter_properties", (t, a, k) ->
            new PyBytes(LzmaFilters.encodeProperties(LzmaFilters.parse(BuiltinArgs.get(a, k, 0, "filter", null)))));
        m.def("_decode_filter_properties", (t, a, k) -> LzmaFilters.decodeProperties(
            Buffers.integer(a, k, 0, "filter_id", 0), Buffers.bytes(BuiltinArgs.get(a, k, 1, "encoded_props", null),
                "_decode_filter_properties")));
        return m;
    }

    static final class Compressor extends NativeObj {
        final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        FinishableOutputStream out;
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        boolean flushed;

        Compressor(PyType cls) { super(cls); }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            int format = (int) Buffers.integer(a, k, 0, "format", FORMAT_XZ);
            long check = Buffers.integer(a, k, 1, "check", -1);
            Object presetObj = BuiltinArgs.get(a, k, 2, "preset", PyNone.NONE);
            Object filters = BuiltinArgs.get(a, k, 3, "filters", PyNone.NONE);
            if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE) {
                throw Err.value("Integrity checks are only supported by FORMAT_XZ");
            }
            if (presetObj != PyNone.NONE && filters != PyNone.NONE) {
                throw Err.value("Cannot specify both preset and filter chain");
            }
            long preset = presetObj == PyNone.NONE ? 6 : Buffers.integer(new Object[] {presetObj}, null, 0, "preset", 6);
            Compressor c = new Compressor(cls);
            FinishableWrapperOutputStream sink = new FinishableWrapperOutputStream(c.sink);
            try {
                switch (format) {
                    case FORMAT_XZ -> {
                        FilterOptions[] chain;
                        if (filters == PyNone.NONE) {
                            LZMA2Options o = LzmaFilters.preset(preset);
                            if (o == null) {
                                throw error("Invalid or unsupported options");
                            }
                            chain = new FilterOptions[] {o};
                        } else {
                            List<LzmaFilters.Filter> fs = LzmaFilters.chain(filters);
                            chain = fs.stream().map(LzmaFilters.Filter::options).toArray(FilterOptions[]::new);
                            if (fs.isEmpty() || fs.get(fs.size() - 1).id() != LzmaFilters.LZMA2) {
                                throw error("Invalid or unsupported options");
                            }
                        }
                        c.out = new XZOutputStream(sink, chain, check == -1 ? CHECK_CRC64 : (int) check);
                    }
                    case FORMAT_ALONE -> {
                        LZMA2Options o;
                        if (filters == PyNone.NONE) {
                            o = LzmaFilters.preset(preset);
                            if (o == null) {
                                throw error("Invalid compression preset: " + preset);
                            }
                        } else {
                            List<LzmaFilters.Filter> fs = LzmaFilters.chain(filters);
                            if (fs.size() != 1 || fs.get(0).id() != LzmaFilters.LZMA1) {
                                throw Err.value("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                            }
                            o = (LZMA2Options) fs.get(0).options();
                        }
                        c.out = new LZMAOutputStream(sink, o, -1L);
                    }
                    case FORMAT_RAW -> {
                        if (filters == PyNone.NONE) {
                            throw Err.value("Must specify filters for FORMAT_RAW");
                        }
                        List<LzmaFilters.Filter> fs = LzmaFilters.chain(filters);
                        if (fs.isEmpty()) {
                            throw error("Invalid or unsupported options");
                        }
                        c.out = LzmaFilters.rawEncoder(fs, sink);
                    }
                    default -> throw Err.value("Invalid container format: " + format);
                }
            } catch (IOException e) {
                throw error(e);
            }
            return c;
        }

        private byte[] take() {
            byte[] r = sink.toByteArray();
            sink.reset();
            return r;
        }

        byte[] compress(byte[] data) {
            return Bz2Module.locked(lock, () -> {
                if (flushed) {
                    throw Err.value("Compressor has been flushed");
                }
                return Bz2Module.withoutGil(() -> {
                    out.write(data);
                    return take();
                });
            });
        }

        byte[] flush() {
            return Bz2Module.locked(lock, () -> {
                if (flushed) {
                    throw Err.value("Repeated call to flush()");
                }
                flushed = true;
                return Bz2Module.withoutGil(() -> {
                    out.finish();
                    return take();
                });
            });
        }
    }

    static final class Decompressor extends NativeObj {
        final int format;
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        PushDecoder d;

        Decompressor(PyType cls, int format) {
            super(cls);
            this.format = format;
        }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            int format = (int) Buffers.integer(a, k, 0, "format", FORMAT_AUTO);
            Object memlimit = BuiltinArgs.get(a, k, 1, "memlimit", PyNone.NONE);
            Object filters = BuiltinArgs.get(a, k, 2, "filters", PyNone.NONE);
            if (memlimit != PyNone.NONE && format == FORMAT_RAW) {
                throw Err.value("Cannot specify memory limit with FORMAT_RAW");
            }
            if (format == FORMAT_RAW && filters == PyNone.NONE) {
                throw Err.value("Must specify filters for FORMAT_RAW");
            }
            if (format != FORMAT_RAW && filters != PyNone.NONE) {
                throw Err.value("Cannot specify filters except with FORMAT_RAW");
            }
            long limit = memlimit == PyNone.NONE ? -1 : Buffers.integer(new Object[] {memlimit}, null, 0, "memlimit", -1);
            int kib = limit < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, limit / 1024);
            Decompressor self = new Decompressor(cls, format);
            PushDecoder.Opener opener = switch (format) {
                case FORMAT_AUTO -> in -> {
                    PushbackInputStream p = new PushbackInputStream(in, 13);
                    int first = p.read();
                    if (first < 0) {
                        throw new CorruptedInputException();
                    }
                    p.unread(first);
                    return first == 0xFD ? new SingleXZInputStream(p, kib) : alone(p, kib, true);
                };
                case FORMAT_XZ -> in -> new SingleXZInputStream(in, kib);
                case FORMAT_ALONE -> in -> alone(in, kib, false);
                case FORMAT_RAW -> {
                    List<LzmaFilters.Filter> fs = LzmaFilters.chain(filters);
                    if (fs.isEmpty() || !fs.get(fs.size() - 1).isLzma()) {
                        throw error("Invalid or unsupported options");
                    }
                    yield in -> LzmaFilters.rawDecoder(fs, in);
                }
                default -> throw Err.value("Invalid container format: " + format);
            };
            self.d = new PushDecoder(opener);
            PushDecoder.CLEANER.register(self, self.d::close);
            return self;
        }

        long check() {
            if (format == FORMAT_RAW) {
                return CHECK_NONE;
            }
            InputStream in = d.decoder;
            if (in instanceof SingleXZInputStream x) {
                return x.getCheckType();
            }
            return in != null && format == FORMAT_AUTO ? CHECK_NONE : CHECK_UNKNOWN;
        }

        byte[] decompress(byte[] data, long max) {
            return Bz2Module.locked(lock, () -> {
                if (d.eof) {
                    throw Err.make(Types.get("EOFError"), "Already at end of stream");
                }
                try {
                    return d.decompress(data, max);
                } catch (PushDecoder.Failure f) {
                    throw error(f.cause);
                } finally {
                    java.lang.ref.Reference.reachabilityFence(this); // else the Cleaner may stop the worker mid-call
                }
            });
        }
    }

    /**
     * A {@code .lzma} decoder; {@code picky} checks the header as liblzma's auto decoder does (a
     * dictionary size of 2^n or 2^n+2^(n-1), a known size below 2^38), so that non-LZMA input is a
     * format error rather than corrupt data.
     */
    static InputStream alone(InputStream in, int kib, boolean picky) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 13);
        byte[] h = new byte[13];
        int n = 0;
        while (n < 13) {
            int r = p.read(h, n, 13 - n);
            if (r < 0) {
                throw new CorruptedInputException();
            }
            n += r;
        }
        p.unread(h);
        if ((h[0] & 0xff) >= 9 * 5 * 5) {
            throw new XZFormatException();
        }
        if (picky) {
            long dict = (h[1] & 0xffL) | (h[2] & 0xffL) << 8 | (h[3] & 0xffL) << 16 | (h[4] & 0xffL) << 24;
            long size = 0;
            for (int i = 0; i < 8; i++) {
                size |= (h[5 + i] & 0xffL) << (8 * i);
            }
            boolean dictOk = dict == 0xffffffffL || Long.bitCount(dict) == 1
                || Long.bitCount(dict) == 2 && Long.highestOneBit(dict) == Long.lowestOneBit(dict) << 1;
            if (!dictOk || size != -1 && Long.compareUnsigned(size, 1L << 38) >= 0) {
                throw new XZFormatException();
            }
        }
        return new LZMAInputStream(p, kib);
    }

    static {
        NativeTypes.def(COMPRESSOR, "compress", (t, a, k) ->
            new PyBytes(((Compressor) a[0]).compress(Buffers.bytes(BuiltinArgs.get(a, k, 1, "data", null), "compress"))));
        NativeTypes.def(COMPRESSOR, "flush", (t, a, k) -> new PyBytes(((Compressor) a[0]).flush()));
        NativeTypes.ready(COMPRESSOR);
        NativeTypes.def(DECOMPRESSOR, "decompress", (t, a, k) -> {
            byte[] data = Buffers.bytes(BuiltinArgs.get(a, k, 1, "data", null), "decompress");
            long max = Buffers.integer(a, k, 2, "max_length", -1);
            return new PyBytes(((Decompressor) a[0]).decompress(data, max));
        });
        NativeTypes.getter(DECOMPRESSOR, "check", o -> ((Decompressor) o).check());
        NativeTypes.getter(DECOMPRESSOR, "eof", o -> ((Decompressor) o).d.eof);
        NativeTypes.getter(DECOMPRESSOR, "unused_data", o -> new PyBytes(((Decompressor) o).d.unusedData));
        NativeTypes.getter(DECOMPRESSOR, "needs_input", o -> ((Decompressor) o).d.needsInput);
        NativeTypes.ready(DECOMPRESSOR);
    }
}
