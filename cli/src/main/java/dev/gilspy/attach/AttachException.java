package dev.gilspy.attach;

/**
 * Attaching to a JVM failed in a way the user can act on: a dead or foreign PID, a target that
 * refuses agents, a jar that cannot be found. The message is one line for the user; the CLI maps it
 * to exit code 1 and shows the cause only with {@code --verbose}.
 */
public class AttachException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AttachException(String message) { super(message); }

    public AttachException(String message, Throwable cause) { super(message, cause); }
}
