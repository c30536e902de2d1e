package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * A SOCK_DGRAM socket of {@code _socket} over a non-blocking {@link DatagramChannel}. A blocking
 * call waits on a {@link Selector} of its own with the GIL dropped ({@link ThreadState#RELEASED_IO}),
 * as Modules/socketmodule.c's sock_call waits in poll(2) outside the GIL. A datagram that
 * {@link #readReady} received for {@code select} is kept for the next recv.
 */
public final class PyDatagramSocket extends PyObj implements Attr.AttrHolder, SelectableSocket {
    public static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyType t = new PyType("socket", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "socket";
        return t;
    }

    /** The largest UDP payload over IPv4. */
    private static final int MAX_DATAGRAM = 65507;

    private final long family;
    private final long type;
    private final DatagramChannel ch;
    private final Selector selector;
    /** Seconds, or negative for blocking with no timeout (None). */
    private double timeout;

    @Override public long fd() { return fd; }

    @Override public long family() { return family; }

    @Override public long socketType() { return type; }

    @Override public double timeout() { return timeout; }

    @Override public void timeout(double seconds) { timeout = seconds; }
    private long fd;
    private volatile boolean closed;
    private boolean reuseAddr;
    private boolean broadcast;
    /** A datagram received for select (and its sender), given to the next recv. */
    private byte[] pendingData;
    private SocketAddress pendingFrom;

    public PyDatagramSocket(long family, long type, double timeout) {
        this.family = family;
        this.type = type;
        this.timeout = timeout;
        try {
            ch = DatagramChannel.open(java.net.StandardProtocolFamily.INET);
            ch.configureBlocking(false);
            selector = Selector.open();
        } catch (IOException e) {
            throw PySocket.error(e);
        }
        fd = PySocket.register(this);
    }

    @Override public PyType type() { return TYPE; }

    private void checkOpen() {
        if (closed) {
            throw Err.os(9, "Bad file descriptor");
        }
    }

    private static PyException error(IOException e) {
        if (e instanceof PortUnreachableException) {
            return Err.os(111, "Connection refused");
        }
        if (e instanceof ClosedChannelException) {
            return Err.os(9, "Bad file descriptor");
        }
        return PySocket.error(e);
    }

    private static PyException wouldBlock() {
        return Err.os(Types.get("BlockingIOError"), 11, "Resource temporarily unavailable");
    }

    /** Receives one datagram now if one waits (kept as pending); whether one is pending. */
    private synchronized boolean poll() throws IOException {
        if (pendingData != null) {
            return true;
        }
        ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM);
        SocketAddress from = ch.receive(buf);
        if (from == null) {
            return false;
        }
        pendingData = java.util.Arrays.copyOf(buf.array(), buf.position());
        pendingFrom = from;
        return true;
    }

    private synchronized Object[] takePending() {
        Object[] r = {pendingData, pendingFrom};
        pendingData = null;
        pendingFrom = null;
        return r;
    }

    @Override
    public boolean readReady() {
        if (closed) {
            return true;
        }
        try {
            return poll();
        } catch (IOException e) {
            return true; // the recv that follows raises the error
        }
    }

    @Override
    public boolean writeReady() {
        return !closed;
    }

    /**
     * Waits with the GIL dropped until a datagram is pending: TimeoutError after the timeout,
     * BlockingIOError at once when non-blocking. Returns {data, sender}.
     */
    private Object[] receive(PyThread t) {
        checkOpen();
        try {
            if (poll()) {
                return takePending();
            }
        } catch (IOException e) {
            throw error(e);
        }
        if (timeout == 0) {
            throw wouldBlock();
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            ch.register(selector, SelectionKey.OP_READ);
            while (true) {
                if (closed) {
                    throw Err.os(9, "Bad file descriptor");
                }
                if (poll()) {
                    return takePending();
                }
                long left = deadline == Long.MAX_VALUE ? 0 : (deadline - System.nanoTime()) / 1_000_000;
                if (deadline != Long.MAX_VALUE && left <= 0) {
                    throw Err.make(Types.get("TimeoutError"), "timed out");
                }
                selector.select(deadline == Long.MAX_VALUE ? 0 : Math.max(1, left));
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw closed ? Err.os(9, "Bad file descriptor") : error(e);
        } catch (java.nio.channels.ClosedSelectorException e) {
            throw Err.os(9, "Bad file descriptor");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    private static PyBytes truncate(byte[] data, long n) {
        if (n < 0) {
            throw Err.value("negative buffersize in recvfrom");
        }
        return new PyBytes(data.length <= n ? data : java.util.Arrays.copyOf(data, (int) n));
    }

    PyBytes recv(PyThread t, long n) {
        if (n < 0) {
            throw Err.value("negative buffersize in recv");
        }
        return truncate((byte[]) receive(t)[0], n);
    }

    PyTuple recvfrom(PyThread t, long n) {
        if (n < 0) {
            throw Err.value("negative buffersize in recvfrom");
        }
        Object[] r = receive(t);
        return PyTuple.of(truncate((byte[]) r[0], n), tuple((InetSocketAddress) r[1]));
    }

    /** Sends one datagram (to {@code to}, or the connected peer when null), the GIL dropped. */
    long send(PyThread t, Object data, SocketAddress to) {
        checkOpen();
        byte[] b = BytesMethods.toBytes(data);
        if (b.length > MAX_DATAGRAM) {
            throw Err.os(90, "Message too long");
        }
        if (to == null && !ch.isConnected()) {
            throw Err.os(89, "Destination address required");
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            ByteBuffer buf = ByteBuffer.wrap(b);
            // a datagram goes whole or not at all; 0 means no buffer space yet (rare on loopback)
            for (int tries = 0; ; tries++) {
                int sent = to == null ? ch.write(buf) : ch.send(buf, to);
                if (sent > 0 || b.length == 0) {
                    return b.length;
                }
                if (timeout == 0 || tries > 1000) {
                    throw wouldBlock();
                }
                Thread.sleep(1);
            }
        } catch (IOException e) {
            throw error(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Err.os(4, "Interrupted system call");
        } finally {
            t.ts.endAllowThreads();
        }
    }

    void bind(Object addr) {
        checkOpen();
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddr);
            ch.bind(PySocket.address(addr));
        } catch (IOException e) {
            throw error(e);
        }
    }

    void connect(Object addr) {
        checkOpen();
        InetSocketAddress a = PySocket.address(addr);
        if (a.isUnresolved()) {
            throw Err.make(PySocket.GAIERROR, new Object[] {-2L, "Name or service not known"});
        }
        try {
            if (ch.isConnected()) {
                ch.disconnect();
            }
            ch.connect(a);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @Override public void close() {
        if (closed) {
            return;
        }
        closed = true;
        PySocket.unregister(fd);
        fd = -1;
        selector.wakeup();
        try {
            ch.close();
            selector.close();
        } catch (IOException e) {
            // closing is best effort, as in CPython
        }
    }

    private static PyTuple tuple(InetSocketAddress a) {
        if (a == null) {
            return PyTuple.of("0.0.0.0", 0L);
        }
        java.net.InetAddress ia = a.getAddress();
        return PyTuple.of(ia == null ? "0.0.0.0" : ia.getHostAddress(), (long) a.getPort());
    }

    private static PyDatagramSocket s(Object o) {
        return (PyDatagramSocket) o;
    }

    private static SocketAddress target(Object[] a) {
        // sendto(data, address) or sendto(data, flags, address)
        return PySocket.address(a.length > 3 ? a[3] : a[2]);
    }

    static {
        PyType T = TYPE;
        Methods.def(T, "bind", (t, a, k) -> {
            s(a[0]).bind(a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "connect", (t, a, k) -> {
            s(a[0]).connect(a[1]);
            return PyNone.NONE;
        });
        Methods.def(T, "connect_ex", (t, a, k) -> SelectableSocket.connectEx(() -> s(a[0]).connect(a[1])));
        Methods.def(T, "recv", (t, a, k) -> s(a[0]).recv(t, Ops.toLong(a[1])));
        Methods.def(T, "recvfrom", (t, a, k) -> s(a[0]).recvfrom(t, Ops.toLong(a[1])));
        Methods.def(T, "send", (t, a, k) -> s(a[0]).send(t, a[1], null));
        Methods.def(T, "sendall", (t, a, k) -> {
            s(a[0]).send(t, a[1], null);
            return PyNone.NONE;
        });
        Methods.def(T, "sendto", (t, a, k) -> {
            if (a.length < 3) {
                throw Err.type("sendto() takes 2 or 3 arguments (" + (a.length - 1) + " given)");
            }
            return s(a[0]).send(t, a[1], target(a));
        });
        Methods.def(T, "detach", (t, a, k) -> {
            PyDatagramSocket so = s(a[0]);
            long fd = so.fd;
            so.closed = true;
            PySocket.unregister(fd);
            return fd;
        });
        Methods.def(T, "shutdown", (t, a, k) -> {
            s(a[0]).checkOpen();
            if (!s(a[0]).ch.isConnected()) {
                throw Err.os(107, "Transport endpoint is not connected");
            }
            return PyNone.NONE;
        });
        Methods.def(T, "setsockopt", (t, a, k) -> {
            PyDatagramSocket so = s(a[0]);
            so.checkOpen();
            long level = Ops.toLong(a[1]);
            long opt = Ops.toLong(a[2]);
            try {
                if (level == 1 && opt == 2) {
                    so.reuseAddr = Ops.truthy(a[3]);
                    so.ch.setOption(StandardSocketOptions.SO_REUSEADDR, so.reuseAddr);
                } else if (level == 1 && opt == 6) {
                    so.broadcast = Ops.truthy(a[3]);
                    so.ch.setOption(StandardSocketOptions.SO_BROADCAST, so.broadcast);
                } else if (level == 1 && opt == 8) {
                    so.ch.setOption(StandardSocketOptions.SO_RCVBUF, (int) Ops.toLong(a[3]));
                } else if (level == 1 && opt == 7) {
                    so.ch.setOption(StandardSocketOptions.SO_SNDBUF, (int) Ops.toLong(a[3]));
                }
            } catch (IOException e) {
                throw error(e);
            }
            return PyNone.NONE;
        });
        Methods.def(T, "getsockopt", (t, a, k) -> {
            PyDatagramSocket so = s(a[0]);
            so.checkOpen();
            long level = Ops.toLong(a[1]);
            long opt = Ops.toLong(a[2]);
            try {
                if (level == 1 && opt == 2) {
                    return so.reuseAddr ? 1L : 0L;
                }
                if (level == 1 && opt == 6) {
                    return so.broadcast ? 1L : 0L;
                }
                if (level == 1 && opt == 3) {
                    return so.type; // SO_TYPE
                }
                if (level == 1 && opt == 8) {
                    return (long) so.ch.getOption(StandardSocketOptions.SO_RCVBUF);
                }
                if (level == 1 && opt == 7) {
                    return (long) so.ch.getOption(StandardSocketOptions.SO_SNDBUF);
                }
            } catch (IOException e) {
                throw error(e);
            }
            return 0L;
        });
        SelectableSocket.defineCommonMethods(T);
        SelectableSocket.refuseConnections(T);
        Methods.def(T, "getsockname", (t, a, k) -> {
            PyDatagramSocket so = s(a[0]);
            so.checkOpen();
            try {
                return tuple((InetSocketAddress) so.ch.getLocalAddress());
            } catch (IOException e) {
                throw error(e);
            }
        });
        Methods.def(T, "getpeername", (t, a, k) -> {
            PyDatagramSocket so = s(a[0]);
            so.checkOpen();
            try {
                SocketAddress r = so.ch.getRemoteAddress();
                if (r == null) {
                    throw Err.os(107, "Transport endpoint is not connected");
                }
                return tuple((InetSocketAddress) r);
            } catch (IOException e) {
                throw error(e);
            }
        });
        T.finishInit();
    }

    @Override
    public Object getAttr(String name) {
        return SelectableSocket.commonAttr(this, name);
    }
}
