package dev.gilspy.sample.graalpy.it;

import dev.gilspy.sample.graalpy.GraalPyService;
import java.lang.management.ManagementFactory;
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
 * <p>Arguments: {@code cpu|io|mixed|pythreads WORKERS MEASURE_SECONDS}. {@code pythreads} runs the
 * workers as Python threads in the one context; the others run Java threads calling Python.
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
                    if (kind.equals("pythreads")) {
                        service.pythonThreads(workers, (deadline - System.nanoTime()) / 1e9);
                    } else {
                        service.serve(kind, workers, deadline, 0);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "probe-load");
            load.start();
            Thread.sleep(1500); // the workers have entered the context and contend by now
            Set<ObjectName> gils = server.queryNames(new ObjectName("dev.gilspy:type=Gil,*"), null);
            if (gils.isEmpty()) {
                System.out.println("error=no GIL MXBean registered");
                load.join();
                return;
            }
            ObjectName gil = gils.iterator().next();
            double[] a = counters(server, gil);
            Thread.sleep((long) (measure * 1000));
            double[] b = counters(server, gil);
            double wall = b[0] - a[0];
            print("wall", wall);
            print("held", (b[1] - a[1]) / wall);
            print("contention", (b[2] - a[2]) / wall);
            print("waiters", (b[3] - a[3]) / wall);
            print("forced_per_s", (b[4] - a[4]) / wall);
            print("drop_requests_per_s", (b[5] - a[5]) / wall);
            print("knock", (Double) server.getAttribute(gil, "KnockRatio"));
            ObjectName agent = new ObjectName("dev.gilspy:type=Agent");
            System.out.println("target=" + server.getAttribute(gil, "Target"));
            System.out.println("knocker=" + server.getAttribute(agent, "KnockerStatus"));
            System.out.println("holder_function=" + server.getAttribute(gil, "HolderFunction"));
            load.join();
        }
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
