package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An AF_UNIX SOCK_DGRAM socket of {@code _socket}, emulated: the JDK has Unix-domain stream channels
 * only. A bound socket listens on its path with a {@link ServerSocketChannel}; a datagram travels as
 * one frame (length, the sender's bound name, the bytes) over a stream connection the sender opens to
 * the destination path once and keeps. Message boundaries, sender addresses (None when unbound) and
 * the errors of a missing path (FileNotFoundError) or one nobody listens on (ConnectionRefusedError)
 * are CPython's on Linux; only gilspy sockets can talk to one another this way (a real datagram
 * socket such as /dev/log refuses the stream connection). Blocking waits drop the GIL
 * ({@link ThreadState#RELEASED_IO}).
 */
public final class PyUnixDatagramSocket extends PyObj implements Attr.AttrHolder, SelectableSocket {
    public static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyType t = new PyType("socket", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "socket";
        return t;
    }

    private final Selector selector;
    private ServerSocketChannel server;
    private String localName = "";
    private String peer;
    private final Map<String, SocketChannel> outgoing = new HashMap<>();
    private final List<SocketChannel> incoming = new ArrayList<>();
    private final Map<SocketChannel, ByteBuffer> partial = new HashMap<>();
    private final ArrayDeque<Object[]> queue = new ArrayDeque<>();
    private double timeout;
    private long fd;
    private volatile boolean closed;

    public PyUnixDatagramSocket(double timeout) {
        this.timeout = timeout;
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw PySocket.error(e);
        }
        fd = PySocket.register(this);
    }

    @Override public PyType type() { return TYPE; }

    @Override public long fd() { return fd; }

    @Override public long family() { return 1; }

    @Override public long socketType() { return 2; }

    @Override public double timeout() { return timeout; }

    @Override public void timeout(double seconds) { timeout = seconds; }

    private void checkOpen() {
        if (closed) {
            throw Err.os(9, "Bad file descriptor");
        }
    }

    private static UnixDomainSocketAddress resolve(String text) {
        return UnixDomainSocketAddress.of(Path.of(System.getProperty("user.dir")).resolve(text));
    }

    void bind(PyThread t, Object addr) {
        checkOpen();
        String text = PyUnixSocket.pathText(t, addr);
        if (server != null) {
            throw Err.os(22, "Invalid argument");
        }
        try {
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                s.bind(resolve(text), 128);
                s.configureBlocking(false);
            } catch (IOException e) {
                s.close();
                throw e;
            }
            server = s;
            localName = text;
        } catch (IOException e) {
            throw PyUnixSocket.error(e);
        }
    }

    /** The connection to {@code dest}, opened on first use (the GIL is released by the caller). */
    private synchronized SocketChannel channelTo(String dest) throws IOException {
        SocketChannel c = outgoing.get(dest);
        if (c != null && c.isOpen()) {
            return c;
        }
        Path p = resolve(dest).getPath();
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw Err.os(Types.get("FileNotFoundError"), 2, "No such file or directory");
        }
        c = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            c.connect(resolve(dest));
        } catch (IOException e) {
            c.close();
            throw Err.os(Types.get("ConnectionRefusedError"), 111, "Connection refused");
        }
        outgoing.put(dest, c);
        return c;
    }

    long send(PyThread t, Object data, String dest) {
        checkOpen();
        byte[] b = BytesMethods.toBytes(data);
        if (dest == null) {
            if (peer == null) {
                throw Err.os(107, "Transport endpoint is not connected");
            }
            dest = peer;
        }
        byte[] name = localName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(8 + name.length + b.length);
        frame.putInt(b.length).putInt(name.length).put(name).put(b).flip();
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            SocketChannel c = channelTo(dest);
            synchronized (c) {
                while (frame.hasRemaining()) {
                    c.write(frame);
                }
            }
            return b.length;
        } catch (IOException e) {
            synchronized (this) {
                outgoing.remove(dest);
            }
            throw Err.os(Types.get("ConnectionRefusedError"), 111, "Connection refused");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** Accepts waiting senders and reads what they sent into whole datagrams; whether one is queued. */
    private synchronized boolean poll() throws IOException {
        if (server != null) {
            for (SocketChannel c; (c = server.accept()) != null; ) {
                c.configureBlocking(false);
                incoming.add(c);
            }
        }
        for (int i = incoming.size() - 1; i >= 0; i--) {
            SocketChannel c = incoming.get(i);
            ByteBuffer buf = partial.computeIfAbsent(c, x -> ByteBuffer.allocate(1 << 16));
            int n;
            try {
                n = c.read(buf);
            } catch (IOException e) {
                n = -1;
            }
            while (frames(c, buf)) {
                buf = partial.get(c);
            }
            if (n < 0) {
                incoming.remove(i);
                partial.remove(c);
                c.close();
            }
        }
        return !queue.isEmpty();
    }

    /** Takes one whole frame off {@code buf} into the queue, growing the buffer for a long one; whether it did. */
    private boolean frames(SocketChannel c, ByteBuffer buf) {
        if (buf.position() < 8) {
            return false;
        }
        int len = buf.getInt(0);
        int nameLen = buf.getInt(4);
        int whole = 8 + nameLen + len;
        if (buf.position() < whole) {
            if (buf.capacity() < whole) {
                ByteBuffer bigger = ByteBuffer.allocate(whole);
                buf.flip();
                bigger.put(buf);
                partial.put(c, bigger);
            }
            return false;
        }
        byte[] all = java.util.Arrays.copyOf(buf.array(), buf.position());
        String from = new String(all, 8, nameLen, StandardCharsets.UTF_8);
        queue.add(new Object[] {java.util.Arrays.copyOfRange(all, 8 + nameLen, whole), from.isEmpty() ? PyNone.NONE : from});
        ByteBuffer rest = ByteBuffer.allocate(Math.max(1 << 16, all.length - whole));
        rest.put(all, whole, all.length - whole);
        partial.put(c, rest);
        return true;
    }

    private Object[] receive(PyThread t) {
        checkOpen();
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
            while (!poll()) {
                if (timeout == 0) {
                    throw Err.os(Types.get("BlockingIOError"), 11, "Resource temporarily unavailable");
                }
                long left = deadline == Long.MAX_VALUE ? 50 : (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 && deadline != Long.MAX_VALUE) {
                    throw Err.make(Types.get("TimeoutError"), "timed out");
                }
                synchronized (this) {
                    if (server != null && server.keyFor(selector) == null) {
                        server.register(selector, SelectionKey.OP_ACCEPT);
                    }
                    for (SocketChannel c : incoming) {
                        if (c.keyFor(selector) == null) {
                            c.register(selector, SelectionKey.OP_READ);
                        }
                    }
                }
                selector.select(Math.max(1, Math.min(left, 50)));
                selector.selectedKeys().clear();
                checkOpen();
            }
            synchronized (this) {
                return queue.poll();
            }
        } catch (IOException e) {
            throw closed ? Err.os(9, "Bad file descriptor") : PyUnixSocket.error(e);
        } catch (java.nio.channels.ClosedSelectorException e) {
            throw Err.os(9, "Bad file descriptor");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    private static PyBytes cut(Object data, long n) {
        byte[] d = (byte[]) data;
        if (n < 0) {
            throw Err.value("negative buffersize in recvfrom");
        }
        return new PyBytes(d.length <= n ? d : java.util.Arrays.copyOf(d, (int) n));
    }

    @Override
    public boolean readReady() {
        if (closed) {
            return true;
        }
        try {
            return poll();
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public boolean writeReady() {
        return !closed;
    }

    @Override public void close() {
        if (closed) {
            return;
        }
        closed = true;
        PySocket.unregister(fd);
        fd = -1;
        selector.wakeup();
        synchronized (this) {
            List<java.nio.channels.Channel> all = new ArrayList<>(incoming);
            all.addAll(outgoing.values());
            if (server != null) {
                all.add(server);
            }
            for (java.nio.channels.Channel c : all) {
                try {
                    c.close();
                } catch (IOException e) {
                    // best effort, as in CPython
                }
            }
            try {
                selector.close();
            } catch (IOException e) {
                // best effort
            }
        }
    }

    private static PyUnixDatagramSocket s(Object o) {
        return (PyUnixDatagramSocket) o;
    }

    static {
        PyType T = TYPE;
        Methods.def(T, "bind", (t, a, k) -> {
            s(a[0]).bind(t, a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "connect", (t, a, k) -> {
            PyUnixDatagramSocket so = s(a[0]);
            so.checkOpen();
            String dest = PyUnixSocket.pathText(t, a[1]);
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                so.channelTo(dest);
            } catch (IOException e) {
                throw Err.os(Types.get("ConnectionRefusedError"), 111, "Connection refused");
            } finally {
                t.ts.endAllowThreads();
            }
            so.peer = dest;
            return PyNone.NONE;
        });
        Methods.def(T, "recv", (t, a, k) -> cut(s(a[0]).receive(t)[0], Ops.toLong(a[1])));
        Methods.def(T, "recvfrom", (t, a, k) -> {
            Object[] r = s(a[0]).receive(t);
            return PyTuple.of(cut(r[0], Ops.toLong(a[1])), r[1]);
        });
        Methods.def(T, "send", (t, a, k) -> s(a[0]).send(t, a[1], null));
        Methods.def(T, "sendall", (t, a, k) -> {
            s(a[0]).send(t, a[1], null);
            return PyNone.NONE;
        });
        Methods.def(T, "sendto", (t, a, k) -> {
            if (a.length < 3) {
                throw Err.type("sendto() takes 2 or 3 arguments (" + (a.length - 1) + " given)");
            }
            return s(a[0]).send(t, a[1], PyUnixSocket.pathText(t, a[a.length - 1]));
        });
        Methods.def(T, "shutdown", (t, a, k) -> {
            s(a[0]).checkOpen();
            return PyNone.NONE;
        });
        Methods.def(T, "setsockopt", (t, a, k) -> {
            s(a[0]).checkOpen();
            return PyNone.NONE;
        });
        Methods.def(T, "getsockopt", (t, a, k) -> {
            s(a[0]).checkOpen();
            return Ops.toLong(a[1]) == 1 && Ops.toLong(a[2]) == 3 ? 2L : 0L;
        });
        SelectableSocket.defineCommonMethods(T);
        SelectableSocket.refuseConnections(T);
        Methods.def(T, "getsockname", (t, a, k) -> {
            s(a[0]).checkOpen();
            return s(a[0]).localName;
        });
        Methods.def(T, "getpeername", (t, a, k) -> {
            PyUnixDatagramSocket so = s(a[0]);
            so.checkOpen();
            if (so.peer == null) {
                throw Err.os(107, "Transport endpoint is not connected");
            }
            return so.peer;
        });
        T.finishInit();
    }

    @Override
    public Object getAttr(String name) {
        return SelectableSocket.commonAttr(this, name);
    }
}
