package dev.gilspy.interp.runtime;

/**
 * An instance of a Python class deriving from {@code str}, {@code int} or {@code float}: a normal
 * instance (own attributes, methods) wrapping the Java value, which the runtime unwraps wherever
 * the class does not override the operation.
 */
public final class PyValueSub extends PyInstance {
    final Object value;

    PyValueSub(PyType cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The Java value of a str/int/float subclass instance; anything else as it is. */
    public static Object unwrap(Object o) {
        return o instanceof PyValueSub v ? v.value : o;
    }

    @Override
    public boolean equals(Object o) {
        if (cls.lookup("__eq__") instanceof PyFunction) {
            return super.equals(o);
        }
        return Ops.eq(value, unwrap(o));
    }

    @Override
    public int hashCode() {
        if (cls.lookup("__hash__") instanceof PyFunction) {
            return super.hashCode();
        }
        return Long.hashCode(Hashing.hash(value));
    }
}
