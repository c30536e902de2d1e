package dev.gilspy.agent;

import dev.gilspy.agent.instrument.ClassAdvice;
import dev.gilspy.agent.runtime.TargetDescriptor;
import dev.gilspy.agent.runtime.TargetReader;
import dev.gilspy.agent.targets.gilspy.GilInstrumentation;
import dev.gilspy.agent.targets.gilspy.GilspyTarget;
import dev.gilspy.agent.targets.graalpy.GraalPyInstrumentation;
import dev.gilspy.agent.targets.graalpy.GraalPyTarget;
import java.util.List;
import java.util.Locale;

/** The known targets and the {@code target=} option: the only place that names each target's package. */
public final class Targets {
    private Targets() {}

    public static final TargetDescriptor GILSPY = GilspyTarget.DESCRIPTOR;
    public static final TargetDescriptor GRAALPY = GraalPyTarget.DESCRIPTOR;

    /**
     * Resolves the {@code target=} option: {@code auto} instruments every supported descriptor and
     * binds whichever class shows up.
     *
     * @throws IllegalArgumentException with a one-line message for unknown or unsupported targets
     */
    public static List<TargetDescriptor> select(String option) {
        switch (option.toLowerCase(Locale.ROOT)) {
            case "auto": return List.of(GILSPY, GRAALPY);
            case "gilspy": return List.of(GILSPY);
            case "graalpy": return List.of(GRAALPY);
            default: throw new IllegalArgumentException("unknown target '" + option + "' (expected auto, gilspy or graalpy)");
        }
    }

    /**
     * For the launcher's class-data training run only ({@code cli}'s {@code CdsAgentClasses}): binds
     * gilspy's reader to the GIL class of {@code loader} and calls each read once on no object, so
     * that the method-handle adapters and call-site invokers it uses are made in the training, and
     * the archive taken at its exit holds them. Otherwise every agent run spun them on its start-up
     * thread and ticker when measuring began: 13 LambdaForm classes on threads_countdown_2s.py,
     * generated with the JDK's ASM and compiled by C1. Each read fails at its target (a
     * NullPointerException) after its handles are linked; the static ones run. Reads nothing of a
     * running program and changes nothing: the interpreter has not started yet.
     *
     * @return how many reads it linked
     */
    public static int linkReaderForArchive(ClassLoader loader) {
        TargetReader r;
        try {
            r = GILSPY.readerFactory().apply(Class.forName(GILSPY.gilClass(), false, loader));
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            return 0; // not gilspy's jar
        }
        List<Runnable> reads = List.of(
                new Runnable() { public void run() { r.gils(); } },
                new Runnable() { public void run() { r.threadStates(); } },
                new Runnable() { public void run() { r.interpreterId(null); } },
                new Runnable() { public void run() { r.mode(null); } },
                new Runnable() { public void run() { r.switchIntervalMicros(null); } },
                new Runnable() { public void run() { r.holder(null); } },
                new Runnable() { public void run() { r.ident(null); } },
                new Runnable() { public void run() { r.name(null); } },
                new Runnable() { public void run() { r.thread(null); } },
                new Runnable() { public void run() { r.threadInterpreterId(null); } },
                new Runnable() { public void run() { r.status(null); } },
                new Runnable() { public void run() { r.dropRequested(null); } },
                new Runnable() { public void run() { r.frame(null); } },
                new Runnable() { public void run() { r.back(null); } },
                new Runnable() { public void run() { r.code(null); } },
                new Runnable() { public void run() { r.codeName(null); } },
                new Runnable() { public void run() { r.fileName(null); } },
                new Runnable() { public void run() { r.line(null); } });
        int linked = 0;
        for (Runnable read : reads) {
            try {
                read.run();
            } catch (RuntimeException | LinkageError expected) {
                // the read itself fails on no object; its handles are linked by then
            }
            linked++;
        }
        return linked;
    }

    /** The advice that instruments one target's classes. */
    static ClassAdvice advice(TargetDescriptor target) {
        return target == GRAALPY ? new GraalPyInstrumentation(target.gilClass())
                : new GilInstrumentation(target.gilClass());
    }
}
