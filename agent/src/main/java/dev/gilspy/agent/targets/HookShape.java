package dev.gilspy.agent.targets;

/** How the instrumented take/drop methods look, which picks the advice that fits them. */
public enum HookShape {
    /**
     * gilspy: {@code void take(ThreadState)}, {@code boolean drop(ThreadState)} returning whether the
     * drop was forced, {@code void setDropRequest(ThreadState holder)}; the GIL is {@code this}.
     */
    THREAD_STATE_ARGUMENT,
    /**
     * GraalPy: {@code PythonContext.tryAcquireGil()}/{@code acquireGil()}/{@code releaseGil()} take no
     * argument and act for the calling thread; the GIL is the context ({@code this}). The forced
     * release is GraalPy's {@code GilReleaseScheduler} thread-local action, advised separately.
     */
    GRAALPY_CONTEXT,
}
