package dev.gilspy.agent.it.workload;

import dev.gilspy.interp.gil.FrameInfo;
import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Drives the real GIL from Java threads that behave like Python threads: attach, take, loop with a
 * check site at every iteration, publish frames, release around sleeps. Prints {@code key=value}
 * lines for the tests; reads the agent's MBean (by name only) when it is there.
 */
public final class Workload {
    static final Object MODULE = new Object();
    static final Object COUNTDOWN = new Object();
    static final Object SLEEPER = new Object();
    static final FrameInfo MAIN = new TestFrame(null, MODULE, "<module>", "workload.py", 20);

    final Gil gil = new Gil(0, GilMode.ON);
    final AtomicLong iterations = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stop;
    private volatile boolean measuring;
    /** A line on stdin ends the measurement early, so attach tests need not wait out a long run. */
    private final java.util.concurrent.CountDownLatch stopRequest = new java.util.concurrent.CountDownLatch(1);

    public Workload() {
        Thread stdin = new Thread(() -> {
            try {
                if (System.in.read() >= 0) {
                    stopRequest.countDown();
                }
            } catch (java.io.IOException ignored) {
                // no stdin: run for the full time
            }
        }, "stdin-watch");
        stdin.setDaemon(true);
        stdin.start();
    }

    /** A CPU-bound Python thread: {@code countdown(n)} forever. */
    public void cpu(String name) {
        start(name, ts -> {
            FrameInfo a = new TestFrame(MAIN, COUNTDOWN, "countdown", "workload.py", 4);
            FrameInfo b = new TestFrame(MAIN, COUNTDOWN, "countdown", "workload.py", 5);
            long n = 0;
            long x = 1;
            while (!stop) {
                x = x * 31 + n;
                if ((++n & 1023) == 0) {
                    ts.setFrame((n & 1024) == 0 ? a : b);
                    if (measuring) {
                        iterations.addAndGet(1024);
                    }
                }
                if (ts.evalBreaker != 0) {
                    ts.handleEvalBreaker();
                }
            }
            return x;
        });
    }

    /** A thread that does a little work, then sleeps with the GIL released, forever. */
    public void sleeper(String name, long sleepMicros, int workIterations) {
        start(name, ts -> {
            FrameInfo work = new TestFrame(MAIN, SLEEPER, "sleeper", "workload.py", 12);
            FrameInfo sleep = new TestFrame(work, new Object(), "sleep", "time.py", 1);
            long x = 1;
            while (!stop) {
                ts.setFrame(work);
                for (int i = 0; i < workIterations; i++) {
                    x = x * 31 + i;
                    if (ts.evalBreaker != 0) {
                        ts.handleEvalBreaker();
                    }
                }
                ts.setFrame(sleep);
                ts.beginAllowThreads(ThreadState.RELEASED_IO);
                try {
                    Thread.sleep(sleepMicros / 1000, (int) (sleepMicros % 1000) * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } finally {
                    ts.endAllowThreads();
                }
            }
            return x;
        });
    }

    interface Body {
        long run(ThreadState ts);
    }

    private void start(String name, Body body) {
        Thread t = new Thread(() -> {
            ThreadState ts = ThreadState.attach(gil, name);
            ts.setFrame(MAIN);
            ts.takeGil();
            try {
                if (body.run(ts) == 42) {
                    System.out.print("");
                }
            } finally {
                ts.dropGil();
                ts.detach();
            }
        }, name);
        threads.add(t);
        t.start();
    }

    /** Warms up, measures for {@code millis}, stops every thread and prints the results. */
    public Map<String, Double> measure(long warmupMillis, long millis) throws Exception {
        System.out.println("started");
        System.out.flush();
        Thread.sleep(warmupMillis);
        awaitAgent();
        Map<String, Double> a = snapshot();
        long cpu0 = threadsCpuNanos();
        long t0 = System.nanoTime();
        measuring = true;
        stopRequest.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        measuring = false;
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threadsCpuNanos() - cpu0) / 1e9;
        Map<String, Double> b = snapshot();
        printOpenMetrics();
        stopAll();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("iterations_per_second", iterations.get() / wall);
        // Per CPU second of the Python threads: steadier than per wall second on a shared machine.
        out.put("iterations_per_cpu_second", cpu > 0 ? iterations.get() / cpu : 0);
        // CPU seconds the Python threads got per wall second: below the held share, the holder
        // spent part of its holds preempted by other work on the machine.
        out.put("python_cpu_per_wall", cpu / wall);
        if (!a.isEmpty() && !b.isEmpty()) {
            double w = b.get("WallSecondsTotal") - a.get("WallSecondsTotal");
            out.put("held", (b.get("HeldSecondsTotal") - a.get("HeldSecondsTotal")) / w);
            out.put("contention", (b.get("ContendedSecondsTotal") - a.get("ContendedSecondsTotal")) / w);
            out.put("waiters", (b.get("WaitSecondsTotal") - a.get("WaitSecondsTotal")) / w);
            double knockSpan = b.get("KnockSecondsTotal") - a.get("KnockSecondsTotal");
            out.put("knock", knockSpan > 0 ? (b.get("KnockWaitSecondsTotal") - a.get("KnockWaitSecondsTotal")) / knockSpan : Double.NaN);
            out.put("knock_seconds", knockSpan);
            out.put("drop_requests", b.get("DropRequestsTotal") - a.get("DropRequestsTotal"));
            out.put("forced_drops", b.get("ForcedDropsTotal") - a.get("ForcedDropsTotal"));
            out.put("knock_ratio_attribute", ((Number) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(gilBean(), "KnockRatio")).doubleValue());
            for (String k : b.keySet()) {
                if (k.startsWith("thread.") && k.endsWith(".wait") && a.containsKey(k)) {
                    out.put(k, (b.get(k) - a.get(k)) / w);
                }
                if (k.startsWith("thread.") && k.endsWith(".held") && a.containsKey(k)) {
                    out.put(k, (b.get(k) - a.get(k)) / w);
                }
            }
        }
        print(out);
        return out;
    }

