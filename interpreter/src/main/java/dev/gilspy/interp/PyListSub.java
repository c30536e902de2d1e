package dev.gilspy.interp;

import java.util.HashMap;

/** An instance of a Python class that derives from {@code list}. */
final class PyListSub extends PyList {
    final PyType cls;
    final HashMap<String, Object> attrs = new HashMap<>();

    PyListSub(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }
}
