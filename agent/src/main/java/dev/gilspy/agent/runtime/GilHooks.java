package dev.gilspy.agent.runtime;

import java.util.function.Function;

/**
 * The whole API that advice inlined into the interpreter calls. It must stay tiny, static and
 * public, and live on the system class loader, where both {@code -javaagent} and dynamic attach
 * put the agent jar.
 *
 * <p>The recorder binds lazily on the first call, from the instrumented object's own class, so
 * that nothing is resolved while the JVM is still defining that class.
 */
public final class GilHooks {
    private static volatile GilRecorder recorder;
    private static volatile Function<Object, GilRecorder> binder;

    private GilHooks() {}

    /** Called once by the agent before it installs the advice. */
    public static void install(Function<Object, GilRecorder> bind) {
        binder = bind;
    }

    static void bound(GilRecorder r) {
        recorder = r;
    }

    public static GilRecorder recorder() {
        return recorder;
    }

    private static GilRecorder current(Object gil) {
        GilRecorder r = recorder;
        if (r != null) {
            return r;
        }
        Function<Object, GilRecorder> b = binder;
        return b == null ? null : b.apply(gil);
    }

    public static void takeBegin(Object gil, Object ts, long t) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = current(gil);
        if (r != null) {
            r.takeBegin(gil, ts, t);
        }
    }

    public static void takeEnd(Object gil, Object ts, long t0, boolean acquired) {
        long t1 = System.nanoTime();
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = current(gil);
        if (r != null) {
            r.takeEnd(gil, ts, t0, t1, acquired);
        }
    }

    public static void dropBegin(Object gil, Object ts, long t) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = current(gil);
        if (r != null) {
            r.dropBegin(gil, ts, t);
        }
    }

    public static void dropEnd(Object gil, Object ts, boolean forced) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = current(gil);
        if (r != null) {
            r.dropEnd(gil, ts, forced);
        }
    }

    public static void dropRequest(Object gil, Object holder) {
        GilRecorder r = current(gil);
        if (r != null) {
            r.dropRequest(gil, holder);
        }
    }
}
