package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An AF_UNIX SOCK_STREAM socket of {@code _socket} over JDK 16's Unix-domain {@link SocketChannel} and
 * {@link ServerSocketChannel}, kept non-blocking. A blocking accept or recv waits on a {@link Selector}
 * of its own with the GIL dropped ({@link ThreadState#RELEASED_IO}), as Modules/socketmodule.c's
 * sock_call waits in poll(2) outside the GIL; a send that finds the buffer full retries every
 * millisecond, GIL dropped. For {@code select}, a readable check reads what waits (or accepts the
 * waiting connection) and keeps it for the next recv (accept). Path names only: the JDK has no
 * abstract-namespace addresses (a name starting with a NUL byte raises OSError).
 */
public final class PyUnixSocket extends PyObj implements Attr.AttrHolder, SelectableSocket {
    public static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyType t = new PyType("socket", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "socket";
        return t;
    }

    private static final long AF_UNIX = 1;

    private final long type;
    /**
     * Made on the first blocking wait (an epoll instance and its wake-up descriptor cost about 0.2 ms
     * to make and close: asyncio's self-pipe, a socketpair per event loop, never blocks on its own).
     */
    private volatile Selector selector;
    private ServerSocketChannel server;
    private SocketChannel ch;
    /** The name given to bind (getsockname), and the peer's name (getpeername). */
    private String localName = "";
    private String peerName = "";
    private double timeout;
    private long fd;
    private volatile boolean closed;
    /** A connection {@link #readReady} accepted for select, for the next accept. */
    private SocketChannel pendingConn;
    /** Bytes {@link #readReady} read for select, for the next recv; {@link #eof}: the peer shut its side. */
    private byte[] pendingData;
    private boolean eof;

    public PyUnixSocket(long type, double timeout) {
        this.type = type;
        this.timeout = timeout;
        fd = PySocket.register(this);
    }

    private PyUnixSocket(SocketChannel ch, String localName, double timeout) {
        this(1, timeout);
        this.ch = ch;
        this.localName = localName;
    }

    /** Two connected sockets ({@code socket.socketpair()}): a connection through a listener on a temporary path. */
    public static PyTuple pair(PyThread t, double timeout) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gilspy-socketpair");
            Path p = dir.resolve("s");
            try (ServerSocketChannel srv = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                srv.bind(UnixDomainSocketAddress.of(p));
                SocketChannel a = SocketChannel.open(StandardProtocolFamily.UNIX);
                a.connect(UnixDomainSocketAddress.of(p));
                SocketChannel b = srv.accept();
                a.configureBlocking(false);
                b.configureBlocking(false);
                return PyTuple.of(new PyUnixSocket(a, "", timeout), new PyUnixSocket(b, "", timeout));
            } finally {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw PySocket.error(e);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }

    @Override public PyType type() { return TYPE; }

    @Override public long fd() { return fd; }

    @Override public long family() { return AF_UNIX; }

    @Override public long socketType() { return type; }

    @Override public double timeout() { return timeout; }

    @Override public void timeout(double seconds) { timeout = seconds; }

    private void checkOpen() {
        if (closed) {
            throw Err.os(9, "Bad file descriptor");
        }
    }

    static PyException error(IOException e) {
        if (e instanceof ClosedChannelException) {
            return Err.os(9, "Bad file descriptor");
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("No such file")) {
            return Err.os(Types.get("FileNotFoundError"), 2, "No such file or directory");
        }
        if (m.contains("Address already in use")) {
            return Err.os(98, "Address already in use");
        }
        if (m.contains("Permission denied")) {
            return Err.os(Types.get("PermissionError"), 13, "Permission denied");
        }
        return PySocket.error(e);
    }

    private static PyException wouldBlock() {
        return Err.os(Types.get("BlockingIOError"), 11, "Resource temporarily unavailable");
    }

    /** The file-system path an AF_UNIX address (str, bytes or path-like) names. */
    static String pathText(PyThread t, Object addr) {
        Object a = addr;
        if (!(a instanceof String) && !(a instanceof PyBytes) && !(PyValueSub.unwrap(a) instanceof String)) {
            Object fspath = Ops.getattrOrNull(a, "__fspath__");
            if (fspath == null) {
                throw Err.type("a bytes-like object is required, not '" + Ops.typeName(addr) + "'");
            }
            a = Ops.call(t, fspath, new Object[0], null);
        }
        String s = a instanceof PyBytes b ? new String(BytesMethods.toBytes(b), java.nio.charset.StandardCharsets.UTF_8)
            : StrRepr.str(PyValueSub.unwrap(a));
        if (s.startsWith("\0")) {
            throw Err.os(22, "Invalid argument: abstract AF_UNIX addresses are not supported on the JVM");
        }
        if (s.length() > 107) {
            throw Err.os(22, "AF_UNIX path too long");
        }
        return s;
    }

    private static UnixDomainSocketAddress resolve(String text) {
        return UnixDomainSocketAddress.of(Path.of(System.getProperty("user.dir")).resolve(text));
    }

    void bind(PyThread t, Object addr) {
        checkOpen();
        String text = pathText(t, addr);
        if (server != null || ch != null) {
            throw Err.os(22, "Invalid argument");
        }
        try {
            UnixDomainSocketAddress a = resolve(text);
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                s.bind(a, 128);
            } catch (IOException e) {
                s.close();
                throw e;
            }
            s.configureBlocking(false);
            server = s;
            localName = text;
        } catch (IOException e) {
            throw error(e);
        }
    }

    private Selector selector() throws IOException {
        Selector s = selector;
        if (s == null) {
            synchronized (this) {
                s = selector;
                if (s == null) {
                    if (closed) {
                        throw new ClosedChannelException();
                    }
                    selector = s = Selector.open();
                }
            }
        }
        return s;
    }

    /** Waits (the caller has dropped the GIL) until {@code c} is ready for {@code op}, or the timeout. */
    private void await(SelectableChannel c, int op, long deadline) throws IOException {
        Selector selector = selector();
        SelectionKey key = c.keyFor(selector);
        if (key == null) {
            key = c.register(selector, op);
        } else {
            key.interestOps(op);
        }
        long left = deadline == Long.MAX_VALUE ? 0 : (deadline - System.nanoTime()) / 1_000_000;
        if (deadline != Long.MAX_VALUE && left <= 0) {
            throw Err.make(Types.get("TimeoutError"), "timed out");
        }
        selector.select(deadline == Long.MAX_VALUE ? 0 : Math.max(1, left));
        selector.selectedKeys().clear();
    }

    private long deadline() {
        return timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
    }

    void connect(PyThread t, Object addr) {
        checkOpen();
        String text = pathText(t, addr);
        if (ch != null) {
            throw Err.os(106, "Transport endpoint is already connected");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                c.configureBlocking(false);
                if (!c.connect(resolve(text))) {
                    long deadline = deadline();
                    while (!c.finishConnect()) {
                        if (timeout == 0) {
                            throw Err.os(Types.get("BlockingIOError"), 115, "Operation now in progress");
                        }
                        await(c, SelectionKey.OP_CONNECT, deadline);
                    }
                }
            } catch (IOException | RuntimeException e) {
                c.close();
                throw e;
            }
            ch = c;
            peerName = text;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Connection refused")) {
                throw Err.os(Types.get("ConnectionRefusedError"), 111, "Connection refused");
            }
            throw error(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** Accepts a waiting connection now, if one waits (kept as pending); whether one is pending. */
    private synchronized boolean pollAccept() throws IOException {
        if (pendingConn == null) {
            pendingConn = server.accept();
        }
        return pendingConn != null;
    }

    private synchronized SocketChannel takeConn() {
        SocketChannel c = pendingConn;
        pendingConn = null;
        return c;
    }

    PyTuple accept(PyThread t) {
        checkOpen();
        if (server == null) {
            throw Err.os(22, "Invalid argument");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            long deadline = deadline();
            while (!pollAccept()) {
                if (timeout == 0) {
                    throw wouldBlock();
                }
                checkOpen();
                await(server, SelectionKey.OP_ACCEPT, deadline);
                checkOpen();
            }
            SocketChannel c = takeConn();
            c.configureBlocking(false);
            PyUnixSocket s = new PyUnixSocket(c, localName, timeout < 0 ? -1 : timeout);
            return PyTuple.of(s, "");
        } catch (IOException e) {
            throw closed ? Err.os(9, "Bad file descriptor") : error(e);
        } catch (java.nio.channels.ClosedSelectorException e) {
            throw Err.os(9, "Bad file descriptor");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /**
     * What a read goes through, one per thread: select asks every socket it watches with a read, and a
     * 64 KiB buffer made per ask (then copied by the channel through a direct one) was most of the
     * cost of an epoll.poll(0) over asyncio's self-pipe.
     */
    private static final ThreadLocal<ByteBuffer> READ_BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(65536));

    /** Reads what waits now into the pending bytes; whether bytes or the end of the stream are pending. */
    private synchronized boolean pollRead() throws IOException {
        if (pendingData != null || eof) {
            return true;
        }
        ByteBuffer buf = READ_BUFFER.get().clear();
        int n = ch.read(buf);
        if (n < 0) {
            eof = true;
            return true;
        }
        if (n == 0) {
            return false;
        }
        pendingData = new byte[n];
        buf.flip().get(pendingData);
        return true;
    }

    /** At most {@code n} of the pending bytes (the rest stays pending), or empty at the end of the stream. */
    private synchronized byte[] takeData(int n) {
        if (pendingData == null) {
            return new byte[0];
        }
        byte[] d = pendingData;
        if (d.length <= n) {
            pendingData = null;
            return d;
        }
        pendingData = java.util.Arrays.copyOfRange(d, n, d.length);
        return java.util.Arrays.copyOf(d, n);
    }

    private SocketChannel connected() {
        checkOpen();
        if (ch == null) {
            throw Err.os(107, "Transport endpoint is not connected");
        }
        return ch;
    }

    PyBytes recv(PyThread t, long n) {
        SocketChannel c = connected();
        if (n < 0) {
            throw Err.value("negative buffersize in recv");
        }
        if (n == 0) {
            return new PyBytes(new byte[0]);
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            long deadline = deadline();
            while (!pollRead()) {
                if (timeout == 0) {
                    throw wouldBlock();
                }
                checkOpen();
                await(c, SelectionKey.OP_READ, deadline);
                checkOpen();
            }
            return new PyBytes(takeData((int) Math.min(n, Integer.MAX_VALUE)));
        } catch (IOException e) {
            if (closed) {
                throw Err.os(9, "Bad file descriptor");
            }
            if (String.valueOf(e.getMessage()).contains("reset")) {
                throw Err.os(Types.get("ConnectionResetError"), 104, "Connection reset by peer");
            }
            throw error(e);
        } catch (java.nio.channels.ClosedSelectorException e) {
            throw Err.os(9, "Bad file descriptor");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    /** Writes {@code b}: all of it (sendall, or a blocking send), or what fits now (a non-blocking send). */
    long send(PyThread t, Object data, boolean all) {
        SocketChannel c = connected();
        byte[] b = BytesMethods.toBytes(data);
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            ByteBuffer buf = ByteBuffer.wrap(b);
            long deadline = deadline();
            while (buf.hasRemaining()) {
                int w = c.write(buf);
                if (w > 0 && !all && timeout == 0) {
                    break;
                }
                if (w == 0) {
                    if (timeout == 0) {
                        if (buf.position() > 0 && !all) {
                            break;
                        }
                        throw wouldBlock();
                    }
                    if (deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                        throw Err.make(Types.get("TimeoutError"), "timed out");
                    }
                    checkOpen();
                    Thread.sleep(1);
                }
            }
            return buf.position();
        } catch (IOException e) {
            if (closed) {
                throw Err.os(9, "Bad file descriptor");
            }
            String m = String.valueOf(e.getMessage());
            if (m.contains("Broken pipe")) {
                throw Err.os(Types.get("BrokenPipeError"), 32, "Broken pipe");
            }
            throw error(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Err.os(4, "Interrupted system call");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    @Override
    public boolean readReady() {
        if (closed) {
            return true;
        }
        try {
            if (server != null) {
                return pollAccept();
            }
            return ch != null && pollRead();
        } catch (IOException e) {
            return true; // the recv or accept that follows raises the error
        }
    }

    @Override
    public boolean writeReady() {
        return ch != null && !closed;
    }

    @Override public void close() {
        if (closed) {
            return;
        }
        closed = true;
        PySocket.unregister(fd);
        fd = -1;
        Selector selector;
        synchronized (this) {
            selector = this.selector;
        }
        if (selector != null) {
            selector.wakeup();
        }
        try {
            if (ch != null) {
                ch.close();
            }
            if (server != null) {
                server.close();
            }
            SocketChannel p = takeConn();
            if (p != null) {
                p.close();
            }
            if (selector != null) {
                selector.close();
            }
        } catch (IOException e) {
            // closing is best effort, as in CPython (which leaves the bound path in place too)
        }
    }

    private static PyUnixSocket s(Object o) {
        return (PyUnixSocket) o;
    }

    static {
        PyType T = TYPE;
        Methods.def(T, "bind", (t, a, k) -> {
            s(a[0]).bind(t, a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "listen", (t, a, k) -> {
            PyUnixSocket so = s(a[0]);
            so.checkOpen();
            if (so.server == null) {
                throw Err.os(22, "Invalid argument"); // Linux autobinds to an abstract name, which the JDK cannot
            }
            return PyNone.NONE;
        });
        Methods.def(T, "accept", (t, a, k) -> s(a[0]).accept(t));
        Methods.def(T, "connect", (t, a, k) -> {
            s(a[0]).connect(t, a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "connect_ex", (t, a, k) -> SelectableSocket.connectEx(() -> s(a[0]).connect(t, a[1])));
        Methods.def(T, "recv", (t, a, k) -> s(a[0]).recv(t, Ops.toLong(a[1])));
        Methods.def(T, "recvfrom", (t, a, k) -> PyTuple.of(s(a[0]).recv(t, Ops.toLong(a[1])), PyNone.NONE));
        Methods.def(T, "send", (t, a, k) -> s(a[0]).send(t, a[1], false));
        Methods.def(T, "sendall", (t, a, k) -> {
            s(a[0]).send(t, a[1], true);
            return PyNone.NONE;
        });
        Methods.def(T, "detach", (t, a, k) -> {
            PyUnixSocket so = s(a[0]);
            long fd = so.fd;
            so.closed = true;
            PySocket.unregister(fd);
            return fd;
        });
        Methods.def(T, "shutdown", (t, a, k) -> {
            SocketChannel c = s(a[0]).connected();
            long how = Ops.toLong(a[1]);
            try {
                if (how == 0 || how == 2) {
                    c.shutdownInput();
                }
                if (how == 1 || how == 2) {
                    c.shutdownOutput();
                }
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        Methods.def(T, "setsockopt", (t, a, k) -> {
            s(a[0]).checkOpen();
            return PyNone.NONE; // SO_REUSEADDR and the buffer sizes mean nothing to a path name here
        });
        Methods.def(T, "getsockopt", (t, a, k) -> {
            PyUnixSocket so = s(a[0]);
            so.checkOpen();
            long level = Ops.toLong(a[1]);
            long opt = Ops.toLong(a[2]);
            if (level == 1 && opt == 3) {
                return so.type; // SO_TYPE
            }
            return 0L; // SO_ERROR: a connect here finished or raised
        });
        SelectableSocket.defineCommonMethods(T);
        Methods.def(T, "getsockname", (t, a, k) -> {
            s(a[0]).checkOpen();
            return s(a[0]).localName;
        });
        Methods.def(T, "getpeername", (t, a, k) -> {
            PyUnixSocket so = s(a[0]);
            so.connected();
            return so.peerName;
        });
        T.finishInit();
    }

    @Override
    public Object getAttr(String name) {
        return SelectableSocket.commonAttr(this, name);
    }

}
