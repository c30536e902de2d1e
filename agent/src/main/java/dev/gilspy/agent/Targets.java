package dev.gilspy.agent;

import dev.gilspy.agent.instrument.ClassAdvice;
import dev.gilspy.agent.runtime.TargetDescriptor;
import dev.gilspy.agent.targets.gilspy.GilInstrumentation;
import dev.gilspy.agent.targets.gilspy.GilspyTarget;
import dev.gilspy.agent.targets.graalpy.GraalPyInstrumentation;
import dev.gilspy.agent.targets.graalpy.GraalPyTarget;
import java.util.List;
import java.util.Locale;

/** The known targets and the {@code target=} option: the only place that names each target's package. */
public final class Targets {
    private Targets() {}

    public static final TargetDescriptor GILSPY = GilspyTarget.DESCRIPTOR;
    public static final TargetDescriptor GRAALPY = GraalPyTarget.DESCRIPTOR;

    /**
     * Resolves the {@code target=} option: {@code auto} instruments every supported descriptor and
     * binds whichever class shows up.
     *
     * @throws IllegalArgumentException with a one-line message for unknown or unsupported targets
     */
    public static List<TargetDescriptor> select(String option) {
        switch (option.toLowerCase(Locale.ROOT)) {
            case "auto": return List.of(GILSPY, GRAALPY);
            case "gilspy": return List.of(GILSPY);
            case "graalpy": return List.of(GRAALPY);
            default: throw new IllegalArgumentException("unknown target '" + option + "' (expected auto, gilspy or graalpy)");
        }
    }

    /** The advice that instruments one target's classes. */
    static ClassAdvice advice(TargetDescriptor target) {
        return target == GRAALPY ? new GraalPyInstrumentation(target.gilClass())
                : new GilInstrumentation(target.gilClass());
    }
}
