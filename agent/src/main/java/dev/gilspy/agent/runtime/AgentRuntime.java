package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jmx.AgentMXBean;
import dev.gilspy.agent.jmx.DescribedMXBean;
import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.GilspyNames;
import dev.gilspy.agent.metrics.GilMetricsSource;
import dev.gilspy.agent.metrics.MetricsRenderer;
import dev.gilspy.agent.metrics.MetricsServer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The running agent: binds the recorder to the first target whose GIL class is used, owns the
 * agent threads (ticker, sampler, knocker), the MBeans, the {@code jfr=} recording and the
 * metrics endpoint. One per JVM; a second start is a no-op.
 */
public final class AgentRuntime implements AgentMXBean {
    public static final String VERSION_PROPERTY = "gilspy.agent.version";
    public static final String TARGET_PROPERTY = "gilspy.agent.target";
    public static final String METRICS_PROPERTY = "gilspy.agent.metrics";

    private static AgentRuntime current;

    private final AgentOptions options;
    private final List<TargetDescriptor> targets;
    private final PrintStream err;
    private final String version;
    private final Set<String> instrumented = ConcurrentHashMap.newKeySet();
    private final List<GilMetricsSource> gilBeans = new CopyOnWriteArrayList<>();
    private volatile MetricsServer metrics;
    private final Map<Object, ObjectName> beanNames = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile String error = "";
    private volatile boolean bindFailed;
    private volatile String metricsAddress = "";
    private volatile boolean jfrRegistered;
    private final List<GilStats> pendingBeans = new ArrayList<>();
    private boolean beansReady;
    /** Whether a hook may bind the recorder (measuring from start-up, attach), see {@link #create}. */
    private final boolean bindOnFirstHook;

    private AgentRuntime(AgentOptions options, List<TargetDescriptor> targets, PrintStream err, String version,
                         boolean bindOnFirstHook) {
        this.options = options;
        this.targets = targets;
        this.err = err;
        this.version = version;
        this.bindOnFirstHook = bindOnFirstHook;
    }

    /** Whether an agent already runs in this JVM (this copy, or another copy of the agent jar). */
    public static synchronized boolean isRunning() {
        return current != null || System.getProperty(VERSION_PROPERTY) != null;
    }

    public static synchronized AgentRuntime current() {
        return current;
    }

    /**
     * Creates the agent of this JVM, once; {@link #startInBackground} does the rest. Only what
     * must precede the application's next class load runs here, so the premain stays short: the
     * binder the hooks call, and the {@code jfr=} recording, which records from start-up.
     *
     * @param bindOnFirstHook true to bind the recorder on the first hook call (measuring from
     *                        start-up, or attach); false to bind only in {@link #startRest}, so
     *                        advice woven at class load costs the application nothing until then
     *
     * @return the runtime, or null when one was already running
     */
    public static synchronized AgentRuntime create(AgentOptions options, List<TargetDescriptor> targets, PrintStream err,
                                                   String version, boolean bindOnFirstHook) {
        if (isRunning()) {
            return null;
        }
        AgentRuntime rt = new AgentRuntime(options, targets, err, version, bindOnFirstHook);
        current = rt;
        System.setProperty(VERSION_PROPERTY, version);
        System.setProperty(TARGET_PROPERTY, options.target());
        if (bindOnFirstHook) {
            RecorderBinding.install(rt.binder());
        }
        if (options.jfrFile() != null) {
            rt.registerJfr();
            try {
                JfrSupport.startRecording(Path.of(AgentOptions.expandPid(options.jfrFile())), options.waitThresholdNanos(),
                        options.holdThresholdNanos());
            } catch (Throwable t) {
                rt.warn("cannot record to " + options.jfrFile() + ": " + why(t));
            }
        }
        return rt;
    }

    /**
     * Runs the rest of the start-up on a daemon thread, off the application's critical path:
     * JFR event registration, the MBeans, {@code instrumentLoaded} (advice for target classes
     * loaded before the agent), binding an already running target, the agent's threads and the
     * metrics endpoint. A GIL taken before the advice arrives is seeded as held when first seen.
     * {@code instrumentLoaded} is null when nothing waits to be advised.
     */
    public void startInBackground(long delayNanos, Runnable instrumentLoaded, Supplier<Class<?>[]> loaded) {
        // not a lambda: this runs in the premain, where a lambda is spun at run time (see AgentStartup)
        new AgentThread("gilspy-start", new Runnable() {
            @Override
            public void run() {
                LockSupport.parkNanos(delayNanos);
                startRest(instrumentLoaded, loaded, options.metricsPort() >= 0);
            }
        }).start();
    }

