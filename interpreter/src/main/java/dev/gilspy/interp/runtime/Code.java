package dev.gilspy.interp.runtime;


/** A compiled function, class body or module: its parameters, slot layout and executable body. */
public final class Code {
    public final String name;
    final String file;
    final int firstLine;
    public int nslots;
    /** Module code only: SyntaxWarnings to print before it runs; null when there are none. */
    public java.util.List<String> syntaxWarnings;
    public int nstates;
    public int argcount;
    public int kwonlycount;
    public String[] paramNames = new String[0];
    public int varargsSlot = -1;
    public int kwargsSlot = -1;
    public int[] cellSlots = new int[0];
    public int[] freeSlots = new int[0];
    public String[] freeNames = new String[0];
    public CodeBody body;
    public boolean generator;
    /** Whether the body has a for or while loop (comprehensions too): its frames may run long. */
    public boolean loops;
    public boolean simpleArgs;
    public String qualname;
    /** The docstring, or null. */
    public String doc;

    public Code(String name, String file, int firstLine) {
        this.name = name;
        this.file = file;
        this.firstLine = firstLine;
        this.qualname = name;
    }
}
