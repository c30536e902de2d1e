package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The streams behind {@code zlib}: a {@link Compressor} and a {@link Decompressor} that add the
 * framing {@code wbits} asks for (zlib header, none, or gzip header and trailer, which the JDK's
 * coders do not write), and the Python objects {@code compressobj()}/{@code decompressobj()} return.
 */
final class ZlibStreams {
    private ZlibStreams() {}

    private static final byte[] EMPTY = new byte[0];

    enum Framing { ZLIB, RAW, GZIP, AUTO }

    static Framing framing(int wbits, boolean decompress) {
        if (wbits >= 9 && wbits <= 15 || decompress && (wbits == 0 || wbits == 8)) {
            return Framing.ZLIB;
        }
        if (wbits >= -15 && wbits <= -9 || decompress && wbits == -8) {
            return Framing.RAW;
        }
        if (wbits >= 25 && wbits <= 31 || decompress && wbits == 24) {
            return Framing.GZIP;
        }
        if (decompress && wbits >= 40 && wbits <= 47) {
            return Framing.AUTO;
        }
        throw decompress ? ZlibModule.error("Error -2 while preparing to decompress data: inconsistent stream state")
            : Err.value("Invalid initialization option");
    }

    /** Deflate with the framing of {@code wbits}. */
    static final class Compressor {
        final Deflater deflater;
        final Framing framing;
        final int level;
        final CRC32 crc = new CRC32();
        long size;
        boolean started;
        boolean finished;

        Compressor(int level, int wbits, int strategy, byte[] dict) {
            if (level < -1 || level > 9) {
                throw ZlibModule.error("Bad compression level");
            }
            this.framing = framing(wbits, false);
            this.level = level;
            deflater = new Deflater(level, framing != Framing.ZLIB);
            deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
            if (dict != null) {
                deflater.setDictionary(dict);
            }
        }

