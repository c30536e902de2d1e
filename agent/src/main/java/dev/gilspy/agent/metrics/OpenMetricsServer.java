package dev.gilspy.agent.metrics;

import com.sun.net.httpserver.HttpServer;
import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.ThreadGilStats;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the MXBean's counters as OpenMetrics text at {@code /metrics}. Built on the JDK's
 * {@code com.sun.net.httpserver} rather than the Prometheus client, so the agent jar carries no
 * further dependency into the target JVM and nothing needs relocating.
 */
public final class OpenMetricsServer {
    static final String CONTENT_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private final HttpServer server;

    private OpenMetricsServer(HttpServer server) {
        this.server = server;
    }

    public static OpenMetricsServer start(String host, int port, Supplier<List<GilMXBean>> gils,
                                          java.util.concurrent.ThreadFactory threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = render(gils.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(threads));
        // The JDK's dispatcher thread inherits daemon status from the thread that starts the
        // server: start it from a daemon thread so it never keeps the application alive.
        Thread starter = threads.newThread(server::start);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new OpenMetricsServer(server);
    }

    public String address() {
        InetSocketAddress a = server.getAddress();
        return a.getHostString() + ":" + a.getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** The OpenMetrics exposition of every GIL and its threads. */
    public static String render(List<GilMXBean> gils) {
        StringBuilder out = new StringBuilder();
        family(out, "gilspy_gil_held_seconds", "counter", "Seconds during which some thread held the GIL");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_held_seconds_total", g, null, g.getHeldSecondsTotal());
        family(out, "gilspy_gil_wait_seconds", "counter", "Total seconds threads spent waiting for the GIL");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_wait_seconds_total", g, null, g.getWaitSecondsTotal());
        family(out, "gilspy_gil_contended_seconds", "counter", "Seconds during which at least one thread waited");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_contended_seconds_total", g, null, g.getContendedSecondsTotal());
        family(out, "gilspy_gil_acquisitions", "counter", "GIL takes");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_acquisitions_total", g, null, g.getAcquisitionsTotal());
        family(out, "gilspy_gil_switches", "counter", "GIL holder changes");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_switches_total", g, null, g.getSwitchesTotal());
        family(out, "gilspy_gil_forced_drops", "counter", "Drops that answered a drop request");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_forced_drops_total", g, null, g.getForcedDropsTotal());
        family(out, "gilspy_gil_drop_requests", "counter", "Drop requests made by waiters");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_drop_requests_total", g, null, g.getDropRequestsTotal());
        if (gils.stream().anyMatch(g -> g.getKnockRatio() >= 0)) { // only with knock=DURATION
            family(out, "gilspy_gil_knock_ratio", "gauge", "gilknocker's estimate over the last window");
            for (GilMXBean g : gils) if (g.getKnockRatio() >= 0) sample(out, "gilspy_gil_knock_ratio", g, null, g.getKnockRatio());
        }
        family(out, "gilspy_gil_contention", "gauge", "Fraction of the last window with at least one waiter");
        for (GilMXBean g : gils) sample(out, "gilspy_gil_contention", g, null, g.getContention());
        ThreadGilStats[][] threads = new ThreadGilStats[gils.size()][];
        for (int i = 0; i < gils.size(); i++) threads[i] = gils.get(i).getThreads();
        family(out, "gilspy_thread_held_seconds", "counter", "Seconds this thread held the GIL");
        for (int i = 0; i < gils.size(); i++)
            for (ThreadGilStats t : threads[i]) sample(out, "gilspy_thread_held_seconds_total", gils.get(i), t, t.getHeldSecondsTotal());
        family(out, "gilspy_thread_wait_seconds", "counter", "Seconds this thread waited for the GIL");
        for (int i = 0; i < gils.size(); i++)
            for (ThreadGilStats t : threads[i]) sample(out, "gilspy_thread_wait_seconds_total", gils.get(i), t, t.getWaitSecondsTotal());
        family(out, "gilspy_thread_acquisitions", "counter", "GIL takes by this thread");
        for (int i = 0; i < gils.size(); i++)
            for (ThreadGilStats t : threads[i]) sample(out, "gilspy_thread_acquisitions_total", gils.get(i), t, t.getAcquisitionsTotal());
        out.append("# EOF\n");
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    }

    private static void sample(StringBuilder out, String name, GilMXBean g, ThreadGilStats t, double value) {
        out.append(name).append("{interpreter=\"").append(g.getInterpreterId()).append('"');
        if (t != null) {
            out.append(",thread=\"").append(escape(t.getName())).append("\",ident=\"").append(t.getIdent()).append('"');
        }
        out.append("} ");
        if (Double.isNaN(value)) {
            out.append("NaN");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(String.format(Locale.ROOT, "%.9g", value));
        }
        out.append('\n');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
