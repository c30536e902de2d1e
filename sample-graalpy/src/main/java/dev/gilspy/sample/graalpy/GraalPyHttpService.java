package dev.gilspy.sample.graalpy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * An HTTP service whose handler threads run Python in GraalPy, driven by a load generator over
 * loopback: the shape of graalpython issue 564, where a web service sharing one context served a
 * few hundred requests per second because its handler threads queued on that context's GIL.
 * <pre>
 * java -javaagent:gilspy.jar -cp ... dev.gilspy.sample.graalpy.GraalPyHttpService shared cpu 4 10
 * </pre>
 * Arguments: {@code shared|per-worker} (one context for all handler threads, or one context per
 * handler thread sharing one {@link Engine}, GraalPy's documented way to run Python in parallel),
 * {@code cpu|io|mixed} (what a request runs: pure-Python arithmetic, a 10 ms sleep in Python, or
 * the two alternating), the number of handler threads (and of concurrent clients), and the seconds to run.
 * It prints requests/s and latency percentiles; the agent shows who queued on which GIL.
 */
public final class GraalPyHttpService implements AutoCloseable {
    /** Iterations of {@code checksum} per CPU request: about 50-100 ms in GraalPy's interpreter-only mode. */
    private static final int CPU_REQUEST_ITERATIONS = 20_000;
    private final Engine engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
    private final String code;
    private final boolean shared;
    private final List<Context> contexts = new ArrayList<>();
    /** Each handler thread's own functions: the shared context's, or its own context's. */
    private final ThreadLocal<Value[]> functions;
    private final HttpServer server;
    private final ExecutorService handlers;

    public GraalPyHttpService(boolean shared, int threads) throws IOException {
        try (InputStream in = GraalPyHttpService.class.getResourceAsStream("workload.py")) {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.shared = shared;
        Value[] common = shared ? load(newContext()) : null;
        functions = ThreadLocal.withInitial(() -> shared ? common : load(newContext()));
        AtomicInteger n = new AtomicInteger();
        handlers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "http-handler-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/cpu", e -> handle(e, 0));
        server.createContext("/io", e -> handle(e, 1));
        server.setExecutor(handlers);
        server.start();
    }

    private synchronized Context newContext() {
        Context c = Context.newBuilder("python").engine(engine).allowCreateThread(true).build();
        contexts.add(c);
        return c;
    }

    private Value[] load(Context c) {
        synchronized (c) {
            c.eval(Source.create("python", code));
            Value bindings = c.getBindings("python");
            return new Value[] {bindings.getMember("cpu_job"), bindings.getMember("io_job")};
        }
    }

    private void handle(HttpExchange exchange, int kind) throws IOException {
        try (exchange) {
            Value[] f = functions.get();
            long result = kind == 0 ? f[0].execute(1, CPU_REQUEST_ITERATIONS).asLong() : f[1].execute(1, 0.01).asLong();
            byte[] body = (result + "\n").getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What the load generator measured. */
    public record Load(long requests, double seconds, double p50Millis, double p99Millis) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /**
     * {@code clients} threads each send requests one after the other for {@code seconds}; a
     * {@code mixed} load alternates CPU and I/O requests.
     */
    public Load drive(String kind, int clients, double seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            int client = c;
            Thread t = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end && i + 1 < mine.length) {
                    boolean cpu = kind.equals("cpu") || (kind.equals("mixed") && (client + i) % 2 == 0);
                    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + (cpu ? "/cpu" : "/io")))
                            .timeout(Duration.ofSeconds(60)).build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            continue;
                        }
                    } catch (IOException e) {
                        continue;
                    } catch (InterruptedException e) {
                        return;
                    }
                    mine[++i] = System.nanoTime() - s;
                }
                mine[0] = i;
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        return new Load(all.length, elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        synchronized (this) {
            for (Context c : contexts) {
                c.close(true);
            }
        }
        engine.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !List.of("shared", "per-worker").contains(args[0])
                || !List.of("cpu", "io", "mixed").contains(args[1])) {
            System.err.println("usage: GraalPyHttpService shared|per-worker cpu|io|mixed THREADS SECONDS");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        try (GraalPyHttpService service = new GraalPyHttpService(args[0].equals("shared"), threads)) {
            service.drive(args[1], threads, Math.min(2.0, seconds / 4)); // warm-up: contexts made, code compiled
            System.out.println("graalpy-http: ready (" + args[0] + ", " + args[1] + ", " + threads + " threads, port "
                    + service.port() + ")");
            Load load = service.drive(args[1], threads, seconds);
            System.out.printf(Locale.ROOT, "graalpy-http: contexts=%d requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f%n",
                    service.contexts.size(), load.requests(), load.perSecond(), load.p50Millis(), load.p99Millis());
        }
    }
}