        private void header(ByteArrayOutputStream out) {
            if (!started && framing == Framing.GZIP) {
                int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            started = true;
        }

        synchronized byte[] compress(byte[] data) {
            if (finished) {
                throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            crc.update(data);
            size += data.length;
            deflater.setInput(data);
            byte[] buf = new byte[16384];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        synchronized byte[] flush(int mode) {
            if (mode == 0 || finished) {
                return EMPTY;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            byte[] buf = new byte[16384];
            if (mode == 4) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buf, 0, deflater.deflate(buf));
                }
                deflater.end();
                if (framing == Framing.GZIP) {
                    long c = crc.getValue();
                    out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                        (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
                }
                finished = true;
                return out.toByteArray();
            }
            int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
            return out.toByteArray();
        }

        byte[] finish(byte[] data) {
            byte[] a = compress(data);
            byte[] b = flush(4);
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }
    }

    /** Inflate with the framing of {@code wbits}; gzip headers are read here, as zlib's inflate reads them. */
    static final class Decompressor {
        Inflater inflater;
        Framing framing;
        final byte[] dict;
        boolean eof;
        byte[] unusedData = EMPTY;
        byte[] unconsumedTail = EMPTY;
        private byte[] pendingHeader = EMPTY;
        private int trailerLeft;

        Decompressor(int wbits, byte[] dict) {
            framing = framing(wbits, true);
            this.dict = dict;
            inflater = new Inflater(framing == Framing.RAW || framing == Framing.GZIP);
            if (framing == Framing.RAW && dict != null) {
                inflater.setDictionary(dict);
            }
        }

        /** The gzip header's length in {@code b}, or -1 while it is incomplete. */
        private static int gzipHeader(byte[] b) {
            if (b.length < 10) {
                return -1;
            }
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
                throw ZlibModule.error("Error -3 while decompressing data: incorrect header check");
            }
            int flags = b[3] & 0xff;
            int p = 10;
            if ((flags & 4) != 0) {
                if (p + 2 > b.length) {
                    return -1;
                }
                p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (p < b.length && b[p] != 0) {
                        p++;
                    }
                    if (p >= b.length) {
                        return -1;
                    }
                    p++;
                }
            }
            if ((flags & 2) != 0) {
                p += 2;
            }
            return p > b.length ? -1 : p;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        /** Decompresses {@code data}, at most {@code maxLength} bytes of output when positive. */
        synchronized byte[] run(byte[] data, long maxLength) {
            byte[] input = data;
            if (eof) {
                input = takeTrailer(input);
                unusedData = concat(unusedData, input);
                return EMPTY;
            }
            if (framing == Framing.AUTO || framing == Framing.GZIP && pendingHeader != null) {
                byte[] all = concat(pendingHeader == null ? EMPTY : pendingHeader, input);
                if (framing == Framing.AUTO) {
                    if (all.length < 2) {
                        pendingHeader = all;
                        return EMPTY;
                    }
                    framing = (all[0] & 0xff) == 0x1f && (all[1] & 0xff) == 0x8b ? Framing.GZIP : Framing.ZLIB;
                    inflater = new Inflater(framing == Framing.GZIP);
                    if (framing == Framing.ZLIB) {
                        pendingHeader = null;
                        input = all;
                    }
                }
                if (framing == Framing.GZIP) {
                    int h = gzipHeader(all);
                    if (h < 0) {
                        pendingHeader = all;
                        return EMPTY;
                    }
                    pendingHeader = null;
                    trailerLeft = 8;
                    input = Arrays.copyOfRange(all, h, all.length);
                }
            }
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            try {
                while (true) {
                    int room = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room <= 0) {
                        break;
                    }
                    int n = inflater.inflate(buf, 0, room);
                    out.write(buf, 0, n);
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (dict == null) {
                                throw ZlibModule.error("Error 2 while decompressing data");
                            }
                            inflater.setDictionary(dict);
                            continue;
                        }
                        if (inflater.finished() || inflater.needsInput()) {
                            break;
                        }
                    }
                }
            } catch (DataFormatException e) {
                throw ZlibModule.error("Error -3 while decompressing data: " + e.getMessage());
            }
            byte[] rest = Arrays.copyOfRange(input, input.length - inflater.getRemaining(), input.length);
            if (inflater.finished()) {
                eof = true;
                unconsumedTail = EMPTY;
                unusedData = concat(unusedData, takeTrailer(rest));
            } else {
                unconsumedTail = rest;
            }
            return out.toByteArray();
        }

        private byte[] takeTrailer(byte[] rest) {
            if (framing != Framing.GZIP || trailerLeft == 0) {
                return rest;
            }
            int n = Math.min(trailerLeft, rest.length);
            trailerLeft -= n;
            return Arrays.copyOfRange(rest, n, rest.length);
        }
    }

    static final PyType COMPRESS = compressType();
    static final PyType DECOMPRESS = decompressType();

    static final class CompressObj extends PyObj {
        final Compressor c;
        CompressObj(Compressor c) { this.c = c; }
        @Override public PyType type() { return COMPRESS; }
    }

    static final class DecompressObj extends PyObj {
        final Decompressor d;
        DecompressObj(Decompressor d) { this.d = d; }
        @Override public PyType type() { return DECOMPRESS; }
    }

    private static PyType compressType() {
        PyType t = new PyType("Compress", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "zlib";
        t.define("compress", new PyBuiltin("compress", (th, a, k) -> {
            Compressor c = ((CompressObj) a[0]).c;
            byte[] data = Buffers.bytes(a[1], "compress");
            return new PyBytes(ZlibModule.withoutGil(() -> c.compress(data)));
        }));
        t.define("flush", new PyBuiltin("flush", (th, a, k) -> {
            Compressor c = ((CompressObj) a[0]).c;
            int mode = (int) Buffers.integer(a, k, 1, "mode", 4);
            return new PyBytes(ZlibModule.withoutGil(() -> c.flush(mode)));
        }));
        t.finishInit();
        return t;
    }

    private static PyType decompressType() {
        PyType t = new PyType("Decompress", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "zlib";
        t.define("decompress", new PyBuiltin("decompress", (th, a, k) -> {
            Decompressor d = ((DecompressObj) a[0]).d;
            byte[] data = Buffers.bytes(a[1], "decompress");
            long max = Buffers.integer(a, k, 2, "max_length", 0);
            if (max < 0) {
                throw Err.value("max_length must be non-negative");
            }
            return new PyBytes(ZlibModule.withoutGil(() -> d.run(data, max)));
        }));
        t.define("flush", new PyBuiltin("flush", (th, a, k) -> {
            Decompressor d = ((DecompressObj) a[0]).d;
            long length = Buffers.integer(a, k, 1, "length", 16384);
            if (length <= 0) {
                throw Err.value("length must be greater than zero");
            }
            byte[] tail = d.unconsumedTail;
            return new PyBytes(ZlibModule.withoutGil(() -> d.run(tail, 0)));
        }));
        t.defineGetter("unused_data", o -> new PyBytes(((DecompressObj) o).d.unusedData));
        t.defineGetter("unconsumed_tail", o -> new PyBytes(((DecompressObj) o).d.unconsumedTail));
        t.defineGetter("eof", o -> ((DecompressObj) o).d.eof);
        t.finishInit();
        return t;
    }
}
