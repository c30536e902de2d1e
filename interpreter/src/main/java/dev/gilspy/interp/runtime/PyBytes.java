package dev.gilspy.interp.runtime;

import java.util.Arrays;

/** Python {@code bytes} (immutable) and {@code bytearray} (mutable flag). */
public class PyBytes extends PyObj {
    public byte[] data;
    final boolean mutable;

    public PyBytes(byte[] data) { this(data, false); }
    PyBytes(byte[] data, boolean mutable) { this.data = data; this.mutable = mutable; }

    @Override public PyType type() { return mutable ? Types.BYTEARRAY : Types.BYTES; }

    /** An instance of a Python class that derives from {@code bytes} or {@code bytearray}: its class and attribute dict. */
    static final class Sub extends PyBytes {
        final PyType cls;
        final PyDict attrs = new PyDict();

        Sub(PyType cls, byte[] data, boolean mutable) {
            super(data, mutable);
            this.cls = cls;
        }

        @Override public PyType type() { return cls; }
    }

    public byte[] data() { return data; }

    @Override public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(b.data, data); }
    @Override public int hashCode() {
        if (mutable) {
            throw Err.type("unhashable type: 'bytearray'");
        }
        return Arrays.hashCode(data);
    }

    String repr() {
        StringBuilder sb = new StringBuilder(mutable ? type().name + "(b'" : "b'");
        boolean dq = false;
        for (byte b : data) {
            if (b == '\'') {
                dq = true;
            }
        }
        boolean hasDouble = false;
        for (byte b : data) {
            if (b == '"') {
                hasDouble = true;
            }
        }
        char q = dq && !hasDouble ? '"' : '\'';
        sb.setCharAt(sb.length() - 1, q);
        for (byte x : data) {
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
