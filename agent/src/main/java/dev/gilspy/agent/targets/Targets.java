package dev.gilspy.agent.targets;

import java.util.List;
import java.util.Locale;

/** The known target descriptors and the {@code target=} option. */
public final class Targets {
    private Targets() {}

    public static final TargetDescriptor GILSPY = new TargetDescriptor("gilspy",
            "dev.gilspy.interp.gil.Gil", "take", "drop", "setDropRequest",
            HookShape.THREAD_STATE_ARGUMENT, GilspyReader::bind);

    public static final TargetDescriptor GRAALPY = new TargetDescriptor("graalpy",
            "com.oracle.graal.python.runtime.PythonContext", "acquireGil", "releaseGil", null,
            HookShape.GRAALPY_CONTEXT, GraalPyReader::bind);

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
}
