package dev.gilspy.agent.jmx;

/**
 * The agent itself, registered as {@code dev.gilspy:type=Agent}: what was loaded, with which
 * options, and whether instrumenting the target worked.
 */
public interface AgentMXBean {
    String OBJECT_NAME = GilMXBean.DOMAIN + ":type=Agent";

    String getVersion();
    /** The option string as given to the agent. */
    String getOptions();
    /** The target option ({@code auto}, {@code gilspy}, {@code graalpy}). */
    String getTarget();
    /** The descriptor that bound, or empty until an instrumented GIL class was used. */
    String getBoundTarget();
    boolean isInstrumented();
    /** The first instrumentation or binding error, or empty. */
    String getInstrumentationError();
    String[] getInstrumentedClasses();
    /** 0 when the sampler is off. */
    int getSamplerHz();
    /** 0 when the knocker is off. */
    long getKnockPollingMicros();
    long getKnockWindowMicros();
    long getWaitThresholdMicros();
    long getHoldThresholdMicros();
    /** The {@code jfr=} file, or empty. */
    String getJfrFile();
    /** {@code host:port} of the OpenMetrics endpoint, or empty. */
    String getMetricsAddress();
    /** Distinct Python stacks interned so far. */
    int getInternedStacks();
}
