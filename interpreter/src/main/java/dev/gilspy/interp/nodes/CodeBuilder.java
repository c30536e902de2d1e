package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Code;

/**
 * The parser's handle on a code object while it is being built: the parser (which never imports
 * the runtime) names the parameters, sets the body and docstring, and once names are resolved
 * hands over the slot layout; {@link #code()} is the runtime's {@link Code} the nodes run.
 */
public final class CodeBuilder {
    private final Code code;

    public CodeBuilder(String name, String file, int firstLine) {
        this.code = new Code(name, file, firstLine);
    }

    /** The code object itself, for the nodes that make functions and classes and for the pipeline that runs it. */
    public Code code() {
        return code;
    }

    public String name() {
        return code.name;
    }

    public void qualname(String qualname) {
        code.qualname = qualname;
    }

    public void body(Stmt body, String doc) {
        code.body = body;
        code.doc = doc;
    }

    /** A lazy body (the parser's {@code LazyBody}): {@code parse} runs before the body or its layout is first needed. */
    public void deferBody(Runnable parse) {
        code.pendingBody = parse;
    }

    /** The lazy body parsed: this code takes the body and the layout of {@code parsed}, the same def in full. */
    public void adoptBody(CodeBuilder parsed) {
        code.adoptBody(parsed.code);
    }

    /** One more positional-only parameter (before a {@code /}): a keyword of its name goes to {@code **kwargs}. */
    public void addPositionalOnly() {
        code.posonlycount++;
    }

    /** One more positional parameter (they are named all at once by {@link #paramNames}). */
    public void addPositional() {
        code.argcount++;
    }

    /** One more keyword-only parameter. */
    public void addKeywordOnly() {
        code.kwonlycount++;
    }

    public void varargs(String name, int slot) {
        code.varargsName = name;
        code.varargsSlot = slot;
    }

    public void kwargs(String name, int slot) {
        code.kwargsName = name;
        code.kwargsSlot = slot;
    }

    /** The positional, then keyword-only parameter names ({@code co_varnames}' first entries). */
    public void paramNames(String[] names) {
        code.paramNames = names;
    }

    /** The body has a for or while loop (comprehensions too): its frames may run long. */
    public void markLoops() {
        code.loops = true;
    }

    /** Module code only: the SyntaxWarnings to print before it runs, or null. */
    public void syntaxWarnings(java.util.List<String> warnings) {
        code.syntaxWarnings = warnings;
    }

    /**
     * The frame layout once names are resolved, with CPython's {@code co_flags}: a function's
     * code is optimized and has new locals, nested when its parent is a function, and marks
     * {@code *args}, {@code **kwargs}, generators, coroutines and async generators.
     */
    /** A function's variables that {@code locals()} shows: their names and slots, free variables last. */
    public void localNames(String[] names, int[] slots) {
        code.localNames = names;
        code.localSlots = slots;
    }

    public void finish(int nslots, int nstates, boolean function, boolean nested, boolean generator, boolean async,
                       int[] cellSlots, String[] freeNames, int[] freeSlots) {
        code.nslots = nslots;
        code.nstates = nstates;
        code.generator = generator || async;
        int f = 0;
        if (function) {
            f |= Code.CO_OPTIMIZED | Code.CO_NEWLOCALS;
            if (nested) {
                f |= Code.CO_NESTED;
            }
        }
        if (code.varargsSlot >= 0) {
            f |= Code.CO_VARARGS;
        }
        if (code.kwargsSlot >= 0) {
            f |= Code.CO_VARKEYWORDS;
        }
        if (async) {
            f |= generator ? Code.CO_ASYNC_GENERATOR : Code.CO_COROUTINE;
        } else if (generator) {
            f |= Code.CO_GENERATOR;
        }
        code.flags = f;
        code.cellSlots = cellSlots;
        code.freeNames = freeNames;
        code.freeSlots = freeSlots;
        code.simpleArgs = code.varargsSlot < 0 && code.kwargsSlot < 0 && code.kwonlycount == 0;
    }
}
