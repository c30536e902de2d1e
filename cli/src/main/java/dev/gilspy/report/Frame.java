package dev.gilspy.report;

/** One frame of a flame graph: its name and what kind of code it is, which picks its palette. */
public record Frame(String name, Type type) {

    public enum Type {
        /** A Python function, {@code function (file:line)}. */
        PYTHON,
        /** A Java method. */
        JVM,
        /** C/C++ or kernel code below the JVM. */
        NATIVE,
        /** The synthetic {@code [GIL wait]} frame. */
        GIL_WAIT,
        /** Other synthetic leaves: the thread state in wall mode, {@code [GIL hold]}. */
        STATE,
        /** The root of one thread's tower with {@code --threads}. */
        THREAD
    }

    public static final Frame GIL_WAIT = new Frame("[GIL wait]", Type.GIL_WAIT);

    public static Frame python(String name) { return new Frame(name, Type.PYTHON); }
}
