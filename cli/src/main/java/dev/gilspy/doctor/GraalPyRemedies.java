package dev.gilspy.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The doctor's advice for a GraalPy recording. CPython's remedies do not apply there: GraalPy
 * ignores {@code sys.setswitchinterval} (its release scheduler runs at a fixed delay), and has no
 * {@code python3.13t}, {@code --gil=off} or subinterpreters. What GraalPy's documentation offers
 * instead: separate polyglot {@code Context}s, each with its own GIL, sharing one {@code Engine}
 * (so they share compiled code); moving the CPU-bound work into Java, which runs outside the GIL
 * (GraalPy releases it around calls to Java); and processes.
 */
final class GraalPyRemedies {
    static final String CONTEXTS = "give each worker thread its own polyglot Context (one GIL each) sharing one Engine: "
            + "Context.newBuilder(\"python\").engine(sharedEngine).build() per worker or from a pool";
    static final String JAVA = "move the CPU-bound work into Java code called from Python: it runs outside the GIL";
    static final String PROCESSES = "or run the work in separate processes";

    private GraalPyRemedies() {}

    /** The findings with GraalPy's remedies; findings whose advice holds on any Python are unchanged. */
    static List<Finding> apply(GilProfile p, List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding g = forGraalPy(p, f);
            if (g != null) out.add(g);
        }
        return out;
    }

    private static Finding forGraalPy(GilProfile p, Finding f) {
        return switch (f.id()) {
            case "cpu-bound-threads" -> new Finding(f.id(), "CPU-bound threads share one GraalPy context; give each its own Context",
                    "CPU-bound threads fighting over one context's GIL", f.evidence(), f.functions(),
                    CONTEXTS + "; or " + JAVA + "; " + PROCESSES + ". sys.setswitchinterval does not apply: GraalPy ignores it.",
                    String.format(Locale.ROOT, "Up to %dx on %d+ cores: contexts run Python in parallel; threads in one "
                            + "context cannot speed this up.", Math.max(2, p.busyThreads()), Math.max(2, p.busyThreads())));
            case "convoy" -> new Finding(f.id(), "convoy; give the I/O path its own Context",
                    "A convoy: I/O threads wait a release interval after each release", f.evidence(), f.functions(),
                    "run the CPU-bound work in a separate Context (its own GIL, sharing the Engine), or " + JAVA
                            + "; GraalPy's release interval (" + Diagnosis.ms(p.intervalNanos) + ") is fixed: sys.setswitchinterval is ignored.",
                    "Each I/O round trip stops paying up to a whole release interval.");
            case "interval-too-small" -> null; // GraalPy's interval cannot be set from Python
            case "single-thread-cpu" -> new Finding(f.id(), "CPU-bound in one thread; the GIL is not the bottleneck",
                    f.title(), f.evidence(), f.functions(),
                    "to use more cores, run more Contexts (one GIL each) sharing one Engine, or " + JAVA
                            + "; more threads in this context would only fight.",
                    "Up to N x on N cores with N contexts.");
            case "native-hold" -> new Finding(f.id(), "GraalPy code holds the GIL past release requests; use separate Contexts",
                    "Long holds that ignore GraalPy's release requests", f.evidence(), f.functions(),
                    "GraalPy releases only in ordinary Python code, not inside its builtins: split the long call, "
                            + "move it into Java (outside the GIL), or give the other threads their own Context.",
                    "Other threads stop stalling for whole calls.");
            case "hot-function" -> new Finding(f.id(), f.headline(), f.title(), f.evidence(), f.functions(),
                    "optimise this function first, or move it into Java (outside the GIL) or to its own Context.",
                    f.expectedEffect());
            default -> f;
        };
    }
}
