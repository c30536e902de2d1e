package dev.gilspy.report;

import java.util.Set;

/** JVM-level samples, from async-profiler's JFR output (or the JDK's own sampler). */
final class JavaStacks {
    private JavaStacks() {}

    private static final Set<String> SAMPLE_EVENTS = Set.of(
            "jdk.ExecutionSample", "jdk.NativeMethodSample", "profiler.WallClockSample",
            "jdk.JavaMonitorEnter", "jdk.ThreadPark");

    static boolean isExecutionSample(String eventName) { return SAMPLE_EVENTS.contains(eventName); }

    /** async-profiler marks C/C++ and kernel frames with these types; the rest are Java. */
    static Frame frame(String className, String method, String frameType) {
        boolean nativeFrame = frameType != null
                && (frameType.equals("Native") || frameType.equals("C++") || frameType.equals("Kernel"));
        if (nativeFrame) return new Frame(method, Frame.Type.NATIVE);
        String name = className == null || className.isEmpty() ? method : className + "." + method;
        return new Frame(name, Frame.Type.JVM);
    }
}
