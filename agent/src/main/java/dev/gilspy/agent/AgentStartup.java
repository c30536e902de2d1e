package dev.gilspy.agent;

import dev.gilspy.agent.runtime.AgentOptions;
import dev.gilspy.agent.runtime.AgentRuntime;
import dev.gilspy.agent.runtime.TargetDescriptor;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.List;

/**
 * Starts the agent once per JVM: reads the options, picks the targets, starts the
 * {@link AgentRuntime} and puts each target's advice on its classes. Nothing thrown here may
 * reach the application: failures are one {@code gilspy-agent: ...} line on {@code err}.
 */
final class AgentStartup {
    private AgentStartup() {}

    /** @return false when the options were bad or the agent was already running */
    static synchronized boolean start(String optionString, Instrumentation inst, PrintStream err, String version) {
        if (AgentRuntime.isRunning()) {
            return false;
        }
        AgentOptions options;
        List<TargetDescriptor> targets;
        try {
            options = AgentOptions.parse(optionString);
            targets = Targets.select(options.target());
        } catch (IllegalArgumentException e) {
            err.println("gilspy-agent: " + e.getMessage() + "; agent not started");
            return false;
        }
        AgentRuntime rt = AgentRuntime.start(options, targets, err, version, () -> instrument(inst, targets),
                inst::getAllLoadedClasses);
        return rt != null;
    }

    private static void instrument(Instrumentation inst, List<TargetDescriptor> targets) {
        AgentRuntime rt = AgentRuntime.current();
        if (!inst.isRetransformClassesSupported()) {
            rt.fail("this JVM cannot retransform classes (the agent jar needs Can-Retransform-Classes: true)");
            return;
        }
        for (TargetDescriptor t : targets) {
            try {
                Targets.instrument(t, inst, rt::instrumented, rt::fail);
            } catch (Throwable e) {
                rt.fail("cannot instrument " + t.gilClass() + ": " + e);
            }
        }
    }
}
