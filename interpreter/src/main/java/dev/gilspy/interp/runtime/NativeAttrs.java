package dev.gilspy.interp.runtime;

/**
 * A Java-laid-out object that may carry a Python attribute dict (a subclass instance of a native
 * type, or a native type with {@code __dict__}); null when it has none.
 */
public interface NativeAttrs {
    PyDict instanceDict();
}
