package dev.gilspy.interp.runtime;

/**
 * An object of a type that a native module defines in Java ({@code _collections.deque},
 * {@code _functools.partial}, {@code _weakref.ref}, ...), the way a C extension type is a
 * {@code PyObject} with its own struct. The type is carried per object so that Python subclasses
 * of the native type share the Java layout; instances of such subclasses (and of native types that
 * CPython gives a {@code __dict__}) get an attribute dict.
 *
 * <p>The protocol reaches these objects through their type's dunders (written as
 * {@link PyBuiltin}s), except truth and rich comparison, which the fast paths in {@link Ops} and
 * {@link Compare} ask of {@link #truthy()} and {@link #compare} directly.
 */
public abstract class NativeObj extends PyObj implements NativeAttrs {
    protected final PyType cls;
    private PyDict attrs;

    protected NativeObj(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    /** CPython's {@code tp_dictoffset != 0}: true for subclasses defined in Python. */
    protected boolean hasDict() { return !cls.builtin; }

    @Override
    public final PyDict instanceDict() {
        if (attrs == null && hasDict()) {
            attrs = new PyDict();
        }
        return attrs;
    }

    /** Replaces the attribute dict (CPython's {@code Py_XSETREF(self->dict, d)}); null drops it. */
    protected final void setInstanceDict(PyDict d) {
        attrs = d;
    }

    /** A Python subclass's {@code __hash__} decides, as for {@link PyInstance}; otherwise identity. */
    @Override
    public int hashCode() {
        Object h = cls.lookup("__hash__");
        if (h == PyNone.NONE) {
            throw Err.type("unhashable type: '" + (cls.builtin ? cls.module + "." + cls.name : cls.name) + "'");
        }
        if (h instanceof PyFunction) {
            return Long.hashCode(Ops.toLong(Ops.call(PyThread.current(), h, new Object[] {this}, null)));
        }
        return System.identityHashCode(this);
    }

    /** A Python subclass's {@code __eq__} decides; otherwise identity. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        Object eq = cls.builtin ? null : cls.lookup("__eq__");
        if (eq instanceof PyFunction) {
            Object r = Ops.call(PyThread.current(), eq, new Object[] {this, o}, null);
            return r != Types.NOT_IMPLEMENTED && Ops.truthy(r);
        }
        return false;
    }

    /** {@code nb_bool}/{@code sq_length} for truth. */
    public boolean truthy() { return true; }

    /** {@code tp_richcompare}: a result, or {@link Types#NOT_IMPLEMENTED}. */
    public Object compare(Compare op, Object other) { return Types.NOT_IMPLEMENTED; }
}
