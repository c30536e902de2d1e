package dev.gilspy.interp.runtime;

/**
 * A built-in object whose {@code ==} is its Java {@link Object#equals} (memoryview against bytes,
 * compiled regular expressions), for built-in types that live outside the comparison's own cases.
 */
public interface EqualsByValue {}
