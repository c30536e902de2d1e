package dev.gilspy.interp;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Makes a JVM that records an AppCDS archive ({@code -XX:ArchiveClassesAtExit}) write one that
 * compiles normally: it exits only once the JIT's compile queues are empty.
 *
 * <p>Why: JDK 17's dynamic archive stores each archived method's access flags as they are at exit,
 * including HotSpot's "queued for compilation" bit (JDK-8306460, fixed in JDK 21, not in 17u). A
 * method that was waiting in a compile queue when the training JVM exited therefore comes out of the
 * archive marked as already queued, and the JIT never compiles it, at any tier, in any JVM that maps
 * the archive: it runs in the bytecode interpreter forever. Which methods that hits depends on what
 * the training's queues held at exit (long queues on a loaded machine), so some recordings were fine
 * and others were not. When the hit method was a hot node such as {@code Exprs.Name.eval} or
 * {@code Exprs.Const.eval}, steady state was 3-5x slower (a multiprocessing worker's
 * {@code sum(i * i for i in range(n))}: 0.25-0.45 s of thread CPU against 0.08-0.09 s; JFR showed
 * {@code Name.eval} as an interpreted frame in most samples, and -XX:+PrintCompilation never listed it).
 *
 * <p>The training JVMs (the launcher's {@code tools/cds-training.py} run and the multiprocessing
 * workers' {@code --cds-train}, see {@code modules.mp.CdsArchive}) start with
 * {@code -Dgilspy.cdsTraining=true}; {@link #installIfRecording()} then adds a shutdown hook that
 * waits, up to {@link #LIMIT_MS}, until the diagnostic command {@code Compiler.queue} shows no
 * compilation running or queued. Shutdown hooks run before the JVM writes the archive. If the
 * queues do not drain in time the JVM halts with {@link #NOT_QUIESCED}, and both recorders throw that
 * archive away (the next run records again).
 */
public final class CdsTraining {
    private CdsTraining() {}

    /** The system property the recorders set on a training JVM. */
    public static final String PROPERTY = "gilspy.cdsTraining";

    /** Exit status of a training JVM whose compile queues did not drain: its archive must not be used. */
    public static final int NOT_QUIESCED = 75;

    /** How long the hook waits for the compiler (C2 on a loaded 2-core machine can take seconds per method). */
    static final long LIMIT_MS = 60_000;

    private static boolean installed;

    /** Adds the shutdown hook when this JVM is a training run (cheap otherwise: one property read). */
    static synchronized void installIfRecording() {
        if (installed || !Boolean.getBoolean(PROPERTY)) {
            return;
        }
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!awaitIdleCompiler(LIMIT_MS)) {
                Runtime.getRuntime().halt(NOT_QUIESCED);
            }
        }, "gilspy-cds-quiesce"));
    }

    /** Waits until no compilation is running or queued; false when that did not happen within {@code limitMs}. */
    static boolean awaitIdleCompiler(long limitMs) {
        long end = System.nanoTime() + limitMs * 1_000_000;
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName dcmd = new ObjectName("com.sun.management:type=DiagnosticCommand");
            Object[] noArgs = {new String[0]};
            String[] signature = {String[].class.getName()};
            int idleInARow = 0;
            while (true) {
                String queues = (String) server.invoke(dcmd, "compilerQueue", noArgs, signature);
                // twice in a row: a method can be queued again by code still running in other threads
                idleInARow = isIdle(queues) ? idleInARow + 1 : 0;
                if (idleInARow == 2) {
                    return true;
                }
                if (System.nanoTime() - end > 0) {
                    return false;
                }
                Thread.sleep(50);
            }
        } catch (JMException | RuntimeException e) {
            return false; // cannot tell: treat the archive as unsafe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether {@code Compiler.queue}'s text shows nothing compiling and nothing queued. Its layout
     * (JDK 17): a "Current compiles:" heading followed by one line per busy compiler thread, then per
     * compiler a "... compile queue:" heading followed by "Empty" or one line per task.
     */
    static boolean isIdle(String queues) {
        for (String line : queues.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.equals("Empty") || s.endsWith(":")) {
                continue;
            }
            return false;
        }
        return true;
    }
}
