package dev.gilspy.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry points: {@code -javaagent:gilspy.jar[=OPTIONS]} and dynamic attach.
 *
 * <p>Start reading here, then: {@link AgentStartup} (start-up), {@link Targets} (the target list);
 * {@code runtime.AgentOptions} (the option string), {@code runtime.AgentRuntime} (agent threads,
 * MBeans, JFR, metrics), {@code runtime.GilRecorder} and {@code GilStats} (exact accounting),
 * {@code Sampler} and {@code Knocker} (the two probes); per target, in {@code targets.gilspy} and
 * {@code targets.graalpy}: the instrumentation (the advice), the hooks (all the advice calls) and
 * the reader. {@code jfr}, {@code jmx} and {@code metrics} hold what consumers read.
 */
public final class GilspyAgent {
    private GilspyAgent() {}

    public static void premain(String options, Instrumentation inst) {
        boolean debug = Boolean.getBoolean("gilspy.agent.debug");
        long t0 = System.nanoTime();
        long c0 = debug ? AgentStartup.threadCpuNanos() : 0;
        AgentStartup.start(options, inst, System.err, version(), true);
        if (debug) {
            System.err.printf("gilspy-agent: premain %.1f ms (CPU %.1f)%n", (System.nanoTime() - t0) / 1e6,
                    (AgentStartup.threadCpuNanos() - c0) / 1e6);
        }
    }

    public static void agentmain(String options, Instrumentation inst) {
        AgentStartup.start(options, inst, System.err, version(), false);
    }

    private static String version() {
        String version = GilspyAgent.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
