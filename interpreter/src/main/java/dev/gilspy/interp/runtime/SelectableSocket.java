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

    /** Seconds, 0.0 for non-blocking, or negative for blocking with no timeout (None). */
    double timeout();

    void timeout(double seconds);

    /** {@code settimeout}, {@code gettimeout}, {@code setblocking}, {@code getblocking}: the same for every socket type. */
    static void defineTimeoutMethods(PyType type) {
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
    }
}
