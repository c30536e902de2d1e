package dev.gilspy.agent.it.workload;

/** Four threads that only sleep with the GIL released, with a sliver of work between sleeps. Args: [millis]. */
public final class IoOnly {
    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        for (int i = 1; i <= 4; i++) {
            w.sleeper("io-" + i, 5_000, 10);
        }
        w.measure(300, Workload.arg(args, 0, 1500));
    }
}
