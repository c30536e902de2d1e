package dev.gilspy.doctor;

import java.util.List;
import java.util.Map;

/**
 * One way {@code gilspy compare} runs the program: gilspy run options plus environment.
 *
 * <p>The processes and subinterpreters variants follow a convention: a script that offers them reads
 * the environment variable {@value #VARIANT_ENV} ({@code processes} or {@code subinterpreters}) and
 * does the same work that way; compare runs a variant when the script's text names both the variable
 * and the variant.
 */
public record CompareMode(String name, String description, List<String> runOptions, Map<String, String> env) {

    public static final String VARIANT_ENV = "GILSPY_COMPARE_MODE";

    public static final CompareMode DEFAULT = new CompareMode("default", "new GIL, 5 ms interval", List.of(), Map.of());

    /** Every mode, in table order; the variants are filtered by {@link #offeredBy(String)}. */
    public static List<CompareMode> all() {
        return List.of(DEFAULT,
                new CompareMode("interval-1ms", "new GIL, 1 ms interval", List.of("--switch-interval=0.001"), Map.of()),
                new CompareMode("interval-20ms", "new GIL, 20 ms interval", List.of("--switch-interval=0.02"), Map.of()),
                new CompareMode("legacy", "legacy GIL (<= 3.1 ticks)", List.of("--gil=legacy"), Map.of()),
                new CompareMode("off", "free-threaded (--gil=off)", List.of("--gil=off"), Map.of()),
                new CompareMode("processes", "script's processes variant", List.of(), Map.of(VARIANT_ENV, "processes")),
                new CompareMode("subinterpreters", "script's subinterp. variant", List.of(), Map.of(VARIANT_ENV, "subinterpreters")));
    }

    public boolean isVariant() { return env.containsKey(VARIANT_ENV); }

    /**
     * Whether compare loads the agent for this mode. Free-threaded runs have no GIL to record, and on
     * 2 cores the loaded agent made them 0.5-1.0x as fast in many runs (the two threads' frames and
     * slots missed in cache at the same spots; no agent, and the same JVM: 1.9x of one thread), which
     * would hide the very speed-up this mode exists to show.
     */
    public boolean measuresGil() { return !runOptions.contains("--gil=off"); }

    /** Whether a script with this text can run this mode. */
    public boolean offeredBy(String scriptText) {
        return !isVariant() || (scriptText.contains(VARIANT_ENV) && scriptText.contains(env.get(VARIANT_ENV)));
    }
}
