package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.PyThread;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * CPython's push-style decompressor ({@code decompress(data, max_length)}, {@code needs_input},
 * {@code eof}, {@code unused_data}, as {@code _bz2.BZ2Decompressor} and {@code _lzma.LZMADecompressor}
 * serve them) over a pull-style Java decoder (an {@link InputStream} that reads compressed bytes
 * from another stream: commons-compress's BZip2, XZ for Java's XZ/LZMA).
 *
 * <p>A Java decoder keeps its state on its own stack while it waits for input, so it runs on a
 * daemon worker thread of its own, reading from a feed that blocks when empty. A call hands the
 * worker its input and waits, with the GIL released as CPython's C code releases it around
 * {@code BZ2_bzDecompress}/{@code lzma_code}, until the worker has produced {@code max_length}
 * bytes, reached the end of the stream, failed, or waits for input the caller has not given
 * ({@code needs_input}). The worker only decodes while a call waits for it, so it never runs ahead
 * of what the caller asked for. The feed hands out exactly the bytes the decoder asks for, so what
 * is left in it at the end of the stream is {@code unused_data}. A decompressor dropped before its
 * end stops its worker when the object is collected ({@link #CLEANER}).
 */
final class PushDecoder {
    /** Opens the Java decoder over the compressed bytes. */
    interface Opener {
        InputStream open(InputStream compressed) throws IOException;
    }

    static final Cleaner CLEANER = Cleaner.create();

    private final Opener opener;
    private final ArrayDeque<byte[]> input = new ArrayDeque<>();
    private int headPos;
    private long inputBytes;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** How many pending bytes the waiting call wants; the worker rests at 0. */
    private long target;
    private boolean starved;
    private boolean done;
    private boolean closed;
    private IOException failure;
    private RuntimeException crash;
    private Thread worker;
    /** Set by the worker once the decoder is open (the XZ check is known then). */
    volatile InputStream decoder;

    // what the last call found, read by the Python object's getters (under the caller's GIL)
    boolean eof;
    boolean needsInput = true;
    byte[] unusedData = new byte[0];

    PushDecoder(Opener opener) {
        this.opener = opener;
    }

    /** The result of one {@link #decompress} call. */
    static final class Failure extends Exception {
        final IOException cause;
        Failure(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /**
     * Adds {@code data} and returns up to {@code maxLength} decoded bytes (all when negative).
     * Call with the GIL held; it is released while the worker decodes.
     */
    byte[] decompress(byte[] data, long maxLength) throws Failure {
        PyThread t = PyThread.current();
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return run(data, maxLength < 0 ? Long.MAX_VALUE : maxLength);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    private synchronized byte[] run(byte[] data, long want) throws Failure {
        if (data.length > 0) {
            input.add(data);
            inputBytes += data.length;
            starved = false;
        }
        if (worker == null) {
            worker = new Thread(this::work, "gilspy-decompressor");
            worker.setDaemon(true);
            worker.start();
        }
        target = want;
        notifyAll();
        boolean interrupted = false;
        while (pending.size() < want && !done && failure == null && crash == null && !(starved && inputBytes == 0) && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        target = 0;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (crash != null) {
            throw crash;
        }
        byte[] all = pending.toByteArray();
        int n = (int) Math.min(all.length, want);
        pending.reset();
        pending.write(all, n, all.length - n);
        byte[] out = n == all.length ? all : Arrays.copyOf(all, n);
        if (failure != null && pending.size() == 0) {
            IOException f = failure;
            needsInput = false;
            throw new Failure(f);
        }
        eof = done && pending.size() == 0;
        if (eof) {
            needsInput = false;
            unusedData = drainInput();
        } else {
            needsInput = pending.size() == 0 && starved && inputBytes == 0;
        }
        return out;
    }

    private byte[] drainInput() {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        for (byte[] b : input) {
            rest.write(b, headPos, b.length - headPos);
            headPos = 0;
        }
        input.clear();
        inputBytes = 0;
        return rest.toByteArray();
    }

    /** Stops the worker (the object was collected, or the stream ended). */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void work() {
        try {
            InputStream in = opener.open(feed);
            decoder = in;
            byte[] buf = new byte[65536];
            while (true) {
                long room;
                synchronized (this) {
                    while ((room = target - pending.size()) <= 0 && !closed) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                }
                int n = in.read(buf, 0, (int) Math.min(buf.length, room));
                synchronized (this) {
                    if (n < 0) {
                        done = true;
                        notifyAll();
                        return;
                    }
                    pending.write(buf, 0, n);
                    notifyAll();
                }
            }
        } catch (Closed | InterruptedException e) {
            // the object is gone
        } catch (IOException e) {
            synchronized (this) {
                failure = e;
                notifyAll();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            synchronized (this) {
                crash = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                notifyAll();
            }
        }
    }

    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private final InputStream feed = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            synchronized (PushDecoder.this) {
                while (inputBytes == 0) {
                    if (closed) {
                        throw new Closed();
                    }
                    starved = true;
                    PushDecoder.this.notifyAll();
                    try {
                        PushDecoder.this.wait();
                    } catch (InterruptedException e) {
                        throw new Closed();
                    }
                }
                byte[] head = input.peek();
                int n = Math.min(len, head.length - headPos);
                System.arraycopy(head, headPos, b, off, n);
                headPos += n;
                inputBytes -= n;
                if (headPos == head.length) {
                    input.poll();
                    headPos = 0;
                }
                return n;
            }
        }
    };
}
