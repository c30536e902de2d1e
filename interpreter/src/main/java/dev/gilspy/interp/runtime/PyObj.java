package dev.gilspy.interp.runtime;

/** Base of every Python value that is not one of the Java-native int/float/bool/str representations. */
public abstract class PyObj {
    public abstract PyType type();
}
