package dev.gilspy.agent;

import dev.gilspy.agent.runtime.AgentRuntime;
import java.lang.instrument.Instrumentation;

/**
 * The agent's entry points: {@code -javaagent:gilspy.jar[=OPTIONS]} and dynamic attach.
 *
 * <p>Start reading here, then: {@link AgentOptions} (the option string),
 * {@link dev.gilspy.agent.targets.Targets} (what is instrumented, by name),
 * {@link dev.gilspy.agent.instrument.GilInstrumentation} (the advice),
 * {@link dev.gilspy.agent.runtime.GilHooks} (all the advice calls),
 * {@link dev.gilspy.agent.runtime.GilRecorder} and {@code GilStats} (exact accounting),
 * {@code Sampler} and {@code Knocker} (the two probes), {@link AgentRuntime} (wiring, MBeans, JFR).
 */
public final class GilspyAgent {
    private GilspyAgent() {}

    public static void premain(String options, Instrumentation inst) {
        agentmain(options, inst);
    }

    public static void agentmain(String options, Instrumentation inst) {
        String version = GilspyAgent.class.getPackage().getImplementationVersion();
        AgentRuntime.start(options, inst, System.err, version == null ? "dev" : version);
    }
}
