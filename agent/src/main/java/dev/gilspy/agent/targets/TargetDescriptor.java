package dev.gilspy.agent.targets;

import java.util.function.Function;

/**
 * What to instrument in one interpreter, by name only: the GIL class, its take/drop/drop-request
 * methods, and how to build a {@link TargetReader} once that class is loaded.
 *
 * <p>A second interpreter (GraalPy: {@code com.oracle.graal.python.runtime.PythonContext}
 * {@code acquireGil}/{@code releaseGil}) is one more instance of this record plus its reader and,
 * if its methods have another shape, one more {@link HookShape}; the recorder does not change.
 *
 * @param dropRequestMethod {@code null} when the target has no drop request to observe
 * @param readerFactory     builds the reader from the loaded GIL class (its loader resolves the rest)
 */
public record TargetDescriptor(String name, String gilClass, String takeMethod, String dropMethod,
                               String dropRequestMethod, HookShape shape,
                               Function<Class<?>, TargetReader> readerFactory) {
}
