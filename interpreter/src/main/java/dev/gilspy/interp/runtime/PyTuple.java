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
        /** Set when the class has {@code __del__} (see Finalizers). */
        Object delHook;
        Sub(PyType cls, Object[] items) {
            super(items);
            this.cls = cls;
        }
        @Override public PyType type() { return cls; }

        /** A subclass's own {@code __hash__} decides its hash, in a dict's map too. */
        @Override public int hashCode() {
            Object h = Hashing.userHash(cls);
            return h == null ? super.hashCode() : Long.hashCode(Hashing.callHash(h, this));
        }
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
        long h = pyHash();
        return (int) (h ^ (h >>> 32));
    }

    /** CPython's tuplehash (an xxHash64 round per item): hash((0, 0.5)) is CPython's own value. */
    public long pyHash() {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object o : items) {
            acc += Hashing.hash(o) * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public String toString() { return Arrays.toString(items); }
}
