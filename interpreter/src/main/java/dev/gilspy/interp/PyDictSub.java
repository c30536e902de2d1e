package dev.gilspy.interp;

import java.util.HashMap;

/** An instance of a Python class that derives from {@code dict} (defaultdict, Counter, ...). */
final class PyDictSub extends PyDict {
    final PyType cls;
    final HashMap<String, Object> attrs = new HashMap<>();

    PyDictSub(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }
}
