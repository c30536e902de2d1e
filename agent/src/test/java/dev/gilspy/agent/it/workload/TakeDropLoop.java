package dev.gilspy.agent.it.workload;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;

/**
 * The worst case for the agent: one thread that only releases and re-takes an uncontended GIL,
 * as a Python loop of {@code time.sleep(0)} would. Prints the cost of one drop+take. Args: [millis
 * [thread]]: with a thread name, the loop goes on past {@code millis} until a thread of that name
 * exists (at most {@link #WAIT_CAP_MILLIS} more), so that a test can wait for an agent's background
 * start-up to end inside the run however loaded the machine is.
 */
public final class TakeDropLoop {
    public static void main(String[] args) throws Exception {
        Gil gil = new Gil(0, GilMode.ON);
        ThreadState ts = ThreadState.attach(gil, "looper");
        ts.setFrame(Workload.MAIN);
        ts.takeGil();
        long millis = Workload.arg(args, 0, 1500);
        String waitFor = args.length > 1 ? args[1] : null;
        cycle(ts, 200_000); // warm up the JIT
        long n = 0;
        long t0 = System.nanoTime();
        long end = t0 + millis * 1_000_000;
        long cap = end + WAIT_CAP_MILLIS * 1_000_000;
        while (System.nanoTime() < end || (waitFor != null && !threadExists(waitFor) && System.nanoTime() < cap)) {
            cycle(ts, 10_000);
            n += 10_000;
        }
        double ns = (double) (System.nanoTime() - t0) / n;
        ts.dropGil();
        ts.detach();
        System.out.println("ns_per_drop_take=" + ns);
    }

    static final long WAIT_CAP_MILLIS = 60_000;

    private static boolean threadExists(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name));
    }

    private static void cycle(ThreadState ts, int times) {
        for (int i = 0; i < times; i++) {
            ts.beginAllowThreads(ThreadState.RELEASED_IO);
            ts.endAllowThreads();
        }
    }
}
