package dev.gilspy.report;

/** What a flame graph weighs, {@code --mode}. */
public enum Mode {
    /** Python stacks weighted by time spent waiting for the GIL, under a {@code [GIL wait]} leaf. */
    WAIT("nanoseconds"),
    /** Python stacks weighted by time holding the GIL. */
    HOLD("nanoseconds"),
    /** Samples of threads holding the GIL (running Python). */
    CPU("samples"),
    /** All samples, the thread state as a synthetic leaf: HOLD, WAIT, IO, NATIVE, IDLE. */
    WALL("samples"),
    /** The holders' stacks, weighted by how long other threads waited while they ran. */
    BLAME("nanoseconds"),
    /** The JVM stacks async-profiler recorded with {@code --java}, Java and native frames. */
    JAVA("samples");

    private final String unit;

    Mode(String unit) { this.unit = unit; }

    /** {@code nanoseconds} for the duration modes, {@code samples} for the sampled ones. */
    public String unit() { return unit; }

    public boolean isTime() { return unit.equals("nanoseconds"); }

    public static Mode parse(String text) {
        for (Mode m : values()) if (m.name().equalsIgnoreCase(text)) return m;
        throw new IllegalArgumentException("unknown mode '" + text + "' (expected wait, hold, cpu, wall, blame or java)");
    }
}
