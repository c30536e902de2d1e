package dev.gilspy.interp.nodes;

/**
 * A compound statement that can be re-entered after a {@code yield}: inside a generator it saves
 * its position in a frame state slot, so a resumed generator skips what already ran.
 */
public interface Resumable {
    /** Called by name resolution for the statements of a generator's body. */
    void enableResume();
}
