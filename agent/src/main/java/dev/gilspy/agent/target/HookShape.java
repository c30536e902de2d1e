package dev.gilspy.agent.target;

/** How the instrumented take/drop methods look, which picks the advice that fits them. */
public enum HookShape {
    /**
     * gilspy: {@code void take(ThreadState)}, {@code boolean drop(ThreadState)} returning whether the
     * drop was forced, {@code void setDropRequest(ThreadState holder)}; the GIL is {@code this}.
     */
    THREAD_STATE_ARGUMENT,
}
