package dev.gilspy.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JVM web service with Python inside: the realistic case gilspy is for. Start here for the Java samples.
 *
 * <p>The JDK's HTTP server listens on 127.0.0.1 only. Each request thread calls a Python handler
 * (resource {@code handlers.py}) through {@link Embedded}, which ensures the GIL for the call and
 * releases it after, as {@code PyGILState_Ensure/Release} would. {@code /cpu?n=} keeps the GIL for
 * the whole request, so concurrent requests queue on it; {@code /sleep?ms=} releases it in
 * {@code time.sleep}, so they overlap.
 *
 * <pre>
 * java -javaagent:cli/target/gilspy.jar -cp cli/target/gilspy.jar:sample-apps/target/classes \
 *     dev.gilspy.samples.PyService --seconds 10 --load mixed
 * </pre>
 * With {@code --seconds 0} it serves until killed (drive it with {@link LoadGenerator}); otherwise
 * it drives itself with the load generator for that long, prints the table and exits.
 */
public final class PyService {
    private static final Set<String> OPTIONS = Set.of("port", "seconds", "load", "clients", "cpu-n", "sleep-ms",
        "threads", "gil", "switch-interval");

    private final Embedded py;
    private final Embedded.Function cpu;
    private final Embedded.Function sleep;
    private final Embedded.Function hello;
    private final HttpServer server;
    private final ExecutorService pool;
    private final AtomicLong handled = new AtomicLong();

    PyService(Embedded py, int port, int threads) throws IOException {
        this.py = py;
        py.exec(Resources.python("handlers.py"), "handlers.py");
        this.cpu = py.function("cpu");
        this.sleep = py.function("sleep");
        this.hello = py.function("hello");
        // Loopback only: a sample must never be reachable from the network.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        pool = Executors.newFixedThreadPool(threads, py.threadFactory("request"));
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long handled() {
        return handled.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        int status = 200;
        String body;
        try {
            Map<String, String> q = query(ex.getRequestURI());
            switch (ex.getRequestURI().getPath()) {
                case "/cpu" -> body = (String) cpu.call(number(q, "n", 100_000));
                case "/sleep" -> body = (String) sleep.call(number(q, "ms", 20));
                case "/hello" -> body = (String) hello.call(q.getOrDefault("name", "world"));
                default -> {
                    status = 404;
                    body = "no such endpoint; try /cpu?n=100000, /sleep?ms=20 or /hello?name=you";
                }
            }
        } catch (IllegalArgumentException e) {
            status = 400;
            body = e.getMessage();
        } catch (Embedded.PythonError e) {
            status = 500;
            body = e.traceback();
        }
        handled.incrementAndGet();
        byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static long number(Map<String, String> q, String name, long dflt) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0 || n > 100_000_000) {
                throw new IllegalArgumentException(name + " must be between 0 and 100000000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + v + "'");
        }
    }

    public static void main(String[] argv) throws Exception {
        Args args;
        GilMode mode;
        List<LoadGenerator.Target> targets;
        try {
            args = new Args(argv, OPTIONS);
            mode = GilMode.parse(args.string("gil", "on"));
            long n = args.integer("cpu-n", 100_000, 1, 100_000_000);
            long ms = args.integer("sleep-ms", 20, 0, 60_000);
            targets = switch (args.string("load", "mixed")) {
                case "cpu" -> List.of(new LoadGenerator.Target("/cpu?n=" + n));
                case "sleep" -> List.of(new LoadGenerator.Target("/sleep?ms=" + ms));
                case "mixed" -> List.of(new LoadGenerator.Target("/cpu?n=" + n), new LoadGenerator.Target("/sleep?ms=" + ms));
                default -> throw new Args.UsageError("--load must be cpu, sleep or mixed, not '" + args.string("load", "") + "'");
            };
        } catch (Args.UsageError | IllegalArgumentException e) {
            System.err.println("PyService: " + e.getMessage());
            System.exit(2);
            return;
        }
        double seconds = args.decimal("seconds", 10, -1e-9);
        int clients = (int) args.integer("clients", 4, 1, 256);
        try (Embedded py = Embedded.create(mode)) {
            if (args.string("switch-interval", null) != null) {
                py.setSwitchInterval(args.decimal("switch-interval", 0.005, 0));
            }
            PyService service = new PyService(py, (int) args.integer("port", 0, 0, 65535),
                (int) args.integer("threads", 8, 1, 256));
            service.start();
            System.out.printf("PyService listening on http://127.0.0.1:%d (pid %d, interpreter %d, gil=%s)%n",
                service.port(), ProcessHandle.current().pid(), py.id(), mode.name().toLowerCase());
            System.out.flush();
            if (seconds == 0) {
                Thread.currentThread().join();
            }
            LoadGenerator load = new LoadGenerator("http://127.0.0.1:" + service.port(), targets, clients);
            List<LoadGenerator.Stats> stats = load.run(seconds);
            System.out.print(LoadGenerator.table(stats, seconds));
            System.out.printf("server handled %d requests%n", service.handled());
            service.stop();
            boolean failed = stats.stream().anyMatch(s -> s.errors() > 0 || s.count() == 0);
            System.out.flush();
            if (failed) {
                System.exit(1);
            }
        } catch (Args.UsageError e) {
            System.err.println("PyService: " + e.getMessage());
            System.exit(2);
        }
    }
}