    /** Fetches the agent's own OpenMetrics endpoint, when it serves one, and echoes it prefixed {@code om: }. */
    static void printOpenMetrics() throws Exception {
        String address = System.getProperty("gilspy.agent.metrics");
        if (address == null) {
            return;
        }
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL("http://" + address + "/metrics").openConnection();
        c.setRequestProperty("Accept", "application/openmetrics-text; version=1.0.0");
        System.out.println("om: content-type " + c.getContentType());
        try (java.io.InputStream in = c.getInputStream()) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                System.out.println("om: " + line);
            }
        }
    }

    private long threadsCpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : threads) {
            long ns = mx.getThreadCpuTime(t.getId());
            sum += Math.max(0, ns);
        }
        return sum;
    }

    void stopAll() throws InterruptedException {
        stop = true;
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    static void print(Map<String, Double> values) {
        values.forEach((k, v) -> System.out.println(k + "=" + String.format(Locale.ROOT, "%.6f", v)));
    }

    /**
     * When an agent that can bind this GIL is loaded, waits for its MBean: the agent registers it
     * from a background thread, a few hundred milliseconds after start-up.
     */
    static void awaitAgent() throws Exception {
        String target = System.getProperty("gilspy.agent.target");
        if (target == null || target.equals("graalpy")) {
            return;
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!server.isRegistered(gilBean()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    static ObjectName gilBean() throws Exception {
        return new ObjectName("dev.gilspy:type=Gil,interpreter=0");
    }

    /** The agent's totals, or an empty map when no agent is loaded. */
    static Map<String, Double> snapshot() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Double> out = new LinkedHashMap<>();
        if (!server.isRegistered(gilBean())) {
            return out;
        }
        for (String attr : new String[] {"WallSecondsTotal", "HeldSecondsTotal", "WaitSecondsTotal",
                "ContendedSecondsTotal", "AcquisitionsTotal", "SwitchesTotal", "ForcedDropsTotal",
                "DropRequestsTotal", "KnockWaitSecondsTotal", "KnockSecondsTotal"}) {
            out.put(attr, ((Number) server.getAttribute(gilBean(), attr)).doubleValue());
        }
        for (CompositeData t : (CompositeData[]) server.getAttribute(gilBean(), "Threads")) {
            String name = (String) t.get("name");
            out.put("thread." + name + ".wait", (Double) t.get("waitSecondsTotal"));
            out.put("thread." + name + ".held", (Double) t.get("heldSecondsTotal"));
            out.put("thread." + name + ".acquisitions", ((Long) t.get("acquisitionsTotal")).doubleValue());
        }
        return out;
    }

    static long arg(String[] args, int i, long dflt) {
        return args.length > i ? Long.parseLong(args[i]) : dflt;
    }
}
