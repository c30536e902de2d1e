package dev.gilspy.interp.runtime.codec;

import java.util.Arrays;

/** A growable byte buffer: what an encoder writes into. */
public final class ByteOut {
    private byte[] buf;
    private int len;

    public ByteOut(int capacity) { buf = new byte[Math.max(16, capacity)]; }

    public void put(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
    }

    public void put(byte[] b) {
        for (byte x : b) {
            put(x);
        }
    }

    public void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    public int length() { return len; }

    public byte[] toArray() { return Arrays.copyOf(buf, len); }
}
