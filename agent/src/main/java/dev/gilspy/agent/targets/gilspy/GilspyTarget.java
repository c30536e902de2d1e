package dev.gilspy.agent.targets.gilspy;

import dev.gilspy.agent.runtime.TargetDescriptor;
import dev.gilspy.agent.runtime.TargetReader;
import java.util.function.Function;

/**
 * gilspy's own interpreter: {@code dev.gilspy.interp.gil.Gil} with {@code void take(ThreadState)},
 * {@code boolean drop(ThreadState)} (true when the drop was forced) and
 * {@code void setDropRequest(ThreadState holder)}; read by {@link GilspyReader}, advised by
 * {@link GilInstrumentation}, whose advice calls {@link GilHooks}.
 */
public final class GilspyTarget {
    // not GilspyReader::bind: a method reference made in the premain is spun at run time (see AgentStartup)
    public static final TargetDescriptor DESCRIPTOR =
            new TargetDescriptor("gilspy", "dev.gilspy.interp.gil.Gil", new Function<Class<?>, TargetReader>() {
                @Override
                public TargetReader apply(Class<?> gilClass) {
                    return GilspyReader.bind(gilClass);
                }
            });

    private GilspyTarget() {}
}
