package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * A code object made by {@code compile()}: the (checked) source it runs, its file name and mode;
 * {@code exec} and {@code eval} run it through the interpreter's one pipeline.
 */
public final class CompiledSource extends PyObj implements Attr.AttrHolder {
    public final String source;
    public final String filename;
    /** 'exec' or 'eval'. */
    public final String mode;

    CompiledSource(String source, String filename, String mode) {
        this.source = source;
        this.filename = filename;
        this.mode = mode;
    }

    @Override public PyType type() { return Types.CODE; }

    @Override public Object getAttr(String name) {
        return switch (name) {
            case "co_name" -> "<module>";
            case "co_qualname" -> "<module>";
            case "co_filename" -> filename;
            case "co_firstlineno" -> 1L;
            case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_flags", "co_stacksize" -> 0L;
            case "co_varnames", "co_freevars", "co_cellvars", "co_names" -> PyTuple.EMPTY;
            case "co_consts" -> new PyTuple(new Object[] {PyNone.NONE});
            default -> null;
        };
    }

    @Override public String toString() {
        return "<code object <module> at 0x" + Long.toHexString(System.identityHashCode(this)) + ", file \"" + filename
            + "\", line 1>";
    }
}
