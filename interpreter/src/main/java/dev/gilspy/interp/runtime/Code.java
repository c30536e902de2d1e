package dev.gilspy.interp.runtime;


/** A compiled function, class body or module: its parameters, slot layout and executable body. */
public final class Code {
    /** Its {@code code} object, made on first use: {@code f.__code__ is f.__code__}. */
    CodeObj pyObject;
    public final String name;
    final String file;
    final int firstLine;
    public int nslots;
    /** Module code only: SyntaxWarnings to print before it runs; null when there are none. */
    public java.util.List<String> syntaxWarnings;
    public int nstates;
    public int argcount;
    public int kwonlycount;
    /** The first {@code posonlycount} of the {@code argcount} parameters are positional-only. */
    public int posonlycount;
    public String[] paramNames = new String[0];
    /** The names of the {@code *args} and {@code **kwargs} parameters, or null ({@code co_varnames} lists them after the others). */
    public String varargsName;
    public String kwargsName;
    public int varargsSlot = -1;
    public int kwargsSlot = -1;
    public int[] cellSlots = new int[0];
    public int[] freeSlots = new int[0];
    public String[] freeNames = new String[0];
    /** A function's variables for {@code locals()}: names and their slots (a cell's slot holds the cell). */
    public String[] localNames = new String[0];
    public int[] localSlots = new int[0];
    public CodeBody body;
    /** The frame can suspend: a generator, coroutine or async generator ({@link #flags} tells which). */
    public boolean generator;
    /** CPython's {@code co_flags}; {@code types.coroutine} sets CO_ITERABLE_COROUTINE through {@code co.replace}. */
    public int flags;
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /** Whether the body has a for or while loop (comprehensions too): its frames may run long. */
    public boolean loops;
    public boolean simpleArgs;
    public String qualname;
    /** The docstring, or null. */
    public String doc;

    /**
     * A shipped library function whose body has not been parsed yet (the parser's lazy bodies): it
     * fills in this code's body and slot layout. Null once parsed, and for all other code. Read
     * before anything that needs the body: a frame ({@link PyFrame#create}), the code object's
     * attributes, {@link #withFlags}.
     */
    public volatile Runnable pendingBody;

    /** Parses a lazy body now, when there is one: see {@link #pendingBody}. */
    public void materialize() {
        if (pendingBody != null) {
            materializeNow();
        }
    }

    private synchronized void materializeNow() {
        Runnable p = pendingBody;
        if (p != null) {
            p.run();
            pendingBody = null;
        }
    }

    /** Takes the body and everything resolved from it from {@code parsed}, the same def parsed in full. */
    public void adoptBody(Code parsed) {
        nslots = parsed.nslots;
        nstates = parsed.nstates;
        cellSlots = parsed.cellSlots;
        freeSlots = parsed.freeSlots;
        freeNames = parsed.freeNames;
        localNames = parsed.localNames;
        localSlots = parsed.localSlots;
        generator = parsed.generator;
        flags = parsed.flags;
        loops = parsed.loops;
        simpleArgs = parsed.simpleArgs;
        doc = parsed.doc;
        body = parsed.body;
    }

    /** Its Python {@code code} object. */
    public Object pyCode() {
        return CodeObj.of(this);
    }

    /** A copy with other {@code co_flags}: {@code code.replace(co_flags=...)}. */
    Code withFlags(int newFlags) {
        materialize();
        Code c = new Code(name, file, firstLine);
        c.nslots = nslots;
        c.nstates = nstates;
        c.argcount = argcount;
        c.kwonlycount = kwonlycount;
        c.paramNames = paramNames;
        c.varargsSlot = varargsSlot;
        c.kwargsSlot = kwargsSlot;
        c.cellSlots = cellSlots;
        c.freeSlots = freeSlots;
        c.freeNames = freeNames;
        c.localNames = localNames;
        c.localSlots = localSlots;
        c.body = body;
        c.generator = generator;
        c.loops = loops;
        c.simpleArgs = simpleArgs;
        c.qualname = qualname;
        c.doc = doc;
        c.flags = newFlags;
        return c;
    }

    public Code(String name, String file, int firstLine) {
        this.name = name;
        this.file = file;
        this.firstLine = firstLine;
        this.qualname = name;
    }
}
