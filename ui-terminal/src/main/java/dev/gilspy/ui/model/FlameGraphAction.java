package dev.gilspy.ui.model;

/**
 * Key {@code f} in the live view: record the attached JVM for a few seconds and write a wait flame
 * graph. The CLI supplies it (the view knows nothing of recordings); it runs off the frame loop.
 */
@FunctionalInterface
public interface FlameGraphAction {
    /** What the status line says meanwhile. */
    default String startedMessage() { return "recording the next few seconds for a wait flame graph..."; }

    /** Records and writes; returns one line for the status line: where it went. */
    String recordAndWrite() throws Exception;
}
