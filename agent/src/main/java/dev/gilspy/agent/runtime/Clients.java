package dev.gilspy.agent.runtime;

/**
 * Whether anyone reads what the agent measures: a client is a reader of the MBeans ({@code top},
 * JConsole, a JMX exporter), a scraper of the metrics endpoint, or a JFR recording that enables a
 * gilspy event. The exact accounting in the advice always runs; the probes that cost CPU on
 * their own (the knocker) pause once no client has been seen for {@link #IDLE_NANOS}, and resume
 * when one returns (issue 16: after {@code top} detaches, the agent stops costing).
 */
public final class Clients {
    static final long IDLE_NANOS = Long.getLong("gilspy.agent.clientIdleMillis", 30_000L) * 1_000_000L;
    private static volatile long lastSeen = System.nanoTime();

    private Clients() {}

    /** A client read the MBeans or scraped the endpoint. */
    public static void seen() {
        lastSeen = System.nanoTime();
    }

    public static boolean present() {
        return System.nanoTime() - lastSeen < IDLE_NANOS || recording();
    }

    static boolean recording() {
        return JfrProbes.statsEnabled() || JfrProbes.waitEnabled() || JfrProbes.holdEnabled() || JfrProbes.sampleEnabled();
    }
}
