package dev.gilspy.agent.targets.graalpy;

import dev.gilspy.agent.runtime.TargetDescriptor;
import dev.gilspy.agent.runtime.TargetReader;
import java.util.function.Function;

/**
 * GraalPy, the Python that Java services embed: its GIL is a fair lock per
 * {@code com.oracle.graal.python.runtime.PythonContext}; read by {@link GraalPyReader}, advised by
 * {@link GraalPyInstrumentation}, whose advice calls {@link GraalPyHooks}.
 */
public final class GraalPyTarget {
    // not GraalPyReader::bind: a method reference made in the premain is spun at run time (see AgentStartup)
    public static final TargetDescriptor DESCRIPTOR = new TargetDescriptor("graalpy",
            "com.oracle.graal.python.runtime.PythonContext", new Function<Class<?>, TargetReader>() {
                @Override
                public TargetReader apply(Class<?> gilClass) {
                    return GraalPyReader.bind(gilClass);
                }
            });

    private GraalPyTarget() {}
}
