package dev.gilspy.interp.runtime;

/**
 * An object a native constructor builds with its base type's layout that can take the Python subclass
 * it was built for: CPython's {@code tp_alloc(type)} in a {@code tp_new} gives the subclass from the
 * start; a Java constructor that knows only its base calls this once, before anyone sees the object.
 */
public interface Retypable {
    /** From now on {@code type(self)} is {@code cls}, a Python subclass, and the object has a {@code __dict__}. */
    void retype(PyType cls);
}
