package dev.gilspy.agent.runtime;

import java.util.function.Function;

/**
 * One interpreter the agent can measure, by name only: the class that carries its GIL, and how
 * to build a {@link TargetReader} once that class is loaded. Each target's own package
 * ({@code targets.gilspy}, {@code targets.graalpy}) supplies its descriptor, its advice and its
 * hooks; the recorder does not change from one target to another.
 *
 * @param readerFactory builds the reader from the loaded GIL class (its loader resolves the rest)
 */
public record TargetDescriptor(String name, String gilClass, Function<Class<?>, TargetReader> readerFactory) {
}
