package dev.gilspy.agent.targets.gilspy;

import dev.gilspy.agent.runtime.AgentThread;
import dev.gilspy.agent.runtime.GilRecorder;
import dev.gilspy.agent.runtime.RecorderBinding;

/**
 * The whole API that advice inlined into gilspy's {@code Gil} calls. It must stay tiny, static and
 * public, and live on the system class loader, where both {@code -javaagent} and dynamic attach
 * put the agent jar.
 */
public final class GilHooks {
    private GilHooks() {}

    public static void takeBegin(Object gil, Object ts, long t) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = RecorderBinding.recorderFor(gil);
        if (r != null) {
            r.takeBegin(gil, ts, t);
        }
    }

    public static void takeEnd(Object gil, Object ts, long t0, boolean acquired) {
        long t1 = System.nanoTime();
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = RecorderBinding.recorderFor(gil);
        if (r != null) {
            r.takeEnd(gil, ts, t0, t1, acquired);
        }
    }

    public static void dropBegin(Object gil, Object ts, long t) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = RecorderBinding.recorderFor(gil);
        if (r != null) {
            r.dropBegin(gil, ts, t);
        }
    }

    public static void dropEnd(Object gil, Object ts, boolean forced) {
        if (AgentThread.isCurrent()) {
            return;
        }
        GilRecorder r = RecorderBinding.recorderFor(gil);
        if (r != null) {
            r.dropEnd(gil, ts, forced);
        }
    }

    public static void dropRequest(Object gil, Object holder) {
        GilRecorder r = RecorderBinding.recorderFor(gil);
        if (r != null) {
            r.dropRequest(gil, holder);
        }
    }
}
