package dev.gilspy.interp;

import dev.gilspy.interp.modules.mp.MpWorker;

/** Main class of a {@code multiprocessing} child JVM: {@link MpWorker} running the {@link Main} command line. */
public final class MultiprocessingChild {
    private MultiprocessingChild() {}

    public static void main(String[] args) {
        MpWorker.main(args, Main::run);
    }
}
