package dev.gilspy.interp;

/** A compiled function, class body or module: its parameters, slot layout and executable body. */
final class Code {
    final String name;
    final String file;
    final int firstLine;
    int nslots;
    /** Module code only: SyntaxWarnings to print before it runs; null when there are none. */
    java.util.List<String> syntaxWarnings;
    int nstates;
    int argcount;
    int kwonlycount;
    String[] paramNames = new String[0];
    int varargsSlot = -1;
    int kwargsSlot = -1;
    int[] cellSlots = new int[0];
    int[] freeSlots = new int[0];
    String[] freeNames = new String[0];
    Stmt body;
    boolean generator;
    /** Whether the body has a for or while loop (comprehensions too): its frames may run long. */
    boolean loops;
    boolean simpleArgs;
    String qualname;
    /** The docstring, or null. */
    String doc;

    Code(String name, String file, int firstLine) {
        this.name = name;
        this.file = file;
        this.firstLine = firstLine;
        this.qualname = name;
    }
}
