package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyDatagramSocket;
import dev.gilspy.interp.runtime.PySocket;
import dev.gilspy.interp.runtime.PyUnixDatagramSocket;
import dev.gilspy.interp.runtime.PyUnixSocket;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code _socket}: TCP sockets over java.net, UDP and AF_UNIX stream sockets over NIO channels, every blocking call dropping the GIL. */
final class SocketModule {
    private SocketModule() {}

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_socket");
        m.put("socket", PySocket.SOCKET);
        m.put("SocketType", PySocket.SOCKET);
        m.put("AF_INET", 2L);
        m.put("AF_INET6", 10L);
        m.put("AF_UNIX", 1L);
        m.put("SOCK_STREAM", 1L);
        m.put("SOCK_DGRAM", 2L);
        m.put("SOL_SOCKET", 1L);
        m.put("SO_REUSEADDR", 2L);
        m.put("SO_TYPE", 3L);
        m.put("SO_BROADCAST", 6L);
        m.put("SO_SNDBUF", 7L);
        m.put("SO_RCVBUF", 8L);
        m.put("IPPROTO_UDP", 17L);
        m.put("SO_KEEPALIVE", 9L);
        m.put("IPPROTO_TCP", 6L);
        m.put("TCP_NODELAY", 1L);
        m.put("SHUT_RD", 0L);
        m.put("SHUT_WR", 1L);
        m.put("SHUT_RDWR", 2L);
        m.put("SOMAXCONN", 4096L);
        m.put("timeout", Types.get("TimeoutError"));
        m.put("error", Types.OSError);
        m.put("gaierror", PySocket.GAIERROR);
        m.put("herror", PySocket.HERROR);
        double[] defaultTimeout = {-1};
        m.def("getdefaulttimeout", (t, a, k) -> defaultTimeout[0] < 0 ? PyNone.NONE : (Object) defaultTimeout[0]);
        m.def("setdefaulttimeout", (t, a, k) -> {
            defaultTimeout[0] = a[0] == PyNone.NONE ? -1 : Ops.toDouble(a[0]);
            return PyNone.NONE;
        });
        m.def("gethostname", (t, a, k) -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        });
        m.def("gethostbyname", (t, a, k) -> {
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                return InetAddress.getByName(StrRepr.str(a[0])).getHostAddress();
            } catch (UnknownHostException e) {
                throw Err.make(PySocket.GAIERROR, new Object[] {-2L, "Name or service not known"});
            } finally {
                t.ts.endAllowThreads();
            }
        });
        m.def("getaddrinfo", (t, a, k) -> {
            String host = a[0] == PyNone.NONE ? "127.0.0.1" : StrRepr.str(a[0]);
            long port = a[1] == PyNone.NONE ? 0 : a[1] instanceof String s ? Long.parseLong(s) : Ops.toLong(a[1]);
            try {
                String ip = InetAddress.getByName(host).getHostAddress();
                // type 0 (any) gives a stream and a datagram entry, as getaddrinfo(3) does
                long type = a.length > 3 ? Ops.toLong(a[3]) : 0;
                PyTuple sa = PyTuple.of(ip, port);
                PyTuple stream = PyTuple.of(2L, 1L, 6L, "", sa);
                PyTuple dgram = PyTuple.of(2L, 2L, 17L, "", sa);
                return new PyList(type == 2 ? new Object[] {dgram} : type == 1 ? new Object[] {stream}
                    : new Object[] {stream, dgram});
            } catch (UnknownHostException e) {
                throw Err.make(PySocket.GAIERROR, new Object[] {-2L, "Name or service not known"});
            }
        });
        m.def("socketpair", (t, a, k) -> {
            long fam = Ops.toLong(BuiltinArgs.get(a, k, 0, "family", 1L));
            long typ = Ops.toLong(BuiltinArgs.get(a, k, 1, "type", 1L)) & ~(2048L | 524288L);
            if (fam != 1 || typ != 1) {
                throw Err.os(95, "Operation not supported");
            }
            return PyUnixSocket.pair(t, defaultTimeout[0]);
        });
        PySocket.SOCKET.ctor = (t, cls, a, k) -> {
            long fam = Ops.toLong(BuiltinArgs.get(a, k, 0, "family", 2L));
            long typ = Ops.toLong(BuiltinArgs.get(a, k, 1, "type", 1L));
            if (fam == -1) {
                fam = 2;
            }
            if (typ == -1) {
                typ = 1;
            }
            typ &= ~(2048L | 524288L); // SOCK_NONBLOCK, SOCK_CLOEXEC
            if (typ == 2 && fam == 2) {
                return new PyDatagramSocket(fam, typ, defaultTimeout[0]);
            }
            if (fam == 1 && typ == 1) {
                return new PyUnixSocket(typ, defaultTimeout[0]);
            }
            if (fam == 1 && typ == 2) {
                return new PyUnixDatagramSocket(defaultTimeout[0]);
            }
            if (fam == 1) {
                throw Err.os(94, "Socket type not supported");
            }
            if (typ != 1) {
                throw Err.os(94, "Socket type not supported");
            }
            return new PySocket(fam, typ, defaultTimeout[0]);
        };
        return m;
    }
}
