package dev.gilspy.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent started by {@code java -jar gilspy.jar} itself (the jar's {@code Launcher-Agent-Class}),
 * when the {@code gilspy} launcher was asked for {@code -javaagent:gilspy.jar[=OPTIONS]}: the
 * launcher passes {@code -Dgilspy.agent.launch=OPTIONS} instead, and this starts the agent exactly
 * as the premain would, before the application's {@code main}. Without that property it returns at
 * once, and the application runs unmeasured.
 *
 * <p>Why: {@code -javaagent} makes the JVM add {@code java.instrument} to the root modules
 * ({@code jdk.module.addmods}), although a class-path application resolves that module anyway, and
 * JDK 17 then drops its archived module graph and resolves the boot layer again at every start:
 * about 30 ms of CPU in a hello-world, more than the agent's own start-up. An agent started through
 * {@code Launcher-Agent-Class} keeps the archived graph.
 */
public final class LauncherAgent {
    /** The system property the launcher sets to the agent's option string (empty: the defaults). */
    public static final String OPTIONS_PROPERTY = "gilspy.agent.launch";

    private LauncherAgent() {}

    public static void agentmain(String unused, Instrumentation inst) {
        String options = System.getProperty(OPTIONS_PROPERTY);
        if (options != null) {
            GilspyAgent.premain(options.isEmpty() ? null : options, inst);
        }
    }
}
