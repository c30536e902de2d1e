package dev.gilspy.interp.modules.mp;

import dev.gilspy.interp.runtime.Err;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.BlockingQueue;

/**
 * The child side of {@code multiprocessing} (CPython's {@code spawn} start method).
 *
 * <p>The parent starts {@code java -cp <its class path> dev.gilspy.interp.MultiprocessingChild --gil=MODE}
 * ({@link #MAIN_CLASS}, the API layer's entry point, which calls {@link #main}); this class turns
 * fd 1 into the framed message pipe (see {@link MultiprocessingModule.Frames}), then runs
 * {@code multiprocessing.spawn._worker_main()} in an ordinary interpreter through the command line
 * it is given, so the child's GIL is a normal gilspy GIL that {@code gilspy top PID} can attach to.
 */
public final class MpWorker {
    private MpWorker() {}

    /** The child JVM's main class: named, not referenced, because it sits in the layer above. */
    static final String MAIN_CLASS = "dev.gilspy.interp.MultiprocessingChild";

    /** The interpreter's command line ({@code Main.run}), as the child's main class passes it in. */
    public interface CommandLine {
        int run(String[] argv, java.io.InputStream in, PrintStream out, PrintStream err);
    }

    private static volatile DataOutputStream pipe;
    private static volatile BlockingQueue<?> inbox;

    static final String BOOT = "from multiprocessing.spawn import _worker_main\n_worker_main()\n";
    static final String CDS_TRAIN = "--cds-train";
    private static final String TRAIN = "import multiprocessing.spawn, multiprocessing.pool, multiprocessing._warmup, pickle, traceback, queue\n"
        + "import concurrent.futures.process\npickle.loads(pickle.dumps([1, 2.5, 'x', (None,), {1: b''}]))\n";

    public static void main(String[] args, CommandLine commandLine) {
        if (args.length == 1 && args[0].equals(CDS_TRAIN)) {
            // a normal exit, so that -XX:ArchiveClassesAtExit writes the archive (see CdsArchive)
            MultiprocessingModule.startChildReader(new FileInputStream(FileDescriptor.in));
            PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream());
            System.exit(commandLine.run(new String[] {"-c", TRAIN}, new ByteArrayInputStream(new byte[0]), sink, sink));
        }
        installTermHandler();
        pipe = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        try {
            pipe.write(MultiprocessingModule.MAGIC);
            pipe.flush();
        } catch (IOException e) {
            Runtime.getRuntime().halt(1);
        }
        inbox = MultiprocessingModule.startChildReader(new FileInputStream(FileDescriptor.in));
        if (System.getProperty("gilspy.sync") == null) {
            System.setProperty("gilspy.sync", "false");
        }
        // Java's own System.out must not corrupt the frames: route it into the stdout frames too
        PrintStream out = new PrintStream(new MultiprocessingModule.FramedOutput('O'), true);
        PrintStream err = new PrintStream(new MultiprocessingModule.FramedOutput('E'), true);
        System.setOut(out);
        String[] argv = new String[args.length + 2];
        System.arraycopy(args, 0, argv, 0, args.length);
        argv[args.length] = "-c";
        argv[args.length + 1] = BOOT;
        int code = commandLine.run(argv, new ByteArrayInputStream(new byte[0]), out, err);
        out.flush();
        err.flush();
        RecordingsAtHalt.write();
        Runtime.getRuntime().halt(code);
    }

    /** Process.terminate() sends SIGTERM: die at once with 128+15, so the parent reports exitcode -15 like CPython. */
    @SuppressWarnings("removal")
    private static void installTermHandler() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), sig -> {
                RecordingsAtHalt.write();
                Runtime.getRuntime().halt(128 + 15);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the default JVM shutdown still ends the worker
        }
    }

    static boolean isChild() {
        return pipe != null;
    }

    @SuppressWarnings("unchecked")
    static <T> BlockingQueue<T> inbox() {
        if (inbox == null) {
            throw Err.runtime("not a multiprocessing child process");
        }
        return (BlockingQueue<T>) inbox;
    }

    static void send(char kind, byte[] data) {
        DataOutputStream p = pipe;
        if (p == null) {
            throw Err.runtime("not a multiprocessing child process");
        }
        synchronized (p) {
            try {
                MultiprocessingModule.Frames.write(p, kind, data);
                p.flush();
            } catch (IOException e) {
                // the parent is gone: nobody is left to tell
                Runtime.getRuntime().halt(1);
            }
        }
    }
}
