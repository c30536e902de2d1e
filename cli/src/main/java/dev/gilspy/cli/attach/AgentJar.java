package dev.gilspy.cli.attach;

import dev.gilspy.cli.CliException;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where gilspy.jar is: the agent that {@code top} loads is the very jar the CLI runs from. */
public final class AgentJar {
    /** Overrides the jar, for tests that run from {@code target/classes}. */
    public static final String PROPERTY = "gilspy.agent.jar";

    private AgentJar() {}

    public static Path locate() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Paths.get(override).toAbsolutePath();
            if (!Files.isRegularFile(p)) {
                throw CliException.failure("agent jar " + p + " (from -D" + PROPERTY + ") does not exist");
            }
            return p;
        }
        try {
            Path p = Paths.get(AgentJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                return p;
            }
            throw CliException.failure("gilspy is not running from gilspy.jar (" + p
                    + "), so there is no agent jar to load: set -D" + PROPERTY + "=PATH");
        } catch (URISyntaxException | SecurityException e) {
            throw new CliException(1, "cannot locate gilspy.jar: " + e.getMessage(), e);
        }
    }
}
