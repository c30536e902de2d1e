package dev.gilspy.agent.jmx;

/** The ObjectNames gilspy registers in the platform MBean server. */
public final class GilspyNames {
    public static final String DOMAIN = "dev.gilspy";
    /** The agent itself ({@link AgentMXBean}). */
    public static final String AGENT = DOMAIN + ":type=Agent";
    /** Every GIL's MXBean, as an ObjectName pattern. */
    public static final String ALL_GILS = DOMAIN + ":type=Gil,*";

    private GilspyNames() {}

    /** The {@link GilMXBean} of one interpreter's GIL. */
    public static String gil(int interpreterId) {
        return DOMAIN + ":type=Gil,interpreter=" + interpreterId;
    }
}
