package dev.gilspy.interp.runtime;

import java.util.Arrays;

/** Python {@code bytes} (immutable) and {@code bytearray} (mutable flag). */
public class PyBytes extends PyObj {
    /**
     * The bytes: {@code buf[start, start + len)}. A bytearray that grows (append, extend, +=)
     * keeps spare room past its end, as CPython's over-allocating PyByteArray_Resize does, and
     * one that loses a prefix ({@code del b[:n]}) moves {@code start}, as CPython's
     * {@code ob_start} does, so a loop of appends, or of reads from the front, is linear: each
     * one copied the whole array before (400,000 appends took 6 s). {@link #data()} trims the
     * spare room away before it hands the array out, so every reader sees an array exactly as
     * long as the value, as before.
     */
    private byte[] buf;
    private int start;
    private int len;
    final boolean mutable;

    public PyBytes(byte[] data) { this(data, false); }
    PyBytes(byte[] data, boolean mutable) { this.buf = data; this.len = data.length; this.mutable = mutable; }

    @Override public PyType type() { return mutable ? Types.BYTEARRAY : Types.BYTES; }

    /** An instance of a Python class that derives from {@code bytes} or {@code bytearray}: its class and attribute dict. */
    static final class Sub extends PyBytes {
        final PyType cls;
        final PyDict attrs = new PyDict();
        /** Set when the class has {@code __del__} (see Finalizers). */
        Object delHook;

        Sub(PyType cls, byte[] data, boolean mutable) {
            super(data, mutable);
            this.cls = cls;
        }

        @Override public PyType type() { return cls; }

        /** A subclass's own {@code __hash__} decides its hash, in a dict's map too. */
        @Override public int hashCode() {
            Object h = Hashing.userHash(cls); // a bytearray subclass too: its own __hash__ makes it hashable
            if (h == null && mutable) {
                throw Err.type("unhashable type: '" + cls.name + "'");
            }
            return h == null ? super.hashCode() : Long.hashCode(Hashing.callHash(h, this));
        }
    }

    /** The bytes, as an array exactly as long as the value (the live one: writes into it are the value's). */
    public byte[] data() {
        if (start != 0 || buf.length != len) {
            buf = Arrays.copyOfRange(buf, start, start + len);
            start = 0;
        }
        return buf;
    }

    /** Replaces the bytes with {@code d} (the array itself, not a copy). */
    public void setData(byte[] d) {
        buf = d;
        start = 0;
        len = d.length;
    }

    /** The byte at {@code i} (0 <= i < length), unsigned, without trimming. */
    int byteAt(int i) {
        return buf[start + i] & 0xff;
    }

    /** The length in bytes, without trimming. */
    public int length() {
        return len;
    }

    /** Appends {@code n} bytes of {@code add} from {@code from}, growing the buffer by half again when full. */
    void appendBytes(byte[] add, int from, int n) {
        ensureRoom(n);
        System.arraycopy(add, from, buf, start + len, n);
        len += n;
    }

    void appendByte(byte b) {
        ensureRoom(1);
        buf[start + len++] = b;
    }

    private void ensureRoom(int n) {
        long need = (long) len + n;
        if (need > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        if (start + need > buf.length) {
            long cap = Math.min(Integer.MAX_VALUE - 8, Math.max(need, len + (len >> 1) + 8L));
            byte[] grown = new byte[(int) cap];
            System.arraycopy(buf, start, grown, 0, len);
            buf = grown;
            start = 0;
        }
    }

    /** Drops the first {@code n} bytes (0 <= n <= length) without copying the rest. */
    void dropPrefix(int n) {
        start += n;
        len -= n;
        if (len == 0) {
            start = 0;
        }
    }

    @Override public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(b.data(), data()); }
    @Override public int hashCode() {
        if (mutable) {
            throw Err.type("unhashable type: 'bytearray'");
        }
        return Arrays.hashCode(data());
    }

    String repr() {
        StringBuilder sb = new StringBuilder(mutable ? type().name + "(b'" : "b'");
        boolean dq = false;
        for (byte b : data()) {
            if (b == '\'') {
                dq = true;
            }
        }
        boolean hasDouble = false;
        for (byte b : data()) {
            if (b == '"') {
                hasDouble = true;
            }
        }
        char q = dq && !hasDouble ? '"' : '\'';
        sb.setCharAt(sb.length() - 1, q);
        for (byte x : data()) {
            int c = x & 0xff;
            if (c == q || c == '\\' || mutable && c == '\'') { // bytearray_repr escapes ' even inside "..."
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 32 || c >= 127) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        sb.append(q);
        if (mutable) {
            sb.append(')');
        }
        return sb.toString();
    }
}
