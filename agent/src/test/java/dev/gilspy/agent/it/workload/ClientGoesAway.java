package dev.gilspy.agent.it.workload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Two CPU-bound threads under an agent with the knocker on: a client reads the MBean, goes away
 * for a while, then comes back. Prints the knocker thread's CPU time in each phase, read through
 * the JDK's ThreadMXBean, which is no client of gilspy's.
 */
public final class ClientGoesAway {
    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        w.cpu("cpu-1");
        w.cpu("cpu-2");
        long phase = Workload.arg(args, 0, 2000);
        while (!ManagementFactory.getPlatformMBeanServer().isRegistered(Workload.gilBean())) {
            Thread.sleep(20);
        }
        read();
        long a = knockerCpu();
        Thread.sleep(phase);                 // a client is there (it read just now): the knocker knocks
        read();
        long b = knockerCpu();
        Thread.sleep(2 * phase);             // nobody reads: after the idle time the knocker pauses
        long c = knockerCpu();
        Thread.sleep(phase);
        long d = knockerCpu();
        read();                              // the client returns
        Thread.sleep(phase);
        long e = knockerCpu();
        System.out.println("present_ms=" + (b - a) / 1e6);
        System.out.println("gone_ms=" + (d - c) / 1e6);
        System.out.println("returned_ms=" + (e - d) / 1e6);
        w.stopAll();
    }

    private static void read() throws Exception {
        ManagementFactory.getPlatformMBeanServer().getAttribute(Workload.gilBean(), "Contention");
    }

    private static long knockerCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals("gilspy-knocker")) {
                return mx.getThreadCpuTime(t.getThreadId());
            }
        }
        return -1;
    }
}
