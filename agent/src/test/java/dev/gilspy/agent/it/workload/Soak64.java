package dev.gilspy.agent.it.workload;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.MBeanServer;

/**
 * 64 Python threads (16 CPU-bound, 48 that sleep for 1-4 ms between bursts) while a monitor
 * polls the MBean and counts violated invariants: a counter that decreases or is negative, and
 * Σ per-thread hold or the GIL's held time above wall time. Args: [millis].
 */
public final class Soak64 {
    static final String[] COUNTERS = {"WallSecondsTotal", "HeldSecondsTotal", "WaitSecondsTotal",
            "ContendedSecondsTotal", "AcquisitionsTotal", "SwitchesTotal", "ForcedDropsTotal", "DropRequestsTotal"};

    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        for (int i = 0; i < 64; i++) {
            if (i % 4 == 0) {
                w.cpu("cpu-" + i);
            } else {
                w.sleeper("sleeper-" + i, 1000 + 1000L * (i % 4), 50 * (i % 7 + 1));
            }
        }
        int[] violations = {0};
        int[] polls = {0};
        Thread monitor = new Thread(() -> poll(violations, polls), "monitor");
        monitor.setDaemon(true);
        monitor.start();
        w.measure(200, Workload.arg(args, 0, 2000));
        monitor.interrupt();
        monitor.join();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        System.out.println("violations=" + violations[0]);
        System.out.println("polls=" + polls[0]);
        System.out.println("acquisitions_total=" + server.getAttribute(Workload.gilBean(), "AcquisitionsTotal"));
        System.out.println("drop_requests_total=" + server.getAttribute(Workload.gilBean(), "DropRequestsTotal"));
    }

    private static void poll(int[] violations, int[] polls) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Double> last = new HashMap<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(20);
                Map<String, Double> threads = Workload.snapshot();
                if (threads.isEmpty()) {
                    continue; // the agent has not registered the GIL's MBean yet
                }
                double sumHeld = 0;
                for (Map.Entry<String, Double> e : threads.entrySet()) {
                    if (e.getKey().endsWith(".held")) {
                        sumHeld += e.getValue();
                    }
                    Double before = last.put(e.getKey(), e.getValue());
                    if (e.getValue() < 0 || (before != null && e.getValue() < before)) {
                        violations[0]++;
                        System.err.println("decreasing or negative: " + e.getKey() + " " + before + " -> " + e.getValue());
                    }
                }
                // Wall is read last, so it can only be generous to the held totals read before it.
                double wall = ((Number) server.getAttribute(Workload.gilBean(), "WallSecondsTotal")).doubleValue();
                double held = threads.getOrDefault("HeldSecondsTotal", 0.0);
                if (sumHeld > wall + 1e-6 || held > wall + 1e-6) {
                    violations[0]++;
                    System.err.println("held above wall: sum=" + sumHeld + " gil=" + held + " wall=" + wall);
                }
                polls[0]++;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                violations[0]++;
                System.err.println("poll failed: " + e);
            }
        }
    }
}
