package dev.gilspy.interp;

/** A compiled function, class body or module: its parameters, slot layout and executable body. */
final class Code {
    final String name;
    final String file;
    final int firstLine;
    int nslots;
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
