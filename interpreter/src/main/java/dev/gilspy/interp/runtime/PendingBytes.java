package dev.gilspy.interp.runtime;

import java.util.Arrays;

/**
 * A file's write buffer: a growable byte array without {@code ByteArrayOutputStream}'s monitor,
 * which every {@code size()} and {@code write} took (the buffer is only touched under the file's
 * own lock). Its array is kept between flushes, as a BufferedWriter keeps its buffer.
 */
final class PendingBytes {
    private byte[] buf = new byte[256];
    private int count;

    int size() {
        return count;
    }

    void append(byte[] b) {
        int need = count + b.length;
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, Math.min(buf.length * 2, Integer.MAX_VALUE - 8)));
        }
        System.arraycopy(b, 0, buf, count, b.length);
        count = need;
    }

    /** The pending bytes (a copy), the buffer left empty. */
    byte[] take() {
        byte[] out = Arrays.copyOf(buf, count);
        count = 0;
        return out;
    }
}
