package dev.gilspy.agent;

import dev.gilspy.agent.instrument.AdviceTransformer;
import dev.gilspy.agent.instrument.ClassAdvice;
import dev.gilspy.agent.runtime.AgentOptions;
import dev.gilspy.agent.runtime.AgentRuntime;
import dev.gilspy.agent.runtime.TargetDescriptor;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Starts the agent once per JVM. The premain does only what must come before the application
 * loads its next class (read the options, add a transformer that matches the targets' class names,
 * start the {@code jfr=} recording) and returns; the rest runs on a background daemon thread
 * ({@link AgentRuntime#startInBackground}). ByteBuddy is loaded only when a target's class is.
 * Nothing thrown here may reach the application: failures are one {@code gilspy-agent: ...} line
 * on {@code err}.
 */
final class AgentStartup {
    private AgentStartup() {}

    /**
     * @param fromCommandLine true for {@code -javaagent} (premain), false for dynamic attach
     * @return false when the options were bad or the agent was already running
     */
    static synchronized boolean start(String optionString, Instrumentation inst, PrintStream err, String version,
                                      boolean fromCommandLine) {
        if (AgentRuntime.isRunning()) {
            if (fromCommandLine) {
                // A second -javaagent: gilspy.jar is dropped, but never silently. Attaching again (top) is normal.
                err.println("gilspy-agent: already loaded (" + running() + "); ignoring -javaagent options '"
                        + (optionString == null ? "" : optionString) + "'");
            }
            return false;
        }
        AgentOptions options;
        List<TargetDescriptor> targets;
        try {
            options = AgentOptions.parse(optionString);
            targets = Targets.select(options.target());
        } catch (IllegalArgumentException e) {
            err.println("gilspy-agent: " + e.getMessage() + "; agent not started");
            return false;
        }
        long delay = fromCommandLine ? delay(options) : 0;
        AgentRuntime rt = AgentRuntime.create(options, targets, err, version, delay == 0);
        if (rt == null) {
            return false;
        }
        if (!inst.isRetransformClassesSupported()) {
            rt.fail("this JVM cannot retransform classes (the agent jar needs Can-Retransform-Classes: true)");
            rt.startInBackground(0, null, new Supplier<>() {
                @Override
                public Class<?>[] get() {
                    return new Class<?>[0];
                }
            });
            return true;
        }
        List<ClassAdvice> advice = new ArrayList<>();
        for (TargetDescriptor t : targets) {
            advice.add(Targets.advice(t));
        }
        // Anonymous classes, not lambdas, on this path: the launcher's class-data archive holds the
        // agent's classes, but only the lambdas its training run linked, so each lambda here was
        // spun at run time in every agent run (with the method-handle classes behind it: 9 lambdas
        // and 8 LambdaForms in a hello-world's premain, ~5-10 ms of CPU on a cold JVM)
        AdviceTransformer transformer = new AdviceTransformer(inst, advice, new AdviceTransformer.Listener() {
            @Override
            public void instrumented(String className) {
                rt.instrumented(className);
            }

            @Override
            public void failed(String message) {
                rt.fail(message);
            }
        });
        Supplier<Class<?>[]> loaded = new Supplier<>() {
            @Override
            public Class<?>[] get() {
                return inst.getAllLoadedClasses();
            }
        };
        if (!fromCommandLine) {
            rt.startRest(new Runnable() {
                @Override
                public void run() {
                    transformer.install();
                    transformer.retransformLoaded();
                }
            }, loaded, true);
        } else if (delay == 0) {
            // Measure from the first take: the GIL class is advised on the thread that loads it.
            transformer.install();
            rt.startInBackground(0, null, loaded);
        } else {
            // The GIL class is advised as it loads when the woven-class cache has it (nothing is
            // compiled yet, so nothing is deoptimized, and ByteBuddy stays unloaded); the hooks do
            // nothing until measuring starts. A miss is woven and retransformed after the delay.
            // Once the GIL class is loaded no transformer stays registered, so the JVM stops
            // handing the agent every class it loads.
            transformer.weaveOnMiss(false);
            transformer.standAsideAfterFirst(true);
            transformer.install();
            Class<?> ownGil = preloadOwnGil(targets);
            rt.startInBackground(delay, new Runnable() {
                @Override
                public void run() {
                    transformer.weaveOnMiss(true);
                    if (transformer.done() && !transformer.awaitsWeave()) {
                        return; // advised at load from the cache: nothing to weave, nothing to retransform
                    }
                    transformer.install();
                    transformer.retransformLoaded();
                    if (transformer.done()) {
                        transformer.uninstall();
                    }
                }
            }, ownGil == null ? loaded : new Supplier<>() {
                // Not every loaded class: bindIfLoaded names each class it is given, and Class.getName
                // interns and keeps the name of each (~800 in an interpreter run, ~120 KB), which the young
                // collections after measuring starts copied 15 times before they were tenured.
                @Override
                public Class<?>[] get() {
                    return new Class<?>[] {ownGil};
                }
            });
        }
        return true;
    }

    /**
     * In gilspy's own interpreter (this jar, or a {@code dev.gilspy} main class, is the
     * application), loads the GIL class now, while the transformer is registered: it is advised
     * from the woven-class cache (or kept for the later weave) and the transformer stands aside
     * at once. While a transformer is registered the JVM hands it every class it loads, and reads
     * each class of the CDS archive back from its jar to do so: about 30 ms of a hello-world's
     * start-up, between the premain and the interpreter's first GIL. Loading is not
     * initialising: the class's static state is set up when the interpreter first uses it, as
     * without the agent. Any other application (GraalPy's, an embedding one) loads its GIL class
     * when it needs it, which is when the transformer sees it. Returns the class, or null when it
     * did not load it.
     */
    static Class<?> preloadOwnGil(List<TargetDescriptor> targets) {
        boolean ours = false;
        for (TargetDescriptor t : targets) {
            ours |= t == Targets.GILSPY; // by identity: a record's equals would bootstrap ObjectMethods
        }
        if (!ours || !runsGilspy(System.getProperty("sun.java.command"), agentJar())) {
            return null;
        }
        try {
            return Class.forName(Targets.GILSPY.gilClass(), false, ClassLoader.getSystemClassLoader());
        } catch (Throwable notHere) {
            return null; // not on the application's class path after all: the transformer waits for it
        }
    }

    /** Whether the JVM's command line ({@code sun.java.command}) runs gilspy: its jar, or a main class of ours. */
    static boolean runsGilspy(String javaCommand, String agentJar) {
        if (javaCommand == null || javaCommand.isBlank()) {
            return false;
        }
        String command = javaCommand.strip();
        int end = 0;
        while (end < command.length() && !Character.isWhitespace(command.charAt(end))) {
            end++;
        }
        String main = command.substring(0, end); // not split("\\s+"): a regex would load and run java.util.regex here
        if (main.startsWith("dev.gilspy.")) {
            return true;
        }
        if (agentJar == null || !main.endsWith(".jar")) {
            return false;
        }
        try {
            return java.nio.file.Path.of(main).toAbsolutePath().normalize().equals(java.nio.file.Path.of(agentJar));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The agent jar's absolute path, or null when the agent's classes do not come from a jar file. */
    private static String agentJar() {
        try {
            var source = AgentStartup.class.getProtectionDomain().getCodeSource();
            return source == null ? null : java.nio.file.Path.of(source.getLocation().toURI()).toAbsolutePath().normalize().toString();
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /**
     * {@code delay=} as given; else none when a JFR recording runs from start-up (jfr=,
     * {@code -XX:StartFlightRecording}, async-profiler's {@code jfrsync}), which must see the
     * whole run, else {@link AgentOptions#DEFAULT_DELAY_NANOS}.
     */
    static long delay(AgentOptions options) {
        if (options.delayNanos() != AgentOptions.DELAY_UNSET) {
            return options.delayNanos();
        }
        return recordingFromStartup(jvmArguments()) ? 0 : AgentOptions.DEFAULT_DELAY_NANOS;
    }

    /**
     * This JVM's command line: {@code /proc/self/cmdline} where there is one (a file read, where
     * {@code ProcessHandle.info()} starts an executor and spins method handles in the host's
     * start-up), else {@code ProcessHandle}'s view of it. A {@code FileInputStream}, not NIO's
     * {@code Files.readAllBytes}: a channel read of a file whose size reads 0 leaves an 8 KB temporary
     * direct buffer (malloc'd) cached on the JVM's main thread for the rest of the run, and runs whose
     * premain did that ran the Python thread of countdown_2s.py 3-12 % slower (same C2 code, more
     * samples on its local's load; agent/README, "the premain's file read").
     */
    private static String[] jvmArguments() {
        try {
            byte[] bytes;
            try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/self/cmdline")) {
                bytes = in.readAllBytes();
            }
            String all = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            return all.split("\0");
        } catch (java.io.IOException | RuntimeException e) {
            return ProcessHandle.current().info().arguments().orElse(new String[0]);
        }
    }

    static boolean recordingFromStartup(String[] jvmArguments) {
        for (String a : jvmArguments) {
            if (a.startsWith("-XX:StartFlightRecording") || a.startsWith("-agentpath:") && a.contains("jfrsync")) {
                return true;
            }
        }
        return false;
    }

    /** This thread's CPU time from {@code /proc/thread-self/schedstat} (Linux), for the debug line only; else 0. */
    static long threadCpuNanos() {
        try {
            String s = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/thread-self/schedstat")),
                    java.nio.charset.StandardCharsets.US_ASCII);
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String running() {
        AgentRuntime rt = AgentRuntime.current();
        return rt == null ? "by another copy of the agent jar" : "options '" + rt.getOptions() + "'";
    }
}
