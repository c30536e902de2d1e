package dev.gilspy.samples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Drives a {@link PyService} with a few concurrent clients for a fixed time and reports, per
 * endpoint, requests/s and latency percentiles. Client {@code i} always hits target
 * {@code i % targets}, so a mixed load keeps a steady share of CPU and sleep requests.
 *
 * <pre>
 * java -cp cli/target/gilspy.jar:sample-apps/target/classes dev.gilspy.samples.LoadGenerator \
 *     --url http://127.0.0.1:PORT --paths /cpu?n=100000,/sleep?ms=20 --clients 4 --seconds 10
 * </pre>
 */
public final class LoadGenerator {
    /** One endpoint to hit, a path with its query. */
    record Target(String path) {}

    /** What the clients of one target measured. */
    record Stats(String path, long count, long errors, long[] latenciesNanos) {
        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, i))] / 1e6;
        }
    }

    private final String base;
    private final List<Target> targets;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    LoadGenerator(String base, List<Target> targets, int clients) {
        this.base = base;
        this.targets = targets;
        this.clients = clients;
    }

    /** Runs the load for {@code seconds} and returns one {@link Stats} per target, in target order. */
    List<Stats> run(double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<List<Long>> latencies = new ArrayList<>();
        long[] errors = new long[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            latencies.add(new ArrayList<>());
        }
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int slot = c % targets.size();
            String name = "client-" + c;
            URI uri = URI.create(base + targets.get(slot).path());
            threads.add(new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                long failed = 0;
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() == 200) {
                            mine.add(System.nanoTime() - t0);
                        } else {
                            failed++;
                        }
                    } catch (IOException e) {
                        failed++;
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                synchronized (latencies) {
                    latencies.get(slot).addAll(mine);
                    errors[slot] += failed;
                }
            }, name));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Stats> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            long[] l = latencies.get(i).stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(l);
            out.add(new Stats(targets.get(i).path(), l.length, errors[i], l));
        }
        return out;
    }

    /** The report: one row per endpoint. */
    static String table(List<Stats> stats, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-20s %8s %8s %9s %9s %9s %9s %6s%n", "endpoint", "requests", "req/s", "p50 ms",
            "p90 ms", "p99 ms", "max ms", "errors"));
        for (Stats s : stats) {
            sb.append(String.format("%-20s %8d %8.1f %9.1f %9.1f %9.1f %9.1f %6d%n", s.path(), s.count(),
                s.count() / seconds, s.percentileMillis(50), s.percentileMillis(90), s.percentileMillis(99),
                s.percentileMillis(100), s.errors()));
        }
        return sb.toString();
    }

    public static void main(String[] argv) throws InterruptedException {
        List<Target> targets = new ArrayList<>();
        String url;
        double seconds;
        int clients;
        try {
            Args args = new Args(argv, Set.of("url", "paths", "clients", "seconds"));
            url = args.string("url", null);
            if (url == null || !url.startsWith("http://")) {
                throw new Args.UsageError("--url http://HOST:PORT is required");
            }
            for (String p : args.string("paths", "/cpu?n=100000,/sleep?ms=20").split(",")) {
                if (!p.startsWith("/")) {
                    throw new Args.UsageError("each of --paths must start with '/', not '" + p + "'");
                }
                targets.add(new Target(p));
            }
            clients = (int) args.integer("clients", 4, 1, 256);
            seconds = args.decimal("seconds", 10, 0);
        } catch (Args.UsageError e) {
            System.err.println("LoadGenerator: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<Stats> stats = new LoadGenerator(url.replaceAll("/+$", ""), targets, clients).run(seconds);
        System.out.print(table(stats, seconds));
        if (stats.stream().anyMatch(s -> s.count() == 0)) {
            System.exit(1);
        }
    }
}
