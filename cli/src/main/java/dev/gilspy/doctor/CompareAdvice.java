package dev.gilspy.doctor;

import java.util.Locale;

/**
 * What {@code compare}'s winning mode means for the program, in the remedies of the Python that was
 * measured (as {@code doctor} and {@code top} choose theirs by the recording's target):
 * <ul>
 *   <li>gilspy (and CPython): processes or free-threading for CPU-bound threads, a shorter
 *       {@code sys.setswitchinterval} for a convoy, a longer one when switching costs;</li>
 *   <li>GraalPy: none of those apply. It ignores {@code sys.setswitchinterval} (its GIL release scheduler
 *       runs at a fixed delay, 50 ms in 25.0.1) and has no free-threaded build or subinterpreters; its
 *       documented remedies are a polyglot {@code Context} per worker (one GIL each) sharing one
 *       {@code Engine}, and Java code, which runs outside the GIL ({@link GraalPyRemedies}).</li>
 * </ul>
 */
final class CompareAdvice {
    private CompareAdvice() {}

    static String why(String bestMode, String target, long intervalNanos) {
        if ("graalpy".equals(target)) return graalPy(bestMode, intervalNanos);
        return switch (bestMode) {
            case "off", "processes", "subinterpreters" -> "CPU-bound threads serialised by the GIL; use processes or free-threading";
            case "interval-1ms" -> "a shorter interval helps: I/O threads were queueing behind CPU-bound ones (a convoy)";
            case "interval-20ms" -> "fewer switches help: the switching overhead was the cost";
            default -> "the GIL's scheduling matters for this program";
        };
    }

    private static String graalPy(String bestMode, long intervalNanos) {
        String interval = "GraalPy's release interval" + (intervalNanos > 0 ? " (" + Diagnosis.ms(intervalNanos) + ")" : "")
                + " is fixed: sys.setswitchinterval is ignored";
        return switch (bestMode) {
            case "off", "processes", "subinterpreters" -> "CPU-bound threads serialised by one context's GIL; on GraalPy "
                    + GraalPyRemedies.CONTEXTS + "; or " + GraalPyRemedies.JAVA + "; " + GraalPyRemedies.PROCESSES
                    + " (GraalPy has no free-threaded build or subinterpreters)";
            case "interval-1ms", "interval-20ms" -> String.format(Locale.ROOT, "the GIL's switching decides this program, but %s: "
                    + "on GraalPy give the CPU-bound work its own Context (one GIL each, sharing one Engine), or %s", interval,
                    GraalPyRemedies.JAVA);
            default -> "the GIL's scheduling matters for this program; " + interval;
        };
    }
}
