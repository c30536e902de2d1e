package dev.gilspy.attach;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where gilspy.jar is. The jar is the CLI, the agent that {@code top} and {@code record -p} load,
 * and the program that {@code record -- script.py} launches, so every use finds it here: the jar
 * this class runs from, or {@code -Dgilspy.jar=PATH} (tests run from {@code target/classes}).
 */
public final class GilspyJar {
    /** Overrides the jar, for tests that run from {@code target/classes}. */
    public static final String PROPERTY = "gilspy.jar";

    private GilspyJar() {}

    /** @throws AttachException when gilspy does not run from a jar and no override names one */
    public static Path locate() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath();
            if (!Files.isRegularFile(p)) {
                throw new AttachException("gilspy.jar " + p + " (from -D" + PROPERTY + ") does not exist");
            }
            return p;
        }
        Path p;
        try {
            p = Path.of(GilspyJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new AttachException("cannot locate gilspy.jar: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
            return p;
        }
        throw new AttachException("gilspy is not running from gilspy.jar (" + p + "): build it with "
                + "mvn -pl cli -am package, or set -D" + PROPERTY + "=PATH");
    }
}
