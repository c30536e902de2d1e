package dev.gilspy.agent.runtime;

import java.util.function.Function;

/**
 * The one recorder of this JVM, bound lazily by the first hook call of any target, from the
 * instrumented object's own class, so that nothing is resolved while the JVM is still defining
 * that class. Every target's hooks reach the recorder through here.
 */
public final class RecorderBinding {
    private static volatile GilRecorder recorder;
    private static volatile Function<Object, GilRecorder> binder;

    private RecorderBinding() {}

    /** Called once by the agent before it installs any advice. */
    public static void install(Function<Object, GilRecorder> bind) {
        binder = bind;
    }

    static void bound(GilRecorder r) {
        recorder = r;
    }

    /** The bound recorder, or {@code null} before the first hook call. */
    public static GilRecorder recorder() {
        return recorder;
    }

    /** The bound recorder, binding it from {@code gil}'s class on first use. */
    public static GilRecorder recorderFor(Object gil) {
        GilRecorder r = recorder;
        if (r != null) {
            return r;
        }
        Function<Object, GilRecorder> b = binder;
        return b == null ? null : b.apply(gil);
    }
}
