package dev.gilspy.sample.graalpy.it;

import dev.gilspy.sample.graalpy.GraalPyService;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Child-JVM main: runs the GraalPy service under the agent and reads the agent's MXBeans through
 * the platform MBean server, the way JConsole or {@code gilspy top} would, then prints
 * {@code key=value} lines. Figures are differences of the monotonic counters over a measured
 * window, so they do not depend on when the agent's one-second windows close.
 *
 * <p>It also prints {@code runqueue}: the time the worker threads spent runnable but waiting for a
 * CPU over the same window (Linux's {@code /proc/self/task/TID/schedstat}), per wall second. A
 * CPU-bound worker that is not holding the GIL is either waiting for it (contention) or waiting for
 * a CPU: on a loaded machine a thread that has just released the GIL is often preempted by the
 * thread it woke before it can ask again, so contention alone depends on the load, and the sum does
 * not.
 *
 * <p>Arguments: {@code cpu|io|mixed WORKERS MEASURE_SECONDS}.
 */
public final class GraalPyProbe {
    private GraalPyProbe() {}

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int workers = Integer.parseInt(args[1]);
        double measure = Double.parseDouble(args[2]);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try (GraalPyService service = new GraalPyService()) {
            service.cpu(1);
            long deadline = System.nanoTime() + (long) ((measure + 2.5) * 1e9);
            Thread load = new Thread(() -> {
                try {
                    service.serve(kind, workers, deadline, 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "probe-load");
            load.start();
            Thread.sleep(1500); // the workers have entered the context and contend by now
            // the agent registers its MBeans on a background thread: a loaded machine can delay them
            Set<ObjectName> gils = server.queryNames(new ObjectName("dev.gilspy:type=Gil,*"), null);
            for (long until = System.nanoTime() + 30_000_000_000L; gils.isEmpty() && System.nanoTime() < until; ) {
                Thread.sleep(20);
                gils = server.queryNames(new ObjectName("dev.gilspy:type=Gil,*"), null);
            }
            if (gils.isEmpty()) {
                System.out.println("error=no GIL MXBean registered");
                load.join();
                return;
            }
            ObjectName gil = gils.iterator().next();
            double[] a = counters(server, gil);
            long delay0 = workersRunQueueNanos();
            Thread.sleep((long) (measure * 1000));
            long delay1 = workersRunQueueNanos();
            double[] b = counters(server, gil);
            double wall = b[0] - a[0];
            print("runqueue", delay0 < 0 || delay1 < 0 ? -1 : (delay1 - delay0) / 1e9 / wall);
            print("wall", wall);
            print("held", (b[1] - a[1]) / wall);
            print("contention", (b[2] - a[2]) / wall);
            print("waiters", (b[3] - a[3]) / wall);
            print("forced_per_s", (b[4] - a[4]) / wall);
            print("drop_requests_per_s", (b[5] - a[5]) / wall);
            print("knock", (Double) server.getAttribute(gil, "KnockRatio"));
            ObjectName agent = new ObjectName("dev.gilspy:type=Agent");
            System.out.println("target=" + server.getAttribute(gil, "Target"));
            print("switch_interval", ((Number) server.getAttribute(gil, "SwitchIntervalSeconds")).doubleValue());
            System.out.println("interval_source=" + server.getAttribute(gil, "SwitchIntervalSource"));
            System.out.println("knocker=" + server.getAttribute(agent, "KnockerStatus"));
            System.out.println("holder_function=" + server.getAttribute(gil, "HolderFunction"));
            load.join();
        }
    }

    /**
     * Total run-queue delay of the worker threads (named {@code cpu-worker-N}/{@code io-worker-N}; the
     * JVM gives each native thread its Java name), or -1 where Linux's schedstat is not available.
     */
    private static long workersRunQueueNanos() {
        long total = 0;
        boolean seen = false;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    if (comm.startsWith("cpu-worker-") || comm.startsWith("io-worker-")) {
                        total += Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split("\\s+")[1]);
                        seen = true;
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile, or no schedstat: judged below
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return seen ? total : -1;
    }

    private static double[] counters(MBeanServer server, ObjectName gil) throws Exception {
        String[] names = {"WallSecondsTotal", "HeldSecondsTotal", "ContendedSecondsTotal", "WaitSecondsTotal",
                "ForcedDropsTotal", "DropRequestsTotal"};
        double[] out = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = ((Number) server.getAttribute(gil, names[i])).doubleValue();
        }
        return out;
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + String.format(Locale.ROOT, "%.4f", value));
    }
}
