package dev.gilspy.interp.gil;

/**
 * What a profiler may read of one Python frame, from any thread, without locking.
 *
 * <p>The interpreter's frames implement this. Reads from another thread are racy by design, as
 * py-spy's reads of CPython's frame chain are: a sampler may see a line number one statement
 * old, never a torn value.
 */
public interface FrameInfo {
    /** The calling frame, or {@code null} for the outermost one. */
    FrameInfo back();

    /** A stable identity for the code object: the same object for every frame of one function. */
    Object code();

    /** The function's name as CPython prints it in tracebacks: {@code <module>}, {@code countdown}, ... */
    String codeName();

    /** The source file as given on the command line, as CPython prints it in tracebacks. */
    String fileName();

    /** The line currently executing. */
    int line();
}
