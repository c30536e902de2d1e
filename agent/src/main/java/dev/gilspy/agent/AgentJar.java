package dev.gilspy.agent;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the agent jar is, for the CLI: the jar this class was loaded from, when it is a jar whose
 * manifest makes it an agent ({@code gilspy.jar} itself when the CLI runs from it).
 */
public final class AgentJar {
    private AgentJar() {}

    /** The jar to pass to {@code -javaagent:} or {@code VirtualMachine.loadAgent}, if this code runs from one. */
    public static Optional<Path> locate() {
        try {
            var source = GilspyAgent.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
