package dev.gilspy.agent.jmx;

/**
 * The agent itself, registered as {@code dev.gilspy:type=Agent}: what was loaded, with which
 * options, and whether instrumenting the target worked.
 */
@Description("gilspy: the agent loaded in this JVM, its options and whether instrumenting the target worked")
public interface AgentMXBean {
    String OBJECT_NAME = GilspyNames.AGENT;

    @Description("The agent's version")
    String getVersion();
    /** The option string as given to the agent. */
    @Description("The option string as given to the agent")
    String getOptions();
    /** The target option ({@code auto}, {@code gilspy}, {@code graalpy}). */
    @Description("The target option: auto, gilspy or graalpy")
    String getTarget();
    /** The descriptor that bound, or empty until an instrumented GIL class was used. */
    @Description("The target whose GIL class is in use (gilspy or graalpy), or empty until one was used")
    String getBoundTarget();
    @Description("Whether the advice is on the target's GIL class and no instrumentation error occurred")
    boolean isInstrumented();
    /** The first instrumentation or binding error, or empty. */
    @Description("The first instrumentation or binding error, or empty")
    String getInstrumentationError();
    @Description("The classes that carry gilspy's advice")
    String[] getInstrumentedClasses();
    /** 0 when the sampler is off. */
    @Description("The sampler's rate (gilspy.GilSample); 0 when off")
    @Units("hertz")
    int getSamplerHz();
    /** 0 when the knocker is off. */
    @Description("The knocker's polling interval; 0 when off (the default)")
    @Units("microseconds")
    long getKnockPollingMicros();
    @Description("The knocker's sampling window; 0 when off")
    @Units("microseconds")
    long getKnockWindowMicros();
    /** {@code on}, {@code off (knock=off)}, {@code waiting for a target}, or {@code off: <why>} for a target it cannot knock. */
    @Description("on, off (knock=off), waiting for a target, or off: <why> for a target it cannot knock")
    String getKnockerStatus();
    @Description("The gilspy.GilWait threshold of the jfr= recording")
    @Units("microseconds")
    long getWaitThresholdMicros();
    @Description("The gilspy.GilHold threshold of the jfr= recording")
    @Units("microseconds")
    long getHoldThresholdMicros();
    /** The {@code jfr=} file, or empty. */
    @Description("The jfr= recording file, or empty")
    String getJfrFile();
    /** {@code host:port} of the OpenMetrics endpoint, or empty. */
    @Description("host:port of the OpenMetrics endpoint, or empty")
    String getMetricsAddress();
    /** Distinct Python stacks interned so far. */
    @Description("Distinct Python stacks interned so far")
    @Units("count")
    int getInternedStacks();
}
