package dev.gilspy.interp.runtime;

/** The {@code None} singleton (immutable, so shared by all interpreters). */
public final class PyNone extends PyObj {
    public static final PyNone NONE = new PyNone();
    private PyNone() {}
    @Override public PyType type() { return Types.NONETYPE; }
    @Override public String toString() { return "None"; }
}
