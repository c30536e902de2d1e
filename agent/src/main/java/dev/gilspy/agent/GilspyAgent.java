package dev.gilspy.agent;

import java.lang.instrument.Instrumentation;

/** The agent's entry points: {@code -javaagent:gilspy.jar[=OPTIONS]} and dynamic attach. */
public final class GilspyAgent {
    private GilspyAgent() {}

    public static void premain(String options, Instrumentation inst) {
        agentmain(options, inst);
    }

    public static void agentmain(String options, Instrumentation inst) {
        // filled in by the agent issue
    }
}
