package dev.gilspy.agent.targets.gilspy;

import dev.gilspy.agent.runtime.TargetDescriptor;

/**
 * gilspy's own interpreter: {@code dev.gilspy.interp.gil.Gil} with {@code void take(ThreadState)},
 * {@code boolean drop(ThreadState)} (true when the drop was forced) and
 * {@code void setDropRequest(ThreadState holder)}; read by {@link GilspyReader}, advised by
 * {@link GilInstrumentation}, whose advice calls {@link GilHooks}.
 */
public final class GilspyTarget {
    public static final TargetDescriptor DESCRIPTOR =
            new TargetDescriptor("gilspy", "dev.gilspy.interp.gil.Gil", GilspyReader::bind);

    private GilspyTarget() {}
}
