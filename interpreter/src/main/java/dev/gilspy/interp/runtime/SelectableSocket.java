package dev.gilspy.interp.runtime;

/**
 * What {@code select} asks of a socket of any type ({@link PySocket}, {@link PyDatagramSocket}),
 * found by its number through {@link PySocket#byFd}.
 */
public interface SelectableSocket {
    /** Whether a recv (or accept) would not block now. */
    boolean readReady();

    /** Whether a send would not block now. */
    boolean writeReady();
}
