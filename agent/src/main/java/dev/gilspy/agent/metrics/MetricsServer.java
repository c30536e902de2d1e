package dev.gilspy.agent.metrics;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Serves {@link MetricsRenderer}'s body at {@code /metrics} from one non-blocking thread, so that
 * no client can hold up another: a request's headers must arrive within
 * {@link #REQUEST_TIMEOUT_MILLIS} and fit in {@link #MAX_REQUEST_BYTES}, its response must be
 * taken within the same time, at most {@link #MAX_CONNECTIONS} connections are open (a new one
 * closes the oldest), and each connection serves one request. Rendering takes a few milliseconds
 * on the same thread. The host's own HTTP servers and system properties are left alone.
 */
public final class MetricsServer implements AutoCloseable {
    static final int MAX_CONNECTIONS = 32;
    static final int MAX_REQUEST_BYTES = 8192;
    static final long REQUEST_TIMEOUT_MILLIS = 3000;

    private final Selector selector;
    private final ServerSocketChannel server;
    private final Supplier<List<GilMetricsSource>> gils;
    private final MetricsRenderer renderer;
    private final List<Connection> open = new ArrayList<>();
    private volatile boolean closed;

    private static final class Connection {
        final SocketChannel channel;
        final long deadline;
        ByteBuffer request = ByteBuffer.allocate(1024);
        ByteBuffer response;

        Connection(SocketChannel channel, long deadline) {
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    private MetricsServer(Selector selector, ServerSocketChannel server, Supplier<List<GilMetricsSource>> gils,
                          MetricsRenderer renderer) {
        this.selector = selector;
        this.server = server;
        this.gils = gils;
        this.renderer = renderer;
    }

    /** Binds {@code host:port} (port 0 picks one) and serves on a thread made by {@code threads}. */
    public static MetricsServer start(String host, int port, Supplier<List<GilMetricsSource>> gils,
                                      MetricsRenderer renderer, ThreadFactory threads) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.bind(new InetSocketAddress(host, port), 64);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            selector.close();
            throw e;
        }
        MetricsServer s = new MetricsServer(selector, server, gils, renderer);
        threads.newThread(s::serve).start();
        return s;
    }

    public String address() {
        try {
            InetSocketAddress a = (InetSocketAddress) server.getLocalAddress();
            return a.getHostString() + ":" + a.getPort();
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether {@code host} reaches this machine only. */
    public static boolean isLoopback(String host) {
        try {
            return new InetSocketAddress(host, 0).getAddress().isLoopbackAddress();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        selector.wakeup();
    }

    private void serve() {
        try {
            while (!closed) {
                selector.select(250);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isAcceptable()) {
                            accept();
                        } else if (key.isReadable()) {
                            read(key, (Connection) key.attachment());
                        } else if (key.isWritable()) {
                            write(key, (Connection) key.attachment());
                        }
                    } catch (IOException | RuntimeException e) {
                        drop((Connection) key.attachment());
                    }
                }
                expire();
            }
        } catch (IOException e) {
            // the selector failed: nothing to serve with
        } finally {
            new ArrayList<>(open).forEach(this::drop);
            try {
                server.close();
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel c;
        while ((c = server.accept()) != null) {
            if (open.size() >= MAX_CONNECTIONS) {
                drop(open.get(0)); // the oldest: idle connections cannot lock scrapers out
            }
            c.configureBlocking(false);
            Connection conn = new Connection(c, System.nanoTime() + REQUEST_TIMEOUT_MILLIS * 1_000_000);
            c.register(selector, SelectionKey.OP_READ, conn);
            open.add(conn);
        }
    }

    private void read(SelectionKey key, Connection c) throws IOException {
        if (!c.request.hasRemaining()) {
            if (c.request.capacity() >= MAX_REQUEST_BYTES) {
                respond(key, c, "431 Request Header Fields Too Large", "text/plain; charset=utf-8",
                        "request headers too large\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ByteBuffer bigger = ByteBuffer.allocate(Math.min(MAX_REQUEST_BYTES, c.request.capacity() * 2));
            c.request.flip();
            bigger.put(c.request);
            c.request = bigger;
        }
        if (c.channel.read(c.request) < 0) {
            drop(c);
            return;
        }
        String head = new String(c.request.array(), 0, c.request.position(), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            end = head.indexOf("\n\n");
        }
        if (end >= 0) {
            handle(key, c, head.substring(0, end));
        }
    }

    private void handle(SelectionKey key, Connection c, String head) throws IOException {
        String[] lines = head.split("\r?\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            respond(key, c, "400 Bad Request", "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = requestLine[0];
        String path = requestLine[1];
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            respond(key, c, "405 Method Not Allowed", "text/plain; charset=utf-8", "GET /metrics\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!path.equals("/metrics") && !path.equals("/")) {
            respond(key, c, "404 Not Found", "text/plain; charset=utf-8", "see /metrics\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String accept = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("accept")) {
                accept = lines[i].substring(colon + 1).trim();
            }
        }
        MetricsRenderer.Body body = renderer.render(gils.get(), accept);
        respond(key, c, "200 OK", body.contentType(), method.equals("HEAD") ? new byte[0] : body.bytes(),
                body.bytes().length);
    }

    private void respond(SelectionKey key, Connection c, String status, String contentType, byte[] body) throws IOException {
        respond(key, c, status, contentType, body, body.length);
    }

    private void respond(SelectionKey key, Connection c, String status, String contentType, byte[] body, int length)
            throws IOException {
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        c.response = ByteBuffer.allocate(head.length + body.length).put(head).put(body).flip();
        key.interestOps(SelectionKey.OP_WRITE);
        write(key, c);
    }

    private void write(SelectionKey key, Connection c) throws IOException {
        c.channel.write(c.response);
        if (!c.response.hasRemaining()) {
            drop(c);
        }
    }

    private void expire() {
        long now = System.nanoTime();
        for (Connection c : new ArrayList<>(open)) {
            if (now - c.deadline > 0) {
                drop(c);
            }
        }
    }

    private void drop(Connection c) {
        if (c == null) {
            return;
        }
        open.remove(c);
        try {
            c.channel.close();
        } catch (IOException ignored) {
            // gone already
        }
    }
}
