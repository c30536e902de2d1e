package dev.gilspy.interp.runtime;

/**
 * The executable body of a {@link Code}: what a function call, a generator resumption or a module
 * import runs. The statement nodes ({@code nodes.Stmt}) extend it, so the runtime runs code without
 * knowing the nodes; an abstract class rather than an interface keeps that call a virtual one.
 */
public abstract class CodeBody {
    public abstract Completion exec(PyFrame f);
}
