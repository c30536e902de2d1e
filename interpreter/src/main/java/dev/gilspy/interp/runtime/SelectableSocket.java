package dev.gilspy.interp.runtime;

/**
 * What {@code select} and the timeout methods ask of a socket of any type ({@link PySocket}, {@link PyDatagramSocket}),
 * found by its number through {@link PySocket#byFd}.
 */
public interface SelectableSocket {
    /** Whether a recv (or accept) would not block now. */
    boolean readReady();

    /** Whether a send would not block now. */
    boolean writeReady();

    /** The socket's number ({@code fileno()}), from 1024 up. */
    long fd();

    long family();

    /** The socket type ({@code SOCK_STREAM}, {@code SOCK_DGRAM}). */
    long socketType();

    void close();

    /** Seconds, 0.0 for non-blocking, or negative for blocking with no timeout (None). */
    double timeout();

    void timeout(double seconds);

    /**
     * The methods every socket type has alike: {@code close}, {@code settimeout}, {@code gettimeout},
     * {@code setblocking}, {@code getblocking}, {@code fileno}, the context manager, {@code __repr__},
     * {@code _decref_socketios}.
     */
    static void defineCommonMethods(PyType type) {
        Methods.def(type, "close", (t, a, k) -> {
            ((SelectableSocket) a[0]).close();
            return PyNone.NONE;
        });
        Methods.def(type, "settimeout", (t, a, k) -> {
            double v = -1;
            if (a[1] != PyNone.NONE) {
                v = Ops.toDouble(a[1]);
                if (v < 0) {
                    throw Err.value("Timeout value out of range");
                }
            }
            ((SelectableSocket) a[0]).timeout(v);
            return PyNone.NONE;
        });
        Methods.def(type, "gettimeout", (t, a, k) -> {
            double v = ((SelectableSocket) a[0]).timeout();
            return v < 0 ? PyNone.NONE : (Object) v;
        });
        Methods.def(type, "setblocking", (t, a, k) -> {
            ((SelectableSocket) a[0]).timeout(Ops.truthy(a[1]) ? -1 : 0.0);
            return PyNone.NONE;
        });
        Methods.def(type, "getblocking", (t, a, k) -> ((SelectableSocket) a[0]).timeout() != 0.0);
        Methods.def(type, "fileno", (t, a, k) -> ((SelectableSocket) a[0]).fd());
        Methods.def(type, "__enter__", (t, a, k) -> a[0]);
        Methods.def(type, "__exit__", (t, a, k) -> {
            ((SelectableSocket) a[0]).close();
            return false;
        });
        Methods.def(type, "__repr__", (t, a, k) -> {
            SelectableSocket so = (SelectableSocket) a[0];
            return "<socket object, fd=" + so.fd() + ", family=" + so.family() + ", type=" + so.socketType() + ", proto=0>";
        });
        Methods.def(type, "_decref_socketios", (t, a, k) -> PyNone.NONE);
    }

    /** {@code listen} and {@code accept} on a datagram socket: EOPNOTSUPP, as Linux answers. */
    static void refuseConnections(PyType type) {
        for (String name : new String[] {"listen", "accept"}) {
            Methods.def(type, name, (t, a, k) -> {
                throw Err.os(95, "Operation not supported");
            });
        }
    }

    /**
     * {@code connect_ex} over a socket type's connect: 0, or the errno of the OSError that connect
     * raised (ECONNREFUSED when it carries none), as sock_connect_ex; any other exception propagates.
     */
    static Object connectEx(Runnable connect) {
        try {
            connect.run();
            return 0L;
        } catch (PyException e) {
            if (!e.exc.type().isSubtypeOf(Types.OSError)) {
                throw e;
            }
            Object[] args = e.exc.args.items;
            return args.length >= 2 && args[0] instanceof Long l ? l : 111L;
        }
    }

    /** The attributes every socket type has alike ({@code sock.family}, ...), or null for another name. */
    static Object commonAttr(SelectableSocket so, String name) {
        return switch (name) {
            case "family" -> so.family();
            case "type" -> so.socketType();
            case "proto" -> 0L;
            case "timeout" -> so.timeout() < 0 ? PyNone.NONE : (Object) so.timeout();
            default -> null;
        };
    }
}
