package dev.gilspy.agent.targets.graalpy;

/**
 * One frame of a stack captured on a GraalPy thread itself (Truffle frames can only be walked on
 * their own thread), innermost first. {@code code} is the frame's identity for stack interning:
 * the Truffle root node of a Python function, or an interned string for a marker or Java frame.
 */
public final class GraalPyFrame {
    final Object code;
    final String name;
    final String file;
    final int line;
    GraalPyFrame back;

    GraalPyFrame(Object code, String name, String file, int line) {
        this.code = code;
        this.name = name;
        this.file = file;
        this.line = line;
    }
}