    private void registerJfr() {
        if (jfrRegistered) {
            return;
        }
        jfrRegistered = true;
        try {
            JfrSupport.registerWhenRecorderStarts();
        } catch (Throwable t) {
            warn("JFR events unavailable: " + t);
        }
    }

    /**
     * The same start-up on the calling thread: for dynamic attach, where a client waits for the MBeans.
     *
     * @param mbeansNow register the MBeans now (attach: a client waits; {@code metrics=}: the
     *                  endpoint reads them); else when the platform MBean server comes to exist
     *                  ({@link #tickLoop}), since creating it costs about 0.2 s of CPU and 500
     *                  classes, which a JVM nobody reads through JMX should not pay
     */
    public void startRest(Runnable instrumentLoaded, Supplier<Class<?>[]> loaded, boolean mbeansNow) {
        boolean debug = Boolean.getBoolean("gilspy.agent.debug");
        long c0 = debug ? threadCpuNanos() : 0;
        long t0 = System.nanoTime();
        registerJfr();
        long t1 = System.nanoTime();
        long c1 = debug ? threadCpuNanos() : 0;
        if (mbeansNow || PlatformServer.exists()) {
            registerMBeans();
        }
        long t2 = System.nanoTime();
        long c2 = debug ? threadCpuNanos() : 0;
        if (instrumentLoaded != null) {
            instrumentLoaded.run();
        }
        long t3 = System.nanoTime();
        long c3 = debug ? threadCpuNanos() : 0;
        bindIfLoaded(loaded.get());
        RecorderBinding.install(binder());
        if (debug) {
            long c4 = threadCpuNanos();
            err.printf("gilspy-agent: background start-up jfr %.0f ms (CPU %.0f), mbean %.0f (%.0f), instrument %.0f (%.0f),"
                    + " bind %.0f (%.0f)%s%s%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6,
                    (t3 - t2) / 1e6, (c3 - c2) / 1e6, (System.nanoTime() - t3) / 1e6, (c4 - c3) / 1e6,
                    warmedUpNote(), mbeansReady() ? "" : " (MBeans wait for the platform MBean server)");
        }
        new AgentThread("gilspy-ticker", new Runnable() {
            @Override
            public void run() {
                tickLoop();
            }
        }).start();
        if (options.sampleHz() > 0) {
            new AgentThread("gilspy-sampler", new Sampler(options.sampleHz())).start();
        }
        if (options.knockPollNanos() > 0) {
            new AgentThread("gilspy-knocker", new Knocker(options.knockPollNanos(), options.knockWindowNanos())).start();
        }
        if (options.metricsPort() >= 0) {
            startMetrics();
        }
    }

    private static String warmedUpNote() {
        GilRecorder r = RecorderBinding.recorder();
        return r == null || r.warmedUp() ? "" : " (warm-up deferred: one Python thread)";
    }

    private void startMetrics() {
        String where = options.metricsHost() + ":" + options.metricsPort();
        try {
            metrics = MetricsServer.start(options.metricsHost(), options.metricsPort(), () -> {
                        Clients.seen();
                        return List.copyOf(gilBeans);
                    },
                    new MetricsRenderer(version, options.target()), r -> new AgentThread("gilspy-metrics", r));
            metricsAddress = metrics.address();
            System.setProperty(METRICS_PROPERTY, metricsAddress);
            if (!MetricsServer.isLoopback(options.metricsHost())) {
                // Said even with quiet: other hosts can now read thread and Python function names.
                err.println("gilspy-agent: warning: metrics on " + metricsAddress + " are open to other hosts"
                        + " (GIL statistics, Python thread names); give metrics=127.0.0.1:PORT to keep them local");
            } else if (!options.quiet()) {
                err.println("gilspy-agent: OpenMetrics at http://" + metricsAddress + "/metrics");
            }
        } catch (Throwable t) {
            warn("cannot serve metrics on " + where + ": " + why(t));
        }
    }

