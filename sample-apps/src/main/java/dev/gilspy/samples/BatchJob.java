package dev.gilspy.samples;

import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A batch job whose workers, threads of a Java {@link ExecutorService}, each call a Python function
 * (resource {@code batch.py}) on a chunk of numbers. With the GIL on, the workers take turns: `top`
 * shows them all as Python threads with high contention, and the wall time does not shrink with
 * more workers. Every result is checked in Java, so the job fails loudly if a value is wrong.
 *
 * <pre>
 * java -javaagent:cli/target/gilspy.jar -cp cli/target/gilspy.jar:sample-apps/target/classes \
 *     dev.gilspy.samples.BatchJob --chunks 16 --chunk-size 20000 --workers 4
 * </pre>
 */
public final class BatchJob {
    private BatchJob() {}

    public static void main(String[] argv) throws Exception {
        int chunks;
        int size;
        int workers;
        GilMode mode;
        try {
            Args args = new Args(argv, Set.of("chunks", "chunk-size", "workers", "gil"));
            chunks = (int) args.integer("chunks", 16, 1, 100_000);
            size = (int) args.integer("chunk-size", 20_000, 1, 10_000_000);
            workers = (int) args.integer("workers", 4, 1, 256);
            mode = GilMode.parse(args.string("gil", "on"));
        } catch (Args.UsageError | IllegalArgumentException e) {
            System.err.println("BatchJob: " + e.getMessage());
            System.exit(2);
            return;
        }
        long t0 = System.nanoTime();
        int wrong = 0;
        try (Embedded py = Embedded.create(mode)) {
            py.exec(Resources.python("batch.py"), "batch.py");
            Embedded.Function process = py.function("process");
            ExecutorService pool = Executors.newFixedThreadPool(workers, py.threadFactory("batch-worker"));
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < chunks; i++) {
                Map<String, Object> chunk = new LinkedHashMap<>();
                chunk.put("id", i);
                chunk.put("start", 1L + (long) i * size);
                chunk.put("count", size);
                futures.add(pool.submit(() -> process.call(chunk)));
            }
            for (int i = 0; i < chunks; i++) {
                Map<?, ?> r = (Map<?, ?>) futures.get(i).get();
                long start = 1L + (long) i * size;
                if (!expectedSumSquares(start, size).equals(asBig(r.get("sum_sq")))
                        || ((Number) r.get("max_steps")).longValue() != maxCollatzSteps(start, size)
                        || ((Number) r.get("id")).intValue() != i) {
                    System.out.println("chunk " + i + ": WRONG result " + r);
                    wrong++;
                }
            }
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("batch: %d chunks of %d on %d workers in %.2f s, %s%n", chunks, size, workers, seconds,
            wrong == 0 ? "all results correct" : wrong + " WRONG");
        System.exit(wrong == 0 ? 0 : 1);
    }

    private static BigInteger asBig(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }

    /** Σ n² for n in [start, start + count): the closed form of the squares' sums. */
    static BigInteger expectedSumSquares(long start, long count) {
        return sumSquaresTo(start + count - 1).subtract(sumSquaresTo(start - 1));
    }

    private static BigInteger sumSquaresTo(long n) {
        BigInteger b = BigInteger.valueOf(n);
        return b.multiply(b.add(BigInteger.ONE)).multiply(b.shiftLeft(1).add(BigInteger.ONE)).divide(BigInteger.valueOf(6));
    }

    static long maxCollatzSteps(long start, long count) {
        long best = 0;
        for (long n = start; n < start + count; n++) {
            long x = n;
            long steps = 0;
            while (x != 1) {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                steps++;
            }
            best = Math.max(best, steps);
        }
        return best;
    }
}
