package dev.gilspy.sample.graalpy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A Java service embedding GraalPy: several Java worker threads call Python functions in ONE
 * shared polyglot {@link Context}, as a web service sharing one interpreter would. GraalPy lets
 * only one of them run Python at a time (its GIL), which is what gilspy measures from outside:
 * <pre>
 * java -javaagent:gilspy.jar -Dpolyglot.engine.WarnInterpreterOnly=false \
 *      -cp ... dev.gilspy.sample.graalpy.GraalPyService cpu 2 10
 * </pre>
 * Arguments: {@code cpu|io|mixed} (what the workers run), the number of workers, and either the
 * seconds to run or, with {@code work=ROUNDS}, a fixed amount of work per worker (for timing),
 * optionally after {@code warmup=ROUNDS} untimed requests per worker.
 */
public final class GraalPyService implements AutoCloseable {
    private final Context context;
    private final Value cpuJob;
    private final Value ioJob;
    /** CPU time of the last {@link #serve}'s workers: what an agent's per-take cost adds to. */
    private final AtomicLong workerCpuNanos = new AtomicLong();

    public GraalPyService() throws IOException {
        context = Context.newBuilder("python")
                .allowCreateThread(true)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        try (InputStream in = GraalPyService.class.getResourceAsStream("workload.py")) {
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            context.eval(Source.newBuilder("python", code, "workload.py").build());
        }
        Value bindings = context.getBindings("python");
        cpuJob = bindings.getMember("cpu_job");
        ioJob = bindings.getMember("io_job");
    }

    /** One request of CPU-bound Python. */
    public long cpu(int rounds) {
        return cpuJob.execute(rounds, 20_000).asLong();
    }

    /** One request that mostly sleeps in Python ({@code time.sleep} releases the GIL). */
    public long io(int naps) {
        return ioJob.execute(naps, 0.01).asLong();
    }

    /**
     * Runs {@code workers} threads until {@code deadlineNanos} (or {@code rounds} requests each when
     * positive) and returns the requests served.
     */
    public long serve(String kind, int workers, long deadlineNanos, int rounds) throws InterruptedException {
        AtomicLong served = new AtomicLong();
        workerCpuNanos.set(0);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            boolean cpu = kind.equals("cpu") || (kind.equals("mixed") && i % 2 == 0);
            Thread t = new Thread(() -> {
                int done = 0;
                while (rounds > 0 ? done < rounds : System.nanoTime() < deadlineNanos) {
                    if (cpu) {
                        cpu(1);
                    } else {
                        io(1);
                    }
                    done++;
                    served.incrementAndGet();
                }
                workerCpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, (cpu ? "cpu-worker-" : "io-worker-") + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return served.get();
    }

    @Override
    public void close() {
        context.close();
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "cpu";
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String amount = args.length > 2 ? args[2] : "10";
        if (!List.of("cpu", "io", "mixed").contains(kind) || workers < 1) {
            System.err.println("usage: GraalPyService cpu|io|mixed WORKERS SECONDS|work=ROUNDS [warmup=ROUNDS]");
            System.exit(2);
        }
        try (GraalPyService service = new GraalPyService()) {
            service.cpu(1); // warm up: parse and first execution before the clock starts
            if (args.length > 3 && args[3].startsWith("warmup=")) {
                // Lets the JVM compile GraalPy's interpreter before timing: on a busy machine that takes a while.
                service.serve(kind, workers, Long.MAX_VALUE, Integer.parseInt(args[3].substring(7)));
            }
            System.out.println("graalpy-service: ready (" + kind + ", " + workers + " workers)");
            long t0 = System.nanoTime();
            long served;
            if (amount.startsWith("work=")) {
                served = service.serve(kind, workers, Long.MAX_VALUE, Integer.parseInt(amount.substring(5)));
            } else {
                served = service.serve(kind, workers, t0 + (long) (Double.parseDouble(amount) * 1e9), 0);
            }
            System.out.printf(Locale.ROOT, "graalpy-service: served=%d elapsed_ms=%.1f worker_cpu_ms=%.1f%n", served,
                    (System.nanoTime() - t0) / 1e6, service.workerCpuNanos.get() / 1e6);
        }
    }
}
