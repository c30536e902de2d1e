package dev.gilspy.interp.nodes;

/** Where the value of a name lives, as name resolution ({@code parse.Scope}) decides it. */
public enum SlotKind {
    /** A slot of the frame holding the value itself. */
    LOCAL,
    /** A slot of the frame holding a cell shared with inner functions (a closure variable). */
    CELL,
    /** The module's globals, then builtins. */
    GLOBAL,
    /** The class body's namespace, then globals. */
    CLASS_NAME
}
