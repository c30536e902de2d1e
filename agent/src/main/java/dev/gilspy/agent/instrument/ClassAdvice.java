package dev.gilspy.agent.instrument;

/**
 * The advice of one target, chosen by class name alone, so that the agent's transformer can pass
 * over every other class without parsing it or loading ByteBuddy.
 */
public interface ClassAdvice {
    /** Whether this target advises the class of this binary name ({@code a.b.C$D}). */
    boolean advises(String className);

    /**
     * Whether this target advises no other class once this one is loaded, so the agent's
     * transformer may stand aside (gilspy: its one GIL class; GraalPy also advises classes that
     * load later).
     */
    default boolean isLastClass(String className) {
        return true;
    }

    /**
     * The class file with the advice woven in.
     *
     * @throws RuntimeException with a one-line message when this class cannot be advised; the
     *                          class then loads unchanged
     */
    byte[] advise(ClassLoader loader, String className, byte[] classFile);
}
