package dev.gilspy.interp.runtime;

/** An instance of a Python class that derives from {@code list}. */
final class PyListSub extends PyList {
    final PyType cls;
    final PyDict attrs = new PyDict();
    /** Set when the class has {@code __del__} (see Finalizers). */
    Object delHook;

    PyListSub(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    @Override public int hashCode() { return Hashing.subclassHash(cls, this); }

    @Override public boolean equals(Object o) { return Hashing.subclassEquals(this, o); }
}
