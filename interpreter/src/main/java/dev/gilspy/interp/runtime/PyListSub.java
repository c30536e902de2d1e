package dev.gilspy.interp.runtime;

/** An instance of a Python class that derives from {@code list}. */
final class PyListSub extends PyList {
    final PyType cls;
    final PyDict attrs = new PyDict();

    PyListSub(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    /** Hashable only when the subclass defines {@code __hash__} (CPython looks tp_hash up on the type). */
    @Override public int hashCode() {
        Object h = Hashing.userHash(cls);
        if (h == null) {
            throw Err.type("unhashable type: '" + cls.name + "'");
        }
        return Long.hashCode(Hashing.callHash(h, this));
    }

    /** As a dict key (only with its own {@code __hash__}): Python's {@code ==}. */
    @Override public boolean equals(Object o) {
        return o == this || o instanceof PyObj && Ops.eq(this, o);
    }
}
