package dev.gilspy.agent.it.workload;

/** One CPU-bound thread beside three that mostly sleep with the GIL released. Args: [millis]. */
public final class SleepersAndSpinner {
    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        w.cpu("spinner");
        for (int i = 1; i <= 3; i++) {
            w.sleeper("sleeper-" + i, 50_000, 100);
        }
        w.measure(300, Workload.arg(args, 0, 1500));
    }
}
