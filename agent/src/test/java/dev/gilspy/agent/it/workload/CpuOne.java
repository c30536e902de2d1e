package dev.gilspy.agent.it.workload;

/** One CPU-bound Python thread, like {@code countdown.py}: nobody else wants the GIL. Args: [millis]. */
public final class CpuOne {
    public static void main(String[] args) throws Exception {
        Workload w = new Workload();
        w.cpu("countdown");
        w.measure(300, Workload.arg(args, 0, 1500));
    }
}
