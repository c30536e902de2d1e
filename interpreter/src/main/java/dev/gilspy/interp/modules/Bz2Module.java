package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * {@code _bz2} ({@code Modules/_bz2module.c}): {@code BZ2Compressor} and {@code BZ2Decompressor},
 * under CPython's {@code bz2.py} (so {@code bz2}, {@code tarfile}'s {@code :bz2} modes,
 * {@code shutil.make_archive('bztar')} and the {@code bz2_codec} work), on commons-compress's
 * pure-Java BZip2 coder. Like CPython, each call holds the object's lock and drops the GIL around
 * the coding ({@code Py_BEGIN_ALLOW_THREADS} around {@code BZ2_bzCompress}/{@code BZ2_bzDecompress});
 * the decompressor is a {@link PushDecoder}. Errors are CPython's: a corrupt stream is
 * {@code OSError("Invalid data stream")}.
 */
public final class Bz2Module {
    private Bz2Module() {}

    static final PyType COMPRESSOR = NativeTypes.newType("BZ2Compressor", "_bz2", null, Compressor::construct);
    static final PyType DECOMPRESSOR = NativeTypes.newType("BZ2Decompressor", "_bz2", null, Decompressor::construct);

    public static PyModule create() {
        PyModule m = new PyModule("_bz2");
        m.put("BZ2Compressor", COMPRESSOR);
        m.put("BZ2Decompressor", DECOMPRESSOR);
        return m;
    }

    static final class Compressor extends NativeObj {
        final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        final BZip2CompressorOutputStream out;
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        boolean flushed;

        Compressor(PyType cls, int level) {
            super(cls);
            try {
                out = new BZip2CompressorOutputStream(sink, level);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            if (k != null && k.length > 0) {
                throw Err.type("BZ2Compressor() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw Err.type("BZ2Compressor expected at most 1 argument, got " + a.length);
            }
            long level = Buffers.integer(a, null, 0, "compresslevel", 9);
            if (level < 1 || level > 9) {
                throw Err.value("compresslevel must be between 1 and 9");
            }
            return new Compressor(cls, (int) level);
        }

        /** What the coder wrote since the last call. */
        private byte[] take() {
            byte[] r = sink.toByteArray();
            sink.reset();
            return r;
        }

        byte[] compress(byte[] data) {
            return locked(lock, () -> {
                if (flushed) {
                    throw Err.value("Compressor has been flushed");
                }
                return withoutGil(() -> {
                    out.write(data);
                    return take();
                });
            });
        }

        byte[] flush() {
            return locked(lock, () -> {
                if (flushed) {
                    throw Err.value("Repeated call to flush()");
                }
                flushed = true;
                return withoutGil(() -> {
                    out.finish();
                    return take();
                });
            });
        }
    }

    /**
     * Runs {@code body} holding the object's lock, taken as CPython's {@code ACQUIRE_LOCK} takes it:
     * at once when free, else waiting with the GIL released (another thread that holds it may be
     * coding without the GIL and need the GIL back to return).
     */
    static <T> T locked(java.util.concurrent.locks.ReentrantLock lock, java.util.function.Supplier<T> body) {
        if (!lock.tryLock()) {
            PyThread t = PyThread.current();
            t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
            try {
                lock.lock();
            } finally {
                t.ts.endAllowThreads();
            }
        }
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    interface IoWork {
        byte[] run() throws IOException;
    }

    static byte[] withoutGil(IoWork work) {
        PyThread t = PyThread.current();
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    static final class Decompressor extends NativeObj {
        final PushDecoder d = new PushDecoder(in -> new BZip2CompressorInputStream(in, false));
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

        Decompressor(PyType cls) {
            super(cls);
            PushDecoder.CLEANER.register(this, d::close);
        }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            if (a.length > 0 || k != null && k.length > 0) {
                throw Err.type(a.length > 0 ? "BZ2Decompressor() takes no positional arguments"
                    : "BZ2Decompressor() takes no keyword arguments");
            }
            return new Decompressor(cls);
        }

        byte[] decompress(byte[] data, long max) {
            return locked(lock, () -> {
                if (d.eof) {
                    throw Err.make(Types.get("EOFError"), "End of stream already reached");
                }
                try {
                    return d.decompress(data, max);
                } catch (PushDecoder.Failure f) {
                    throw invalid();
                } finally {
                    java.lang.ref.Reference.reachabilityFence(this); // else the Cleaner may stop the worker mid-call
                }
            });
        }
    }

    static PyException invalid() {
        return Err.make(Types.OSError, "Invalid data stream");
    }

    static {
        NativeTypes.def(COMPRESSOR, "compress", (t, a, k) ->
            new PyBytes(((Compressor) a[0]).compress(Buffers.bytes(BuiltinArgs.get(a, k, 1, "data", null), "compress"))));
        NativeTypes.def(COMPRESSOR, "flush", (t, a, k) -> new PyBytes(((Compressor) a[0]).flush()));
        NativeTypes.put(COMPRESSOR, "__doc__", "Create a compressor object for compressing data incrementally.\n\n"
            + "  compresslevel\n    Compression level, as a number between 1 and 9.\n\n"
            + "For one-shot compression, use the compress() function instead.");
        NativeTypes.ready(COMPRESSOR);
        NativeTypes.def(DECOMPRESSOR, "decompress", (t, a, k) -> {
            byte[] data = Buffers.bytes(BuiltinArgs.get(a, k, 1, "data", null), "decompress");
            long max = Buffers.integer(a, k, 2, "max_length", -1);
            return new PyBytes(((Decompressor) a[0]).decompress(data, max));
        });
        NativeTypes.getter(DECOMPRESSOR, "eof", o -> ((Decompressor) o).d.eof);
        NativeTypes.getter(DECOMPRESSOR, "unused_data", o -> new PyBytes(((Decompressor) o).d.unusedData));
        NativeTypes.getter(DECOMPRESSOR, "needs_input", o -> ((Decompressor) o).d.needsInput);
        NativeTypes.put(DECOMPRESSOR, "__doc__", "Create a decompressor object for decompressing data incrementally.\n\n"
            + "For one-shot decompression, use the decompress() function instead.");
        NativeTypes.ready(DECOMPRESSOR);
    }
}
