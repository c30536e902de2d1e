package dev.gilspy.interp.runtime;

import java.util.Arrays;

/** Python {@code tuple}; Java equals/hashCode follow Python's so tuples work as dict keys. */
public class PyTuple extends PyObj {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object[] items) { this.items = items; }

    public static PyTuple of(Object... items) { return new PyTuple(items); }

    @Override public PyType type() { return Types.TUPLE; }

    public int size() { return items.length; }
    public Object get(int i) { return items[i]; }

    /** An instance of a Python class deriving from tuple (namedtuple). */
    static final class Sub extends PyTuple {
        final PyType cls;
        final PyDict attrs = new PyDict();
        Sub(PyType cls, Object[] items) {
            super(items);
            this.cls = cls;
        }
        @Override public PyType type() { return cls; }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyTuple t) || t.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!Ops.eq(items[i], t.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = 0x345678L;
        for (Object o : items) {
            h = h * 1000003L ^ Hashing.hash(o);
        }
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() { return Arrays.toString(items); }
}
