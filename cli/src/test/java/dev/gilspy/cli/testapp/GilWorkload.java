package dev.gilspy.cli.testapp;

import dev.gilspy.interp.gil.FrameInfo;
import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;

import java.lang.management.ManagementFactory;

/**
 * A GIL-busy child JVM for the CLI's tests: Java threads drive the real {@link Gil} the way the eval
 * loop does (take it, spin, poll the eval breaker). Arguments: {@code CPU_THREADS [IO_THREADS]}.
 *
 * <p>With {@code -Dgilspy.test.stats=sampled} it also registers {@link SampledGilStats}, a stand-in
 * for the agent's MXBean measured by sampling thread states, so {@code top} has figures before the
 * agent lands. Without it, the figures come from whatever agent the JVM was started with.
 */
public final class GilWorkload {
    private GilWorkload() {}

    public static void main(String[] args) throws Exception {
        int cpu = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int io = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Gil gil = new Gil(0, GilMode.ON);
        if ("sampled".equals(System.getProperty("gilspy.test.stats"))) {
            SampledGilStats.register(gil);
        }
        for (int i = 0; i < cpu; i++) {
            start("countdown-" + i, () -> cpuBound(gil));
        }
        for (int i = 0; i < io; i++) {
            start("reader-" + i, () -> ioBound(gil));
        }
        System.out.println("ready " + ManagementFactory.getRuntimeMXBean().getPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private static void cpuBound(Gil gil) {
        ThreadState ts = ThreadState.attach(gil, Thread.currentThread().getName());
        Frame module = new Frame(null, "<module>", "countdown.py", 14);
        ts.setFrame(new Frame(module, "countdown", "countdown.py", 9));
        ts.takeGil();
        long n = 0;
        while (true) {
            n++;
            if (ts.evalBreaker != 0) {
                ts.handleEvalBreaker();
            }
            if ((n & 0xffff) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private static void ioBound(Gil gil) {
        ThreadState ts = ThreadState.attach(gil, Thread.currentThread().getName());
        Frame module = new Frame(null, "<module>", "reader.py", 20);
        ts.setFrame(new Frame(module, "read_socket", "reader.py", 7));
        ts.takeGil();
        while (true) {
            ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            } finally {
                ts.endAllowThreads();
            }
        }
    }

    /** A fixed Python frame: the tests only need something to show. */
    record Frame(FrameInfo back, String codeName, String fileName, int line) implements FrameInfo {
        @Override public Object code() { return this; }
    }
}
