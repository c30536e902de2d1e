package dev.gilspy.agent.targets.graalpy;

import dev.gilspy.agent.runtime.TargetDescriptor;

/**
 * GraalPy, the Python that Java services embed: its GIL is a fair lock per
 * {@code com.oracle.graal.python.runtime.PythonContext}; read by {@link GraalPyReader}, advised by
 * {@link GraalPyInstrumentation}, whose advice calls {@link GraalPyHooks}.
 */
public final class GraalPyTarget {
    public static final TargetDescriptor DESCRIPTOR = new TargetDescriptor("graalpy",
            "com.oracle.graal.python.runtime.PythonContext", GraalPyReader::bind);

    private GraalPyTarget() {}
}