    /** This thread's CPU time from {@code /proc/thread-self/schedstat} (Linux), for the debug line only; else 0. */
    private static long threadCpuNanos() {
        try {
            String s = java.nio.file.Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Binds the recorder to a target class already loaded, and warms its accounting up
     * ({@link GilRecorder#warmUpIfThreaded}: only once the program runs two Python threads, else
     * the ticker does it when a second one appears) on this thread, which is never an application
     * thread (the start-up thread, or the attach listener). Where no hook can bind (the default
     * delay: the binder is installed after this) the warm-up runs before the recorder is published,
     * so the application's threads never run the accounting interpreted; where one can, after, so
     * that a hook never waits for it. Then the statistics of every live GIL are made, as the
     * ticker's first tick would.
     */
    private void bindIfLoaded(Class<?>[] loaded) {
        for (Class<?> c : loaded) {
            for (TargetDescriptor t : targets) {
                if (c.getName().equals(t.gilClass())) {
                    GilRecorder r = bindClass(c, !bindOnFirstHook);
                    if (r != null && bindOnFirstHook) {
                        r.warmUpIfThreaded();
                    }
                    if (r != null) {
                        // each live GIL's statistics (and MBean), made here, once the recorder is published,
                        // rather than by its first hook call on an application thread
                        try {
                            r.discover();
                        } catch (RuntimeException e) {
                            // the ticker discovers them again every second
                        }
                    }
                    return;
                }
            }
        }
    }

    /**
     * {@link #bind} as the function {@link RecorderBinding} calls. An anonymous class, not a method
     * reference: the start-up paths run it once per JVM, where a method reference is spun at run time
     * (the class-data archive holds only the lambdas its training run linked).
     */
    private Function<Object, GilRecorder> binder() {
        return new Function<>() {
            @Override
            public GilRecorder apply(Object gil) {
                return bind(gil);
            }
        };
    }

    /** The binder {@link RecorderBinding} calls with the first GIL object it sees. */
    private GilRecorder bind(Object gil) {
        // After a failed bind every hook call lands here: answer without taking the lock.
        return bindFailed ? null : bindClass(gil.getClass(), false);
    }

    private synchronized GilRecorder bindClass(Class<?> gilClass, boolean warmUpFirst) {
        GilRecorder bound = RecorderBinding.recorder();
        if (bound != null || bindFailed) {
            return bound;
        }
        for (TargetDescriptor t : targets) {
            if (t.gilClass().equals(gilClass.getName())) {
                try {
                    TargetReader reader = t.readerFactory().apply(gilClass);
                    GilRecorder r = new GilRecorder(reader, t.name(), new Consumer<>() {
                        @Override
                        public void accept(GilStats s) {
                            onNewGil(s);
                        }
                    });
                    if (warmUpFirst) {
                        r.warmUpIfThreaded();
                    }
                    RecorderBinding.bound(r);
                    return r;
                } catch (Throwable e) {
                    bindFailed = true;
                    fail(e.getMessage());
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * A new GIL's MBean. Called on the application thread that first used the GIL: until the
     * background start-up has the MBean server up, the registration waits in a queue.
     */
    private void onNewGil(GilStats s) {
        synchronized (pendingBeans) {
            if (!beansReady) {
                pendingBeans.add(s);
                return;
            }
        }
        registerGil(s);
    }

    private boolean mbeansReady() {
        synchronized (pendingBeans) {
            return beansReady;
        }
    }

    /** Registers the agent's MBean and every GIL's that waited, once. */
    private void registerMBeans() {
        synchronized (pendingBeans) {
            if (beansReady) {
                return;
            }
        }
        register(this, AgentMXBean.class, AgentMXBean.OBJECT_NAME);
        List<GilStats> pending;
        synchronized (pendingBeans) {
            beansReady = true;
            pending = new ArrayList<>(pendingBeans);
            pendingBeans.clear();
        }
        pending.forEach(this::registerGil);
    }

    private void registerGil(GilStats s) {
        GilRecorder r = RecorderBinding.recorder();
        GilMBean bean = new GilMBean(r, s);
        ObjectName name = register(bean, GilMXBean.class, GilspyNames.gil(s.interpreterId));
        if (name != null) {
            beanNames.put(s, name);
            gilBeans.add(bean);
        }
    }

    private void tickLoop() {
        long period = 1_000_000_000L;
        long next = System.nanoTime() + period;
        long ticks = 0;
        while (true) {
            awaitTick(next);
            next += period;
            GilRecorder r = RecorderBinding.recorder();
            if (r == null) {
                continue;
            }
            try {
                tick(r, ++ticks);
            } catch (Throwable t) {
                warn("statistics stopped: " + t);
                return;
            }
        }
    }

    /**
     * Sleeps until {@code next}; until the MBeans are registered, looks ten times a second whether
     * someone made the platform MBean server ({@code top}'s or JConsole's attach, a JMX exporter,
     * the application) and registers them then, so a JMX client finds them within about 0.1 s.
     */
    private void awaitTick(long next) {
        long slice = 100_000_000L;
        long left;
        while ((left = next - System.nanoTime()) > 0) {
            if (mbeansReady()) {
                LockSupport.parkNanos(left);
                return;
            }
            LockSupport.parkNanos(Math.min(left, slice));
            if (!mbeansReady() && PlatformServer.exists()) {
                registerMBeans();
            }
        }
    }

    private void tick(GilRecorder r, long ticks) {
        r.warmUpIfThreaded();
        r.discover();
        Set<Object> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(r.reader.gils());
        long now = System.nanoTime();
        for (GilStats s : r.all()) {
            if (live.contains(s.gil)) {
                s.tick(now);
            } else {
                r.forget(s);
                ObjectName name = beanNames.remove(s);
                gilBeans.removeIf(b -> b.bean().getInterpreterId() == s.interpreterId && !beanNames.containsKey(s));
                unregister(name);
            }
        }
        if (ticks % 10 == 0) {
            r.prune(r.reader.threadStates());
        }
    }

    private static <T> ObjectName register(T bean, Class<T> iface, String name) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName on = new ObjectName(name);
            if (server.isRegistered(on)) {
                server.unregisterMBean(on);
            }
            server.registerMBean(new DescribedMXBean<>(bean, iface, Clients::seen), on);
            return on;
        } catch (Exception e) {
            AgentRuntime rt = current;
            if (rt != null) {
                rt.warn("cannot register MBean " + name + ": " + e);
            }
            return null;
        }
    }

    private static void unregister(ObjectName name) {
        if (name == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (Exception ignored) {
            // already gone: nothing to undo
        }
    }

    private static String why(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Notes a class that now carries the advice. */
    public void instrumented(String className) {
        instrumented.add(className);
    }

    /** Reports an instrumentation failure once on stderr; the application carries on unmeasured. */
    public synchronized void fail(String message) {
        if (error.isEmpty()) {
            error = message;
            err.println("gilspy-agent: " + message);
        }
    }

    /** Reports a failure of one optional part (JFR, MBeans, metrics): the rest keeps measuring. */
    private void warn(String message) {
        err.println("gilspy-agent: " + message);
    }

    // ------------------------------------------------------------------ AgentMXBean

    @Override public String getVersion() { return version; }
    @Override public String getOptions() { return options.raw(); }
    @Override public String getTarget() { return options.target(); }
    @Override public String getBoundTarget() {
        GilRecorder r = RecorderBinding.recorder();
        return r == null ? "" : r.targetName;
    }
    @Override public boolean isInstrumented() { return !instrumented.isEmpty() && error.isEmpty(); }
    @Override public String getInstrumentationError() { return error; }
    @Override public String[] getInstrumentedClasses() { return instrumented.toArray(new String[0]); }
    @Override public int getSamplerHz() { return options.sampleHz(); }
    @Override public long getKnockPollingMicros() { return options.knockPollNanos() / 1000; }
    @Override public long getKnockWindowMicros() { return options.knockWindowNanos() / 1000; }
    @Override public String getKnockerStatus() {
        GilRecorder r = RecorderBinding.recorder();
        if (options.knockPollNanos() <= 0) {
            return "off (knock=off)";
        }
        if (r == null) {
            return "waiting for a target";
        }
        return r.reader.canKnock() ? "on" : "off: " + r.reader.knockerUnavailableReason();
    }
    @Override public long getWaitThresholdMicros() { return options.waitThresholdNanos() / 1000; }
    @Override public long getHoldThresholdMicros() { return options.holdThresholdNanos() / 1000; }
    @Override public String getJfrFile() { return options.jfrFile() == null ? "" : options.jfrFile(); }
    @Override public String getMetricsAddress() { return metricsAddress; }
    @Override public int getInternedStacks() {
        GilRecorder r = RecorderBinding.recorder();
        return r == null ? 0 : r.stacks.size();
    }

}
