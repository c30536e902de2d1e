package dev.gilspy.interp.runtime;

/**
 * What the runtime needs from the layers above it, which it may not import: the pipeline that
 * turns source into running code (parse, nodes), the builtin modules (modules), and the creation
 * of subinterpreters. {@code dev.gilspy.interp.Interpreter} implements it; the runtime calls it
 * only at imports, {@code exec} and interpreter start and end, never on a hot path.
 */
public interface Host {
    /**
     * The pipeline: lex, parse and resolve {@code source}, then execute it in {@code module}. A
     * syntax error is thrown as a {@link CompileError} before anything runs.
     */
    Object run(PyThread t, String source, String file, PyModule module);

    /**
     * {@link #run} for a module of the shipped library (trusted source, served from the jar): the
     * pipeline may defer parsing its function bodies to their first use.
     */
    default Object runLibrary(PyThread t, String source, String file, PyModule module) {
        return run(t, source, file, module);
    }

    /**
     * The decoded source of shipped library file {@code file} if the pipeline has already read it
     * (to compile it ahead of the import), else null: the import then need not read it again.
     */
    default String librarySource(String file) { return null; }

    /**
     * Lex, parse and resolve {@code source} without running it: {@code compile()}'s check that
     * raises the SyntaxErrors CPython's compiler raises (a {@link CompileError}). Returns the
     * compile-time SyntaxWarnings, each in {@code warnings.showwarning}'s format, or null.
     */
    default java.util.List<String> checkSyntax(String source, String file) { return null; }

    /** The module written in Java under this name, made for {@code interp}, or null if there is none. */
    PyModule builtinModule(InterpreterState interp, String name);

    /** A new interpreter (its own GIL, modules and {@code __main__}) sharing the parent's streams. */
    InterpreterState newInterpreter(InterpreterState parent);

    /** Called when {@code interp} closes, before its GIL does. */
    void closing(InterpreterState interp);
}
