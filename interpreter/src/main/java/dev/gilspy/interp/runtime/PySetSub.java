package dev.gilspy.interp.runtime;

/** An instance of a Python subclass of {@code set} or {@code frozenset}: the set, its class and its attribute dict. */
final class PySetSub extends PySet {
    final PyType cls;
    final PyDict attrs = new PyDict();
    /** Set when the class has {@code __del__} (see Finalizers). */
    Object delHook;

    PySetSub(PyType cls, boolean frozen) {
        super(frozen);
        this.cls = cls;
    }

    @Override public PyType type() { return cls; }
}
