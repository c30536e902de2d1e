package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.function.Supplier;

/**
 * {@code zlib} (CPython's {@code Modules/zlibmodule.c}) on {@link java.util.zip.Deflater} and
 * {@link java.util.zip.Inflater}, which wrap the same zlib: {@code compress}/{@code decompress} in
 * zlib, raw ({@code wbits} &lt; 0) and gzip ({@code wbits} 16+) framing, {@code compressobj}/
 * {@code decompressobj} ({@link ZlibStreams}), {@code crc32}/{@code adler32} and the constants.
 * Like CPython it drops the GIL around the deflate/inflate of each call ({@link #withoutGil}), and
 * each stream object has a lock of its own, as CPython's {@code ENTER_ZLIB} takes.
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final PyType ERROR = excType();
    /** {@code zlib_crc32_impl} and {@code zlib_adler32_impl} keep the GIL for buffers up to 5 KiB: dropping it costs more. */
    static final int CHECKSUM_GIL_MINSIZE = 5 * 1024;

    private static PyType excType() {
        PyType t = new PyType("error", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, false);
        t.module = "zlib";
        t.finishInit();
        return t;
    }

    static PyException error(String msg) { return Err.make(ERROR, msg); }

    /** Runs compression work with the GIL released, as {@code Py_BEGIN_ALLOW_THREADS} around deflate()/inflate(). */
    static <T> T withoutGil(Supplier<T> work) {
        PyThread t = PyThread.current();
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return work.get();
        } finally {
            t.ts.endAllowThreads();
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("zlib");
        m.put("error", ERROR);
        Object[][] consts = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L},
            {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L},
            {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L},
            {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L},
            {"Z_BLOCK", 5L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.2.13"}, {"ZLIB_RUNTIME_VERSION", "1.2.13"}};
        for (Object[] c : consts) {
            m.put((String) c[0], c[1]);
        }
        m.def("crc32", (t, a, k) -> {
            byte[] data = Buffers.bytes(a[0], "crc32");
            long start = Buffers.integer(a, k, 1, "value", 0);
            return data.length > CHECKSUM_GIL_MINSIZE ? withoutGil(() -> Checksums.crc32(data, start)) : Checksums.crc32(data, start);
        });
        m.def("adler32", (t, a, k) -> {
            byte[] data = Buffers.bytes(a[0], "adler32");
            long start = Buffers.integer(a, k, 1, "value", 1);
            return data.length > CHECKSUM_GIL_MINSIZE ? withoutGil(() -> Checksums.adler32(data, start)) : Checksums.adler32(data, start);
        });
        m.def("compress", (t, a, k) -> {
            byte[] data = Buffers.bytes(BuiltinArgs.get(a, k, 0, "data", null), "compress");
            int level = (int) Buffers.integer(a, k, 1, "level", -1);
            int wbits = (int) Buffers.integer(a, k, 2, "wbits", 15);
            ZlibStreams.Compressor c = new ZlibStreams.Compressor(level, wbits, 0, null);
            return new PyBytes(withoutGil(() -> c.finish(data)));
        });
        m.def("decompress", (t, a, k) -> {
            byte[] data = Buffers.bytes(BuiltinArgs.get(a, k, 0, "data", null), "decompress");
            int wbits = (int) Buffers.integer(a, k, 1, "wbits", 15);
            long bufsize = Buffers.integer(a, k, 2, "bufsize", 16384);
            if (bufsize < 0) {
                throw Err.value("bufsize must be non-negative");
            }
            ZlibStreams.Decompressor d = new ZlibStreams.Decompressor(wbits, null);
            byte[] out = withoutGil(() -> d.run(data, 0));
            if (!d.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        m.def("compressobj", (t, a, k) -> {
            int level = (int) Buffers.integer(a, k, 0, "level", -1);
            long method = Buffers.integer(a, k, 1, "method", 8);
            int wbits = (int) Buffers.integer(a, k, 2, "wbits", 15);
            Buffers.integer(a, k, 3, "memLevel", 8);
            int strategy = (int) Buffers.integer(a, k, 4, "strategy", 0);
            Object zdict = BuiltinArgs.get(a, k, 5, "zdict", PyNone.NONE);
            if (method != 8) {
                throw error("Error -2 while creating compression object: stream error");
            }
            byte[] dict = zdict == PyNone.NONE ? null : Buffers.bytes(zdict, "compressobj");
            return new ZlibStreams.CompressObj(new ZlibStreams.Compressor(level, wbits, strategy, dict));
        });
        m.def("decompressobj", (t, a, k) -> {
            int wbits = (int) Buffers.integer(a, k, 0, "wbits", 15);
            Object zdict = BuiltinArgs.get(a, k, 1, "zdict", PyNone.NONE);
            byte[] dict = zdict == PyNone.NONE ? null : Buffers.bytes(zdict, "decompressobj");
            return new ZlibStreams.DecompressObj(new ZlibStreams.Decompressor(wbits, dict));
        });
        return m;
    }
}
