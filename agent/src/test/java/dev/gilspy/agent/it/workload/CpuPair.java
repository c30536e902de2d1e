package dev.gilspy.agent.it.workload;

/** Two CPU-bound Python threads: the GIL is always held and nearly always wanted. Args: [millis]. */
public final class CpuPair {
    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        w.cpu("cpu-1");
        w.cpu("cpu-2");
        w.measure(300, Workload.arg(args, 0, 1500));
    }
}
