package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP socket of {@code _socket} over java.net. Every blocking call (connect, accept, recv, send)
 * drops the GIL ({@link ThreadState#RELEASED_IO}) and maps Java errors to CPython's OSErrors.
 */
public final class PySocket extends PyObj implements Attr.AttrHolder, SelectableSocket {
    public static final PyType SOCKET = Types.builtin("socket");
    public static final PyType GAIERROR = socketError("gaierror");
    public static final PyType HERROR = socketError("herror");

    private static PyType socketError(String name) {
        PyType t = new PyType(name, new PyType[] {Types.OSError}, PyType.Layout.EXCEPTION, true);
        t.module = "socket";
        t.finishInit();
        return t;
    }
    /**
     * Socket descriptors are numbered apart from {@link FdTable}'s, from 1024, so that
     * {@code select} tells a socket from a pipe or file by its number alone.
     */
    private static final AtomicLong NEXT_FD = new AtomicLong(1024);
    private static final java.util.Map<Long, SelectableSocket> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Numbers a new socket of another type among the sockets (for {@code select}). */
    static long register(SelectableSocket s) {
        long fd = NEXT_FD.getAndIncrement();
        OPEN.put(fd, s);
        return fd;
    }

    static void unregister(long fd) {
        OPEN.remove(fd);
    }

    private final long family;
    private final long type;
    private ServerSocket server;
    /** A connection {@link #acceptReady} accepted for select, for the next accept. */
    private Socket pending;
    private Socket sock;
    private InputStream in;
    /** The connection's stream, taken once when it connects (not looked up inside each send's released window). */
    private OutputStream out;
    private InetSocketAddress bound;
    private boolean reuseAddr;
    private boolean noDelay;
    /** Seconds, or negative for blocking with no timeout (None). */
    private double timeout;

    @Override public long fd() { return fd; }

    @Override public long family() { return family; }

    @Override public long socketType() { return type; }

    @Override public double timeout() { return timeout; }

    @Override public void timeout(double seconds) { timeout = seconds; }
    private long fd = NEXT_FD.getAndIncrement();
    private boolean closed;

    public PySocket(long family, long type, double timeout) {
        this.family = family;
        this.type = type;
        this.timeout = timeout;
        OPEN.put(fd, this);
    }

    /** The open socket numbered {@code fd}, or null (for {@code select}). */
    public static SelectableSocket byFd(long fd) {
        return OPEN.get(fd);
    }

    /**
     * Whether a recv would not block now (select's readable set): bytes are waiting or the peer
     * shut its side. A listening socket reports not ready: a blocking ServerSocket cannot tell
     * whether a connection is pending.
     */
    @Override
    public boolean readReady() {
        if (closed) {
            return true;
        }
        if (server != null) {
            return acceptReady();
        }
        try {
            return sock != null && (sock.isInputShutdown() || in.available() > 0 || peek());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Whether a byte or the end of the stream arrives within 1 ms (kept in {@link #peeked} for the
     * next recv): how {@code select} sees that the peer closed, which {@code available()} cannot tell.
     */
    private synchronized boolean peek() throws IOException {
        if (peeked != NOTHING_PEEKED) {
            return true;
        }
        int old = sock.getSoTimeout();
        sock.setSoTimeout(1);
        try {
            peeked = in.read();
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } finally {
            sock.setSoTimeout(old);
        }
    }

    /** The byte {@link #peek} read (-1: end of stream), given first by the next recv, which then reads only what is there already. */
    private synchronized PyBytes takePeeked(byte[] buf) throws IOException {
        int p = peeked;
        if (p == NOTHING_PEEKED) {
            return null;
        }
        peeked = NOTHING_PEEKED;
        if (p < 0 || buf.length == 0) {
            return new PyBytes(new byte[0]);
        }
        buf[0] = (byte) p;
        int got = 1;
        int avail = in.available();
        if (avail > 0 && buf.length > 1) {
            got += Math.max(0, in.read(buf, 1, Math.min(avail, buf.length - 1)));
        }
        return new PyBytes(java.util.Arrays.copyOf(buf, got));
    }

    private static final int NOTHING_PEEKED = -2;
    private int peeked = NOTHING_PEEKED;

    /**
     * A listening socket is readable when a connection waits: a ServerSocket can only tell by
     * accepting it (1 ms at most), so the connection is kept for the next {@code accept}.
     */
    private synchronized boolean acceptReady() {
        if (pending != null) {
            return true;
        }
        try {
            server.setSoTimeout(1);
            pending = server.accept();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized Socket takePending() {
        Socket p = pending;
        pending = null;
        return p;
    }

    /** Whether a send would not block now: assumed for every connected socket. */
    @Override
    public boolean writeReady() {
        return sock != null && !closed;
    }

    @Override public PyType type() { return SOCKET; }

    private int timeoutMillis() {
        if (timeout < 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(timeout * 1000));
    }

    static PyException error(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return Err.make(Types.get("TimeoutError"), "timed out");
        }
        if (e instanceof ConnectException) {
            return Err.os(111, "Connection refused");
        }
        if (e instanceof BindException) {
            String m = String.valueOf(e.getMessage());
            return m.contains("assign") ? Err.os(99, "Cannot assign requested address") : Err.os(98, "Address already in use");
        }
        if (e instanceof UnknownHostException) {
            return Err.make(GAIERROR, new Object[] {-2L, "Name or service not known"});
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("reset")) {
            return Err.os(104, "Connection reset by peer");
        }
        if (m.contains("Broken pipe")) {
            return Err.os(32, "Broken pipe");
        }
        if (m.contains("closed")) {
            return Err.os(9, "Bad file descriptor");
        }
        return Err.os(5, m);
    }

    private void checkOpen() {
        if (closed) {
            throw Err.os(9, "Bad file descriptor");
        }
    }

    static InetSocketAddress address(Object addr) {
        Object[] a = Ops.toArray(addr);
        if (a.length != 2) {
            throw Err.type("AF_INET address must be a pair (host, port)");
        }
        String host = StrRepr.str(a[0]);
        long port = Ops.toLong(a[1]);
        if (port < 0 || port > 65535) {
            throw Err.overflow("bind(): port must be 0-65535.");
        }
        if (host.isEmpty()) {
            return new InetSocketAddress((int) port);
        }
        return new InetSocketAddress(host.equals("localhost") ? "127.0.0.1" : host, (int) port);
    }

    private static PyTuple tuple(InetSocketAddress a) {
        if (a == null) {
            return PyTuple.of("0.0.0.0", 0L);
        }
        InetAddress ia = a.getAddress();
        return PyTuple.of(ia == null ? "0.0.0.0" : ia.getHostAddress(), (long) a.getPort());
    }

    void bind(PyThread t, Object addr) {
        checkOpen();
        InetSocketAddress a = address(addr);
        try {
            server = new ServerSocket();
            server.setReuseAddress(reuseAddr);
            server.bind(a, 128);
            bound = new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
        } catch (IOException e) {
            throw error(e);
        }
    }

    void connect(PyThread t, Object addr) {
        checkOpen();
        InetSocketAddress a = address(addr);
        if (a.isUnresolved()) {
            throw Err.make(GAIERROR, new Object[] {-2L, "Name or service not known"});
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            Socket s = new Socket();
            s.setTcpNoDelay(noDelay);
            if (server != null) {
                server.close();
                server = null;
                s.bind(bound);
            }
            // a non-blocking socket connects blocking here (0 is no time limit): CPython's returns
            // EINPROGRESS and completes later, which asyncio then sees as done at once
            s.connect(a, timeout == 0 ? 0 : timeoutMillis());
            sock = s;
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            throw error(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    PyTuple accept(PyThread t) {
        checkOpen();
        if (server == null) {
            throw Err.os(22, "Invalid argument");
        }
        if (timeout == 0 && !acceptReady()) {
            throw Err.os(Types.get("BlockingIOError"), 11, "Resource temporarily unavailable");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            Socket s = takePending();
            if (s == null) {
                server.setSoTimeout(timeoutMillis());
                s = server.accept();
            }
            s.setTcpNoDelay(noDelay);
            PySocket c = new PySocket(family, type, timeout < 0 ? -1 : timeout);
            c.sock = s;
            c.in = s.getInputStream();
            c.out = s.getOutputStream();
            return PyTuple.of(c, tuple((InetSocketAddress) s.getRemoteSocketAddress()));
        } catch (IOException e) {
            throw error(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    private Socket connected() {
        checkOpen();
        if (sock == null) {
            throw Err.os(107, "Transport endpoint is not connected");
        }
        return sock;
    }

    PyBytes recv(PyThread t, long n) {
        Socket s = connected();
        if (n < 0) {
            throw Err.value("negative buffersize in recv");
        }
        byte[] buf = new byte[(int) Math.min(n, 1 << 20)];
        if (timeout == 0 && buf.length > 0 && !readReady()) {
            // a non-blocking socket with nothing to read: EAGAIN, as recv(2) on O_NONBLOCK
            throw Err.os(Types.get("BlockingIOError"), 11, "Resource temporarily unavailable");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            PyBytes first = takePeeked(buf);
            if (first != null) {
                return first;
            }
            s.setSoTimeout(timeoutMillis());
            int got = buf.length == 0 ? 0 : in.read(buf);
            if (got <= 0) {
                return new PyBytes(new byte[0]);
            }
            return new PyBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("shutdown") || s.isInputShutdown()) {
                return new PyBytes(new byte[0]);
            }
            throw error(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    long send(PyThread t, Object data) {
        Socket s = connected();
        byte[] b = BytesMethods.toBytes(data);
        // The released window is the JDK write alone: the socket's stream is a field and unbuffered,
        // so no flush. Measured 2026-12-07 (load 27-29, convoy.py at 0.1 ms, nanoTime stamps): the
        // GIL's drop 0.5-0.7 us, the write 19-38 us (mean of both threads' sends), the re-take 3-6
        // us; a plain-Java loopback harness writes 1 byte in 3.4-3.8 us through the stream and
        // 2.4-2.5 us through a SocketChannel and a direct buffer. The window is the syscall
        // (loopback runs the peer's TCP receive and wake-up inside it, on CPython too), not the
        // JDK's ~1 us, so a SocketChannel rewrite would not win the hand-off race (issue 20).
        OutputStream o = out;
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            o.write(b);
            return b.length;
        } catch (IOException e) {
            throw error(e);
        } finally {
            t.ts.endAllowThreads();
        }
    }

    @Override public void close() {
        if (closed) {
            return;
        }
        closed = true;
        OPEN.remove(fd);
        fd = -1;
        try {
            if (sock != null) {
                sock.close();
            }
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing is best effort, as in CPython
        }
    }

    private static PySocket s(Object o) {
        return (PySocket) o;
    }

    static {
        PyType T = SOCKET;
        T.module = "socket";
        Methods.def(T, "bind", (t, a, k) -> {
            s(a[0]).bind(t, a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "listen", (t, a, k) -> {
            if (s(a[0]).server == null) {
                s(a[0]).bind(t, PyTuple.of("0.0.0.0", 0L));
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
        Methods.def(T, "send", (t, a, k) -> s(a[0]).send(t, a[1]));
        Methods.def(T, "sendall", (t, a, k) -> {
            s(a[0]).send(t, a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "detach", (t, a, k) -> {
            long fd = s(a[0]).fd;
            s(a[0]).closed = true;
            OPEN.remove(fd);
            return fd;
        });
        Methods.def(T, "shutdown", (t, a, k) -> {
            Socket so = s(a[0]).connected();
            long how = Ops.toLong(a[1]);
            try {
                if (how == 0 || how == 2) {
                    so.shutdownInput();
                }
                if (how == 1 || how == 2) {
                    so.shutdownOutput();
                }
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        Methods.def(T, "setsockopt", (t, a, k) -> {
            PySocket so = s(a[0]);
            long opt = Ops.toLong(a[2]);
            boolean on = Ops.truthy(a[3]);
            long level = Ops.toLong(a[1]);
            try {
                if (level == 1 && opt == 2) {
                    so.reuseAddr = on;
                    if (so.server != null) {
                        so.server.setReuseAddress(on);
                    }
                } else if (level == 6 && opt == 1) {
                    so.noDelay = on;
                    if (so.sock != null) {
                        so.sock.setTcpNoDelay(on);
                    }
                }
            } catch (SocketException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        Methods.def(T, "getsockopt", (t, a, k) -> {
            PySocket so = s(a[0]);
            long level = Ops.toLong(a[1]);
            long opt = Ops.toLong(a[2]);
            if (level == 1 && opt == 2) {
                return so.reuseAddr ? 1L : 0L;
            }
            if (level == 6 && opt == 1) {
                return so.noDelay ? 1L : 0L;
            }
            return 0L;
        });
        SelectableSocket.defineCommonMethods(T);
        Methods.def(T, "getsockname", (t, a, k) -> {
            PySocket so = s(a[0]);
            so.checkOpen();
            if (so.sock != null) {
                return tuple((InetSocketAddress) so.sock.getLocalSocketAddress());
            }
            return tuple(so.bound);
        });
        Methods.def(T, "getpeername", (t, a, k) -> tuple((InetSocketAddress) s(a[0]).connected().getRemoteSocketAddress()));
        T.finishInit();
    }

    /** family/type attributes for {@code sock.family}. */
    @Override
    public Object getAttr(String name) {
        return SelectableSocket.commonAttr(this, name);
    }
}
