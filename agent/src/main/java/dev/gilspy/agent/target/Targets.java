package dev.gilspy.agent.target;

import java.util.List;
import java.util.Locale;

/** The known target descriptors and the {@code target=} option. */
public final class Targets {
    private Targets() {}

    public static final TargetDescriptor GILSPY = new TargetDescriptor("gilspy",
            "dev.gilspy.interp.gil.Gil", "take", "drop", "setDropRequest",
            HookShape.THREAD_STATE_ARGUMENT, GilspyReader::bind);

    /**
     * Resolves the {@code target=} option: {@code auto} instruments every supported descriptor and
     * binds whichever class shows up.
     *
     * @throws IllegalArgumentException with a one-line message for unknown or unsupported targets
     */
    public static List<TargetDescriptor> select(String option) {
        switch (option.toLowerCase(Locale.ROOT)) {
            case "auto": case "gilspy": return List.of(GILSPY);
            case "graalpy": throw new IllegalArgumentException("target=graalpy is not supported by this agent version yet");
            default: throw new IllegalArgumentException("unknown target '" + option + "' (expected auto, gilspy or graalpy)");
        }
    }
}
